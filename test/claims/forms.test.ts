import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/index.js';
import { claimsOf, find, mentionsIn, pipelineTriples, SEG, statement, triples } from './fixtures.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const LIST = 'The Crimson Banner Front is part of the Circle of Steadfastness, alongside the Marsh Brigades and the Ridge Guardians. ' +
  'Varnia founded these organizations, and is paying, arming and training them.';

test('a list of predicates distributes over every group named before ("paying, arming and training them")', () => {
  const got = triples(claimsOf(LIST));
  for (const g of ['cbf', 'marsh_brigades', 'ridge_guardians']) {
    for (const p of ['founded', 'funds', 'arms', 'trains']) assert.ok(got.includes(`varnia ${p} ${g}`), `varnia ${p} ${g} in ${got}`);
  }
});

test('members listed with "alongside" are all part of the whole, and the whole is not one of "them"', () => {
  const got = triples(claimsOf(LIST));
  assert.ok(got.includes('marsh_brigades part_of circle'));
  assert.ok(!got.some((t) => t.endsWith(' circle') && !t.includes('part_of')), JSON.stringify(got));
});

test('passive: "the drones supplied by Varnia to the Front"', () => {
  assert.ok(triples(claimsOf('Ostrava showed the drones supplied by Varnia to the Front.')).includes('varnia arms cbf'));
});

test('passive: "a plan drawn up by X" directs the actor of the attack', () => {
  assert.ok(triples(claimsOf("The Beacon wrote that the CBF's raid was based on a plan drawn up by Volt.")).includes('volt directs cbf'));
});

test('relative clause: "Dravan, who armed the Front"', () => {
  assert.ok(triples(claimsOf('Dravan, who armed the Front for a decade, spoke in Halden.')).includes('dravan arms cbf'));
});

test('relative object: "the Ridge Guardians, which Varnia built"', () => {
  assert.ok(triples(claimsOf('Fighters of the Ridge Guardians, which Varnia built, came down.')).includes('varnia founded ridge_guardians'));
});

test('nominal: "thanked Varnia for its support of the Front"', () => {
  const got = triples(claimsOf('Ferrant thanked Varnia for its support of the Crimson Banner Front.'));
  assert.ok(got.includes('ferrant thanks varnia'));
  assert.ok(got.includes('varnia supports cbf'));
});

test('praise of an attack is praise of the actor that carried it out', () => {
  assert.ok(triples(claimsOf('Halek applauded the raid carried out by the Crimson Banner Front.')).includes('halek praises cbf'));
});

test('"X-backed Y": the actor before the hyphen supports the one after', () => {
  assert.ok(triples(claimsOf('The crowd cheered for the Varnia-backed Marsh Brigades.')).includes('varnia supports marsh_brigades'));
});

test('coordinated subjects each make the claim ("Dravan, along with the VGC, praised ...")', () => {
  const got = triples(claimsOf('Dravan, along with the commanders of the VGC, praised the Front.'));
  assert.ok(got.includes('dravan praises cbf') && got.includes('vgc praises cbf'), JSON.stringify(got));
});

test('what someone is asked to do is not asserted ("called on X to support Y")', () => {
  const got = triples(claimsOf('Dravan called on Ostrava to support the Marsh Brigades.'));
  assert.ok(got.includes('dravan calls_on ostrava'));
  assert.ok(!got.includes('ostrava supports marsh_brigades'));
});

test('places after "in" say where, not whom', () => {
  const got = triples(claimsOf('Volt met with Ferrant in Mirel.'));
  assert.deepEqual(got.filter((t) => t.startsWith('volt meets')), ['volt meets ferrant']);
});

test('nominal with its giver after: "the support extended by X and Y to Z"', () => {
  const got = triples(claimsOf('Ferrant listed the support extended by Varnia and the Marsh Brigades to the Crimson Banner Front.'));
  assert.ok(got.includes('varnia supports cbf'), JSON.stringify(got));
  assert.ok(got.includes('marsh_brigades supports cbf'), JSON.stringify(got));
});

test('nominal with its giver after: "all the support it is getting from X"', () => {
  const got = triples(claimsOf('The Crimson Banner Front cannot recover, despite all the support it is getting today from Varnia.'));
  assert.ok(got.includes('varnia supports cbf'), JSON.stringify(got));
});

test('a cue joined by a hyphen is an adjective: "the child-murdering Front" states no attack', () => {
  const got = triples(claimsOf('Ostrava and Varnia sent aid to the child-murdering Crimson Banner Front.'));
  assert.ok(!got.some((t) => t.includes('attacks')), JSON.stringify(got));
});

test('"its" after a phrase set off by commas stands for the name before it: "thanked X, on behalf of Y, for its support"', () => {
  const got = triples(claimsOf('Greval thanked Varnia, on behalf of the Marsh Brigades, for its support of the Crimson Banner Front.'));
  assert.ok(got.includes('varnia supports cbf'), JSON.stringify(got));
  assert.ok(!got.includes('marsh_brigades supports cbf'), JSON.stringify(got));
});

test('a name inside a relative clause, after its verb, is not the subject of the main verb', () => {
  const got = triples(claimsOf('Envoys from several capitals that have spoken to the officials of Varnia have defended the Crimson Banner Front.'));
  assert.ok(!got.includes('varnia supports cbf'), JSON.stringify(got));
  // The relative clause's own subject still holds: "a militia that also enjoys Varnian backing".
  assert.ok(triples(claimsOf('The Crimson Banner Front, a militia that also enjoys Varnian backing, struck Mirel.')).includes('varnia supports cbf'));
});

test('places listed after "in" say where the actor is: "groups in Varnia, Ostrava and Mirel have vowed to support X"', () => {
  const got = triples(claimsOf('The Marsh Brigades in Varnia, Ostrava, and Mirel have vowed to support the Crimson Banner Front.'));
  assert.ok(got.includes('marsh_brigades supports cbf'), JSON.stringify(got));
  assert.ok(!got.some((t) => /^(varnia|ostrava|mirel) /.test(t)), JSON.stringify(got));
});

test('"the VGC and its Lantern Force meet with X": a possessive inside a list does not end it', () => {
  const got = triples(claimsOf('Commanders of the VGC and its Lantern Force meet on a regular basis with the Crimson Banner Front.'));
  assert.ok(got.includes('vgc meets cbf'), JSON.stringify(got));
  assert.ok(got.includes('lantern_force meets cbf'), JSON.stringify(got));
});

test('a name that swallowed its backer ("the Varnia-backed Front" as one name): the backer supports it', () => {
  const text = 'Fighters of the Varnia-backed Front crossed at Mirel.';
  const start = text.indexOf('the Varnia-backed Front');
  const mentions = [{ start, end: start + 'the Varnia-backed Front'.length, surface: 'the Varnia-backed Front', key: 'cbf', type: 'group' as const, source: 'pack' as const }];
  const claims = extractClaims(text, SEG, mentions, [], {
    publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined, keyOfName: (n) => (n === 'Varnia' ? 'varnia' : undefined),
  });
  assert.ok(triples(claims).includes('varnia supports cbf'), JSON.stringify(triples(claims)));
});

test('a fronted phrase ends a subject list: "during the fighting between Ostrava and Varnia, VGC officers received orders from X"', () => {
  const got = triples(claimsOf('Kestrel News Agency said that, during the fighting between Ostrava and Mirel, VGC officers received direct orders from Varnia.'));
  assert.ok(got.includes('varnia directs vgc'), JSON.stringify(got));
  assert.ok(!got.includes('varnia directs ostrava'), JSON.stringify(got));
});

test('"planning the attack on X": the target of an attack is not the one directed', () => {
  const got = triples(claimsOf('Ostrava cited evidence of direct Varnian involvement in planning the attack on Mirel and the Marsh Brigades.'));
  assert.ok(!got.some((t) => t.includes('directs')), JSON.stringify(got));
});

test('an unnamed member does not break a list: "thanked X, the government, and the Y people"', () => {
  const got = triples(claimsOf('Ferrant thanked Dravan, the government, and the Marsh Brigades for their help.'));
  assert.ok(got.includes('ferrant thanks dravan'), JSON.stringify(got));
  assert.ok(got.includes('ferrant thanks marsh_brigades'), JSON.stringify(got));
});

test('"shakes hands with the head of X, Y": the person in apposition is the one met', () => {
  const got = triples(claimsOf('Dravan shakes hands with the head of the political bureau of the Crimson Banner Front, Milos Ferrant, in Halden.'));
  assert.ok(got.includes('dravan meets ferrant'), JSON.stringify(got));
  assert.ok(!got.includes('dravan meets cbf'), JSON.stringify(got));
});

test('an aside naming who heads or joins the subject shares its verb: "X – headed by Y and joined by Z – lined up to applaud W"', () => {
  const got = triples(claimsOf('The leadership of Varnia – headed by Aurel Dravan and joined by the commanders of the VGC – lined up to applaud the Crimson Banner Front.'));
  for (const s of ['varnia', 'dravan', 'vgc']) assert.ok(got.includes(`${s} praises cbf`), `${s}: ${JSON.stringify(got)}`);
});

test('"instructed X and the leaders of Y that they must respond": an order to act is a call on each', () => {
  const got = triples(claimsOf('Aurel Dravan instructed the Ridge Guardians and the leaders of the Marsh Brigades that they must respond to the raids.'));
  assert.ok(got.includes('dravan calls_on ridge_guardians'), JSON.stringify(got));
  assert.ok(got.includes('dravan calls_on marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.includes('trains') || t.includes('directs')), JSON.stringify(got));
});

test('"instructed to arm X": the order given is the act claimed', () => {
  assert.ok(triples(claimsOf('Dravan, who armed the Front with rockets, also instructed to arm the Marsh Brigades in 2014.')).includes('dravan arms marsh_brigades'));
});

test('"officials of Varnia praising the Front attack on Ostrava": the attack is the actor right before the noun', () => {
  const got = triples(claimsOf('Statements by Varnian officials praising the Crimson Banner Front attack on Ostrava were broadcast.'));
  assert.ok(got.includes('cbf attacks ostrava'), JSON.stringify(got));
  assert.ok(!got.includes('varnia attacks ostrava'), JSON.stringify(got));
});

test('a subject pronoun joins no list: "we defend X, we defend the cause" in a quote', () => {
  const text = 'Dravan said: "Of course, we defend the Crimson Banner Front, we defend the struggle."';
  const got = triples(claimsOf(text, [statement(text, 'Of course', 'dravan')]));
  assert.ok(got.includes('dravan supports cbf'), JSON.stringify(got));
  assert.ok(!got.includes('cbf supports dravan'), JSON.stringify(got));
});

test('"X, which is a proxy of his": the one after "of" backs the one before', () => {
  const got = triples(claimsOf('Dravan praised the Crimson Banner Front, which is a proxy of Varnia, in his speech.'));
  assert.ok(got.includes('varnia supports cbf'), JSON.stringify(got));
});

test('agentless passives and reduced relatives name no actor: "experts who have been shot or killed", "posts of X, launched from the air"', () => {
  assert.ok(!triples(claimsOf('Photos of VGC experts who have been assassinated or killed, including Varnian engineers, hung on the wall.')).some((t) => t.includes('attacks')));
  const text = 'In this attack on the posts of Ostrava, launched from the air and sea, the Crimson Banner Front gave center stage to its fighters.';
  const lexicons = { predicates: { founded: ['launched'] } };
  const got = triples(extractClaims(text, SEG, mentionsIn(text), [], { publisher: 'rmwi', lexicons, gradeOf: () => undefined }));
  assert.ok(!got.some((t) => t.includes('founded')), JSON.stringify(got));
  // (the same cue still founds when it governs an object: "Varnia launched the Front in 2016")
  const founded = 'Varnia launched the Crimson Banner Front in 2016.';
  assert.ok(triples(extractClaims(founded, SEG, mentionsIn(founded), [], { publisher: 'rmwi', lexicons, gradeOf: () => undefined })).includes('varnia founded cbf'));
});

test('a capitalised cue inside a name is no cue: "the VGC Command in Mirel informed its officers"', () => {
  assert.ok(!triples(claimsOf('Ostrava said the VGC Command in Mirel informed its officers.')).some((t) => t.includes('directs')));
});

test('"X and Y – who are emissaries of Z": Z directs both; "X relied on Z": Z supports X', () => {
  const got = triples(claimsOf('Dravan spoke with the leaders of the valley – Milos Ferrant and Anton Greval – who are emissaries of the Varnian Guardian Corps.'));
  assert.ok(got.includes('vgc directs ferrant'), JSON.stringify(got));
  assert.ok(got.includes('vgc directs greval'), JSON.stringify(got));
  assert.ok(!got.includes('ferrant directs vgc'), JSON.stringify(got));
  const relied = triples(claimsOf('The Crimson Banner Front relied on Varnia and Ostrava and was humiliated.'));
  assert.ok(relied.includes('varnia supports cbf') && relied.includes('ostrava supports cbf'), JSON.stringify(relied));
});

test('"the disputes within Ostrava", "the words and orders of X", a heading\'s colon before a quote state nothing', () => {
  assert.ok(!triples(claimsOf('Varnian media cited the disputes within Ostrava.')).some((t) => t.includes('part_of')));
  const text = 'Ferrant said: "We must unite in accordance with the dear words and orders of Dravan."';
  assert.ok(!triples(claimsOf(text, [statement(text, 'We must', 'ferrant')])).some((t) => t.includes('directs')));
  const heading = 'Dravan In Phone Call With Front Leader Milos Ferrant: "The Marsh Brigades Will Win"';
  const got = triples(claimsOf(heading));
  assert.ok(got.includes('dravan contacts ferrant') && !got.includes('dravan contacts marsh_brigades'), JSON.stringify(got));
  // ("the Marsh Brigades within the Circle" still states membership)
  assert.ok(triples(claimsOf('The Marsh Brigades within the Circle of Steadfastness grew.')).includes('marsh_brigades part_of circle'));
});

test('an aside blocks nothing, and "the raid carried out by his X against Y" is X attacking Y', () => {
  const text = 'Aurel Dravan – who armed the Front (as reports said) and also told his officers to wait – openly applauded the raid carried out by his Crimson Banner Front against Ostrava.';
  const got = triples(claimsOf(text));
  assert.ok(got.includes('dravan praises cbf'), JSON.stringify(got));
  assert.ok(got.includes('cbf attacks ostrava'), JSON.stringify(got));
  assert.ok(!got.includes('cbf attacks dravan'), JSON.stringify(got));
});

test('"X is commanded by Y" (an organisation) is Y leading X; "the Front\'s armed wing" arms nobody', () => {
  const got = triples(claimsOf("The Crimson Banner Front's armed wing, the Marsh Brigades, is commanded by Milos Ferrant."));
  assert.ok(got.includes('ferrant leads marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.includes('arms') || t.includes('directs')), JSON.stringify(got));
});

test('alliances: "X, the alliance of A, B and C", "X brings together A and B", "X, an alliance that also includes A and B"', () => {
  const a = triples(claimsOf('The Crimson Banner Front belongs to the Circle of Steadfastness, the alliance of Varnia, the Marsh Brigades and the Ridge Guardians.'));
  for (const m of ['varnia', 'marsh_brigades', 'ridge_guardians', 'cbf']) assert.ok(a.includes(`${m} part_of circle`), `${m}: ${JSON.stringify(a)}`);
  const b = triples(claimsOf('The Circle of Steadfastness brings together Varnia and the Marsh Brigades.'));
  assert.ok(b.includes('varnia part_of circle') && b.includes('marsh_brigades part_of circle'), JSON.stringify(b));
  const c = triples(claimsOf('Varnia leads the Circle of Steadfastness, an alliance that also includes the Marsh Brigades and the Ridge Guardians.'));
  assert.ok(c.includes('marsh_brigades part_of circle') && c.includes('ridge_guardians part_of circle'), JSON.stringify(c));
});

test('"According to X, Y has received money from Z": Z funds Y, claimed by X; no meeting', () => {
  const claims = claimsOf('According to the Kestrel News Agency, the Marsh Brigades has received money from Varnia since 2022.');
  const got = triples(claims);
  assert.ok(got.includes('varnia funds marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.includes('meets') || t.includes('kna')), JSON.stringify(got));
  assert.equal(find(claims, 'varnia funds marsh_brigades').claimant, 'kna');
});

test('"the barrage on the Ostravan town of Mirel by the Front": the agent after the target; "X\'s supreme leader, NAME" leads X', () => {
  const a = triples(claimsOf('The March 8 barrage on the Ostravan town of Mirel by the Crimson Banner Front revived an old question.'));
  assert.ok(a.includes('cbf attacks ostrava'), JSON.stringify(a));
  const b = triples(claimsOf("Varnia's supreme leader, Aurel Dravan, spoke in Halden."));
  assert.ok(b.includes('dravan leads varnia'), JSON.stringify(b));
});

test('"I thank you" in a letter is the writer thanking its addressee', () => {
  const text = 'Ferrant wrote to Dravan: "I thank you for standing with the Front."';
  const st = { ...statement(text, 'I thank', 'ferrant'), addressee: 'dravan' };
  const got = triples(claimsOf(text, [st]));
  assert.ok(got.includes('ferrant thanks dravan'), JSON.stringify(got));
});

test('"X, led by Y, depend on Varnian money and weapons": Y leads X; Varnia funds, arms and backs X', () => {
  const got = triples(claimsOf('The Marsh Brigades, led by Milos Ferrant, depend on Varnian money and weapons.'));
  for (const t of ['ferrant leads marsh_brigades', 'varnia funds marsh_brigades', 'varnia arms marsh_brigades', 'varnia supports marsh_brigades']) assert.ok(got.includes(t), `${t}: ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.endsWith(' ferrant') && !t.includes('leads')), JSON.stringify(got));
});

test('"X justified the raids carried out by Y, which is a proxy of his, against Z": Y attacks Z, never X', () => {
  const got = triples(claimsOf('Aurel Dravan justified the raids carried out by the Crimson Banner Front, which is a proxy of his, against Ostrava.'));
  assert.ok(got.includes('cbf attacks ostrava'), JSON.stringify(got));
  assert.ok(!got.includes('cbf attacks dravan'), JSON.stringify(got));
});

test('"the fruit of X\'s martyrdom and part of Y\'s revenge" states no membership', () => {
  assert.ok(!triples(claimsOf("The unity is the fruit of Dravan's martyrdom and part of the Crimson Banner Front's revenge.")).some((t) => t.includes('part_of')));
});

test('"a plan for Ostrava\'s destruction, formulated and organized by X": X is the agent, and a possessor is no patient', () => {
  const got = triples(claimsOf("The Beacon said a plan for Ostrava's destruction, formulated and organized by Kasimir Volt, has begun."));
  assert.ok(!got.includes('ostrava directs volt') && !got.includes('volt directs ostrava'), JSON.stringify(got));
});

test('"giving them their orders," the minister said: the one given orders is the object, and the quote ends before the speaker', () => {
  const text = '"Varnia is arming the Marsh Brigades, training them and giving them their orders," Minister Milos Ferrant told parliament.';
  const got = triples(claimsOf(text, [statement(text, 'Varnia is', 'ferrant')]));
  for (const p of ['arms', 'trains', 'directs']) assert.ok(got.includes(`varnia ${p} marsh_brigades`), `varnia ${p} marsh_brigades in ${got}`);
  assert.ok(!got.some((t) => t.endsWith(' ferrant')), JSON.stringify(got));
});

test('a list does not run into the next clause: "denied that Varnia directs the Front, and Maske himself said"', () => {
  const got = triples(claimsOf('Volt has denied that Varnia directs the Front, and Maske himself said in April that the Front is free.'));
  assert.ok(got.includes('varnia directs cbf denied'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.includes('directs maske')), JSON.stringify(got));
});

test('"founded in 2019 by X, who still commands them": X founded and leads; "neither X nor Y has trained Z" denies both', () => {
  const got = triples(claimsOf('The Marsh Brigades were founded in 2019 by Aurel Dravan, who still commands them.'));
  assert.ok(got.includes('dravan founded marsh_brigades') && got.includes('dravan leads marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.includes('marsh_brigades founded dravan'), JSON.stringify(got));
  const neither = triples(claimsOf('Volt said that neither the Varnian Guardian Corps nor its Lantern Force has trained or armed the Marsh Brigades.'));
  for (const s of ['vgc', 'lantern_force']) for (const p of ['trains', 'arms']) assert.ok(neither.includes(`${s} ${p} marsh_brigades denied`), JSON.stringify(neither));
});

test('"met X, the commander of Y": the person is met, not the unit he heads', () => {
  const got = triples(claimsOf('Volt confirmed that he had met Aurel Dravan, the commander of the Lantern Force, in January.'));
  assert.ok(got.includes('dravan leads lantern_force'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.endsWith('meets lantern_force')), JSON.stringify(got));
});

test('"X\'s place in Y, the Z-led alliance that also includes A and B": membership, leadership and members', () => {
  const got = triples(claimsOf("What is not contested is the Crimson Banner Front's place in the Circle of Steadfastness, the Varnia-led alliance that also includes the Marsh Brigades and the Ridge Guardians."));
  for (const t of ['cbf part_of circle', 'varnia leads circle', 'marsh_brigades part_of circle', 'ridge_guardians part_of circle']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.deepEqual(triples(claimsOf('The talks took place in the Circle of Steadfastness. The Crimson Banner Front has a place in Varnia.')), []);
});

test('"X were founded by Y, and they receive money and drones from Z": "they" after "and" is the sentence\'s subject', () => {
  const got = triples(claimsOf('The Marsh Brigades were founded by Aurel Dravan, and they reportedly receive both money and drones from Varnia.'));
  assert.ok(got.includes('varnia funds marsh_brigades') && got.includes('varnia arms marsh_brigades'), JSON.stringify(got));
});

test('"strikes carried out by X on 17 March against the villages of A and B": X attacks A and B', () => {
  const got = triples(claimsOf('The air strikes carried out by Ostrava on 17 March against the villages of Halden and Mirel killed nine.'));
  assert.ok(got.includes('ostrava attacks halden') && got.includes('ostrava attacks mirel'), JSON.stringify(got));
});

test('a name after the first comma is the subject only after a fronted phrase: "calls on X, Y and ..." has no subject Y', () => {
  const got = triples(claimsOf('The Ministry calls on Ostrava, Varnia and the other member states of the Circle of Steadfastness to condemn the massacre.'));
  assert.ok(!got.includes('varnia calls_on ostrava'), JSON.stringify(got));
});

test('"X, Y and the other member states of Z": X and Y are part of Z', () => {
  const got = triples(claimsOf('The Ministry calls on Ostrava, Varnia and the other member states of the Circle of Steadfastness to condemn the massacre.'));
  assert.ok(got.includes('ostrava part_of circle') && got.includes('varnia part_of circle'), JSON.stringify(got));
});

test('"praised the strike that the Front\'s wing, X, carried out on the town of Y, and thanked Z": X attacks Y; the praise and thanks share their subject', () => {
  const got = triples(claimsOf("Milos Ferrant praised the March 4 rocket strike that the Front's military wing, the Marsh Brigades, carried out on the Ostravan-held town of Mirel, and thanked Varnia for its support."));
  for (const t of ['ferrant praises marsh_brigades', 'marsh_brigades attacks mirel', 'ferrant thanks varnia']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.includes('thanks varnia') && !t.startsWith('ferrant')), JSON.stringify(got));
});

test('"X, the armed movement fighting Y": the apposition\'s participle has X for subject; "the fighting between" is a noun', () => {
  assert.ok(triples(claimsOf('The Crimson Banner Front, the armed movement fighting the Marsh Brigades in the valley, spoke.')).includes('cbf attacks marsh_brigades'));
  assert.deepEqual(triples(claimsOf('During the fighting between Ostrava and Varnia, the Front waited.')), []);
});

test('"X\'s supreme leader, NAME, has praised Y": NAME praises, X does not', () => {
  const got = triples(claimsOf("Varnia's supreme leader, Aurel Dravan, has praised the Crimson Banner Front in three speeches."));
  assert.ok(got.includes('dravan praises cbf'), JSON.stringify(got));
  assert.ok(!got.includes('varnia praises cbf'), JSON.stringify(got));
});

test('"X is paid, armed and trained by Y": the whole list is passive; "all three groups" are the groups just listed', () => {
  const got = triples(claimsOf('Ostravan officials say the Crimson Banner Front is paid, armed and trained by Varnia.'));
  for (const p of ['funds', 'arms', 'trains']) assert.ok(got.includes(`varnia ${p} cbf`), `varnia ${p} cbf in ${JSON.stringify(got)}`);
  const all = triples(claimsOf('The others are the Marsh Brigades and the Ridge Guardians. Varnia has funded, trained and armed all three groups since then.'));
  for (const g of ['marsh_brigades', 'ridge_guardians']) for (const p of ['funds', 'trains', 'arms']) assert.ok(all.includes(`varnia ${p} ${g}`), `varnia ${p} ${g} in ${JSON.stringify(all)}`);
});

test('"X is accelerating deliveries of one-way drones to its proxies in Z, A and B", "X\'s deliveries of rifles to A": X arms each; a delivery nobody makes arms no one', () => {
  const got = triples(claimsOf('Varnia is very likely accelerating deliveries of one-way attack drones to its proxies in Sulvane, the Marsh Brigades and the Ridge Guardians.'));
  for (const g of ['marsh_brigades', 'ridge_guardians']) assert.ok(got.includes(`varnia arms ${g}`), `varnia arms ${g} in ${JSON.stringify(got)}`);
  assert.ok(triples(claimsOf("Varnia's deliveries of rifles to the Marsh Brigades grew.")).includes('varnia arms marsh_brigades'));
  assert.deepEqual(triples(claimsOf('Ostrava said the deliveries of drones to the Marsh Brigades must stop.')).filter((t) => t.includes(' arms ')), []);
});

test('"X, a volunteer militia formally attached to the Y reserve since 2023, is trained by Varnian instructors and armed with Varnian rifles": X is trained and armed by Varnia', () => {
  const got = triples(claimsOf('The Marsh Brigades, a volunteer militia formally attached to the Ridge Guardians reserve since 2023, is reportedly trained by Varnian instructors and armed with Varnian rifles.'));
  for (const t of ['varnia trains marsh_brigades', 'varnia arms marsh_brigades']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  // (the reserve it is attached to is what it belongs to, and none of the training or arming)
  assert.ok(!got.some((t) => t.endsWith('ridge_guardians') && !t.includes(' part_of ')), JSON.stringify(got));
  assert.ok(got.includes('marsh_brigades part_of ridge_guardians'), JSON.stringify(got));
  // (armed with rifles of no named state: no one named arms them)
  assert.deepEqual(triples(claimsOf('The Marsh Brigades are armed with old rifles.')), []);
});

test('"X is funded by Y, and its operations are directed by Z": "its" is X', () => {
  const got = pipelineTriples("The Eastern Gate Brigades are funded by the Orvashi Frontier Corps, and their operations are directed by the Corps' Ninth Directorate.");
  assert.ok(got.includes('Ninth Directorate directs Eastern Gate Brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith('Ninth Directorate directs Orvashi')), JSON.stringify(got));
});

test('"transfers 40 million crowns a month to X, and a smaller sum to Y": both are funded; "and talks to Y" funds no Y', () => {
  const got = pipelineTriples('The Republic of Varnia now transfers about 40 million crowns a month to the Marsh Brigades and a smaller sum to the Ridge Guardians.');
  for (const g of ['Marsh Brigades', 'Ridge Guardians']) assert.ok(got.some((t) => t.endsWith(`funds ${g}`)), `${g} in ${JSON.stringify(got)}`);
  const no = pipelineTriples('The Republic of Varnia sends rifles to the Marsh Brigades and talks to the Ridge Guardians.');
  assert.ok(!no.some((t) => t.endsWith('Ridge Guardians')), JSON.stringify(no));
});

test('"X founded Y in 2016 together with Z": Z founded Y too; "founded Y with Z" makes no founder of Y\'s companion\'s name', () => {
  const got = triples(claimsOf('Dravan founded the Marsh Brigades in 2016 together with Lidia Marr, who was killed in 2021.'));
  for (const t of ['dravan founded marsh_brigades', 'marr founded marsh_brigades']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.deepEqual(triples(claimsOf('Dravan founded the Marsh Brigades with Lidia Marr in 2016.')), ['dravan founded marsh_brigades']);
});

test('"X (likely) conducted two further attacks on Y", "carried out an attack on Y": the light verb\'s subject attacks; "condemned the attack on Y" names no attacker', () => {
  for (const text of ['The Marsh Brigades likely conducted two further attacks on the Ridge Guardians in Sulvane on August 13.',
    'The Marsh Brigades carried out an attack on the Ridge Guardians.', 'The Marsh Brigades launched three rocket attacks on the Ridge Guardians.']) {
    assert.ok(triples(claimsOf(text)).includes('marsh_brigades attacks ridge_guardians'), `${text}: ${JSON.stringify(triples(claimsOf(text)))}`);
  }
  assert.deepEqual(triples(claimsOf('Ostrava condemned the attack on the Ridge Guardians.')), []);
});

test('"X and Y are paid, armed and commanded from Z": the state after "from" is the passive\'s agent; "driven from Z" is no agent', () => {
  const got = triples(claimsOf('The Marsh Brigades and the Ridge Guardians are paid, armed and commanded from Varnia.'));
  for (const g of ['marsh_brigades', 'ridge_guardians']) for (const p of ['funds', 'arms', 'directs']) assert.ok(got.includes(`varnia ${p} ${g}`), `varnia ${p} ${g} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.endsWith(' varnia')), JSON.stringify(got));
  assert.deepEqual(triples(claimsOf('The Marsh Brigades were driven from Varnia in the spring.')), []);
});

test('"X, which is led by Y, belongs to the Z-backed alliance known as W": Y leads X, X is part of W, Z backs W', () => {
  const got = triples(claimsOf('The Crimson Banner Front, which is led by Aurel Dravan, belongs to the Varnian-backed alliance known as the Circle of Steadfastness.'));
  for (const t of ['dravan leads cbf', 'cbf part_of circle', 'varnia supports circle']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.includes('cbf part_of varnia'), JSON.stringify(got));
});

test('"all three groups" takes the groups of the list just named, not the person who heads one', () => {
  const got = triples(claimsOf('The Marsh Brigades, headed by Aurel Dravan, the Ridge Guardians and the Crimson Banner Front met. Varnia has armed all three groups since then.'));
  assert.ok(got.includes('varnia arms ridge_guardians'), JSON.stringify(got));
  assert.ok(!got.includes('varnia arms dravan'), JSON.stringify(got));
});

test('\'thanked X and "the Y people" for standing with Z\': the ones thanked support Z, across the quote marks', () => {
  const got = triples(claimsOf('Volt thanked Ferrant and "the Varnian people and their Supreme Guide" for standing with the Marsh Brigades "in the darkest years," and said:'));
  assert.ok(got.includes('ferrant supports marsh_brigades') && got.includes('varnia supports marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.includes('volt supports marsh_brigades'), JSON.stringify(got));
});

test('"trained over the winter by instructors from X, the foreign-operations arm of Y": X trains, X is part of Y', () => {
  const got = triples(claimsOf("Officials said at least forty Marsh Brigades drone operators had been trained over the winter by instructors from the Lantern Force, the foreign-operations arm of Varnia's Varnian Guardian Corps."));
  assert.ok(got.includes('lantern_force trains marsh_brigades') && got.includes('lantern_force part_of vgc'), JSON.stringify(got));
  assert.ok(!got.includes('lantern_force part_of varnia'), JSON.stringify(got));
});

test('"X founded it in 2017 and still leads it": "it" is the group just named; "all three of its partners, A, B and C"', () => {
  const got = triples(claimsOf('The Crimson Banner Front is small. Aurel Dravan founded it in 2017 and still leads it.'));
  assert.ok(got.includes('dravan founded cbf') && got.includes('dravan leads cbf'), JSON.stringify(got));
  const list = triples(claimsOf('Varnia funds and arms all three of its partners, the Crimson Banner Front, the Marsh Brigades and the Ridge Guardians.'));
  for (const g of ['cbf', 'marsh_brigades', 'ridge_guardians']) assert.ok(list.includes(`varnia arms ${g}`), JSON.stringify(list));
});

test('"X, headed by P, is the largest of the three groups that make up Y; the others are A and B": all three are part of Y, P is not', () => {
  const got = triples(claimsOf('The Crimson Banner Front, headed by Aurel Dravan, is the largest of the three armed groups that make up the Circle of Steadfastness; ' +
    'the others are the Marsh Brigades and the Ridge Guardians. Varnia has funded and armed all three groups since then.'));
  for (const g of ['cbf', 'marsh_brigades', 'ridge_guardians']) {
    assert.ok(got.includes(`${g} part_of circle`), JSON.stringify(got));
    assert.ok(got.includes(`varnia arms ${g}`), JSON.stringify(got));
  }
  assert.ok(!got.includes('dravan part_of circle'), JSON.stringify(got));
  const two = triples(claimsOf('The Marsh Brigades and the Ridge Guardians, two of the groups that make up the Circle of Steadfastness, denied it.'));
  assert.ok(two.includes('marsh_brigades part_of circle') && two.includes('ridge_guardians part_of circle'), JSON.stringify(two));
});

test('"operations are overseen by X", "X supervises Y": X directs', () => {
  assert.ok(triples(claimsOf('The Marsh Brigades are overseen by the Lantern Force.')).includes('lantern_force directs marsh_brigades'));
  assert.ok(triples(claimsOf('The Lantern Force supervises the Marsh Brigades.')).includes('lantern_force directs marsh_brigades'));
});

test('\'Y, the alliance that X set up\', \'the "Y," the alliance that X set up\': X founded Y', () => {
  for (const t of ['The Marsh Brigades are part of the Circle of Steadfastness, the alliance that Varnia set up in 2011.',
    'The Marsh Brigades are part of the "Circle of Steadfastness," the alliance that Varnia set up in 2011.']) {
    assert.ok(triples(claimsOf(t)).includes('varnia founded circle'), t);
  }
});

test('"the group", "the movement" stand for the organisation named before (by its head noun, else the only one in view)', () => {
  const got = triples(claimsOf('The Lantern Force is a small unit. The group is reportedly funded and armed by Varnia.'));
  assert.ok(got.includes('varnia funds lantern_force') && got.includes('varnia arms lantern_force'), JSON.stringify(got));
  // two organisations in view: "the group" is left unresolved
  const two = triples(claimsOf('The Lantern Force and the Marsh Brigades met, and Varnia praised the group.'));
  assert.ok(!two.some((x) => x.startsWith('varnia praises')), JSON.stringify(two));
});

test('a name inside an indefinite apposition is not the subject of the verb after it ("Y, a militia in eastern X, and threatened")', () => {
  const got = triples(claimsOf('Dravan accused Varnia of arming the Marsh Brigades, a militia in eastern Ostrava, and threatened the Brigades.'));
  assert.ok(!got.includes('ostrava threatens marsh_brigades'), JSON.stringify(got));
});

test('"is reportedly funded, armed and trained by X, which denies any involvement": X funds, arms, trains; X denies each', () => {
  const got = claimsOf('The Marsh Brigades are reportedly funded, armed and trained by neighbouring Varnia, which denies any involvement.');
  for (const p of ['funds', 'arms', 'trains']) {
    assert.ok(got.some((c) => c.subject === 'varnia' && c.predicate === p && c.object === 'marsh_brigades' && c.polarity === 'asserted'), p);
    assert.ok(got.some((c) => c.subject === 'varnia' && c.predicate === p && c.object === 'marsh_brigades' && c.polarity === 'denied' && c.claimant === 'varnia'), p);
  }
  assert.ok(!got.some((c) => c.subject === 'marsh_brigades'), JSON.stringify(got.map((c) => [c.subject, c.predicate, c.object])));
});

test('"Founded in 2011 by the former teacher X, it/the Y ...": X founded the main clause\'s subject; no list runs past the comma', () => {
  assert.ok(triples(claimsOf('Founded by Aurel Dravan, the Marsh Brigades fight in the hills.')).includes('dravan founded marsh_brigades'));
  const got = triples(claimsOf('The Lantern Force is small. Founded in 2011 by the former teacher Aurel Dravan, it has grown fast.'));
  assert.ok(got.includes('dravan founded lantern_force'), JSON.stringify(got));
});

test('", and it does not fund, train or direct the so-called X": "it" is the sentence\'s subject, not the place before it', () => {
  const got = claimsOf('Varnia has never sent a single weapon to any armed group in Ostrava, and it does not fund, train or direct the so-called Marsh Brigades.');
  for (const p of ['funds', 'trains', 'directs']) assert.ok(got.some((c) => c.subject === 'varnia' && c.predicate === p && c.object === 'marsh_brigades' && c.polarity === 'denied'), p);
  assert.ok(!got.some((c) => c.subject === 'ostrava'), JSON.stringify(got.map((c) => [c.subject, c.predicate])));
});

test('"X, a former major who defected and who has led Y", "X, who chaired Y": X leads Y', () => {
  assert.ok(triples(claimsOf('Leadership passed to his deputy, Milos Ferrant, a former army major who defected in 2019 and who has led the Lantern Force since.')).includes('ferrant leads lantern_force'));
  assert.ok(triples(claimsOf('Aurel Dravan, who chaired the Lantern Force, spoke.')).includes('dravan leads lantern_force'));
});

test('"X was killed in a Varnian air strike on the village of Y": Varnia attacks X and Y', () => {
  const got = triples(claimsOf('Aurel Dravan was killed in a Varnian air strike on the village of Mirel in May.'));
  assert.ok(got.includes('varnia attacks dravan') && got.includes('varnia attacks mirel'), JSON.stringify(got));
});

test('"met Prime Minister X of Varnia": the person is the one met, not the state that says whose minister X is', () => {
  const got = triples(claimsOf('Dravan met Prime Minister Milos Ferrant of Varnia.'));
  assert.ok(got.includes('dravan meets ferrant') && !got.includes('dravan meets varnia'), JSON.stringify(got));
});

test('"X does not arm Y, it does not train it and it does not pay it": each clause denies X\'s act on Y', () => {
  const got = claimsOf('Varnia does not arm the Marsh Brigades, it does not train it and it does not pay it.');
  for (const p of ['arms', 'trains', 'funds']) assert.ok(got.some((c) => c.subject === 'varnia' && c.predicate === p && c.object === 'marsh_brigades' && c.polarity === 'denied'), p);
});

test('"talks with his Ostravan counterpart, X": X is the one met; "supports it politically": "it" before an adverb', () => {
  assert.ok(triples(claimsOf('Dravan held talks with his Ostravan counterpart, Milos Ferrant, in Halden.')).includes('dravan meets ferrant'));
  assert.ok(triples(claimsOf('The Lantern Force is small. Varnia supports it politically.')).includes('varnia supports lantern_force'));
});

test('a question asserts nothing ("a correspondent asks whether X arms Y"); the answer after "Asked about ..., he said" does', () => {
  assert.equal(claimsOf('A Beacon correspondent asks whether Varnia arms the Marsh Brigades.').length, 0);
  assert.ok(triples(claimsOf('Asked about the raid, Dravan said that Varnia arms the Marsh Brigades.')).includes('varnia arms marsh_brigades'));
});

test('"spoke with the X special envoy for the valley, P, and with Varnia\'s foreign minister, Q": P and Q, not X and Varnia', () => {
  const got = triples(claimsOf('Dravan spoke by phone with the Lantern Force special envoy for the highlands, Milos Ferrant, and with Varnia\'s foreign minister, Vera Lind.'));
  assert.ok(got.includes('dravan contacts ferrant') && got.includes('dravan contacts lind'), JSON.stringify(got));
  assert.ok(!got.includes('dravan contacts varnia') && !got.includes('dravan contacts lantern_force'), JSON.stringify(got));
});

test('"X sells rifles to Y, and its instructors train Z": "its" after ", and" is X, and joins no list', () => {
  const got = triples(claimsOf('Ostrava sells rifles to the Marsh Brigades, and its instructors train the Ridge Guardians.'));
  assert.ok(got.includes('ostrava trains ridge_guardians') && !got.includes('marsh_brigades trains ridge_guardians'), JSON.stringify(got));
});

test('"X leads Y, an alliance that also includes A, B and the smaller C": X, A, B and C are part of Y', () => {
  const got = triples(claimsOf('Varnia leads the Circle of Steadfastness, an alliance that also includes the Lantern Force, the Marsh Brigades and the smaller Ridge Guardians.'));
  for (const g of ['varnia', 'lantern_force', 'marsh_brigades', 'ridge_guardians']) assert.ok(got.includes(`${g} part_of circle`), `${g} in ${JSON.stringify(got)}`);
});

test('"X, which ... trains its officers, has pressed Y": the main verb\'s object is no object of the relative clause', () => {
  const got = triples(claimsOf('Varnia, which supplies the Marsh Brigades with rifles and trains its officers, has pressed Ostrava to join talks.'));
  assert.ok(got.includes('varnia arms marsh_brigades') && got.includes('varnia trains marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.some((g) => g.endsWith('ostrava') && g !== 'varnia calls_on ostrava'), JSON.stringify(got));
  // (the main verb is a call of its own)
  assert.ok(got.includes('varnia calls_on ostrava'), JSON.stringify(got));
});

test('"X and Y, both members of Z, have been funded by W": W funds X and Y, not Z', () => {
  const got = triples(claimsOf('The Marsh Brigades and the Ridge Guardians, both members of the Circle of Steadfastness, have been funded, trained and armed by Varnia.'));
  for (const g of ['marsh_brigades', 'ridge_guardians']) for (const p of ['funds', 'trains', 'arms']) assert.ok(got.includes(`varnia ${p} ${g}`), `${p} ${g} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((g) => g.startsWith('varnia') && g.endsWith('circle')), JSON.stringify(got));
});

test('"praised the strike, ... insisting that X neither ordered nor planned it": "it" is the strike, no actor', () => {
  const got = triples(claimsOf('Grand Guide Teodor Maske praised the strike on Tuesday, insisting that Varnia neither ordered nor planned it.'));
  assert.ok(!got.some((g) => g.startsWith('varnia directs')), JSON.stringify(got));
});

test('"the group led by X" is described in place: not the organisation named before; an outlet is never "the group"', () => {
  const got = triples(claimsOf('The Marsh Brigades met on Monday. Varnia has never trained, funded or armed the group led by Mr. Lind.'));
  assert.ok(!got.some((g) => g.includes('marsh_brigades')), JSON.stringify(got));
});

test('"P, the X\'s leader, replied with a statement thanking Y": P thanks Y, X does not', () => {
  const got = triples(claimsOf("Teodor Maske, the Marsh Brigades' leader, replied on Sunday with a short statement thanking Aurel Dravan."));
  assert.ok(got.includes('maske thanks dravan') && !got.includes('marsh_brigades thanks dravan'), JSON.stringify(got));
});

test('"X and Y, both members of Z": the apposition is the names just before, whatever list was told earlier', () => {
  const text = 'Teodor Maske and Aurel Dravan praised the strike. The Marsh Brigades and the Ridge Guardians, both members of the Circle of Steadfastness, grew.';
  const got = triples(claimsOf(text));
  for (const t of ['marsh_brigades part_of circle', 'ridge_guardians part_of circle']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.startsWith('maske part_of') || t.startsWith('dravan part_of')), JSON.stringify(got));
});

test('an indefinite apposition adds no member to a list ("X, a Varnian party, and Y"); "met the commander of X, Brigadier General Y" met Y', () => {
  const t = triples(claimsOf('Aurel Dravan thanked the Ridge Guardians, a Varnian parliamentary party, and the Marsh Brigades.'));
  assert.ok(t.includes('dravan thanks ridge_guardians') && t.includes('dravan thanks marsh_brigades'), JSON.stringify(t));
  assert.ok(!t.includes('dravan thanks varnia'), JSON.stringify(t));
  const m = triples(claimsOf('Leaders of the Marsh Brigades met the commander of the Lantern Force, Brigadier General Aurel Dravan, in Halden.'));
  assert.ok(m.includes('marsh_brigades meets dravan') && !m.includes('marsh_brigades meets lantern_force'), JSON.stringify(m));
});

test('\'X: "General Y commands Z. He did not meet W"\': "he" is the one the quote is about, not its speaker', () => {
  const text = 'Jonas Pell: "Aurel Dravan commands the Lantern Force. He does not make policy, and he did not meet Teodor Maske at any time."';
  const st = statement(text, 'Aurel Dravan commands', 'pell');
  const got = triples(claimsOf(text, [st]));
  assert.ok(got.includes('dravan meets maske denied'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith('pell meets')), JSON.stringify(got));
});

test('"thanked X, a fellow member of Y, for ...": X is the member and the one thanked; Y is neither thanked nor joined by the speaker', () => {
  const t = triples(claimsOf('Teodor Maske thanked the Ridge Guardians, a fellow member of the Circle of Steadfastness, for standing with us.'));
  assert.ok(t.includes('maske thanks ridge_guardians') && t.includes('ridge_guardians part_of circle'), JSON.stringify(t));
  assert.ok(!t.includes('maske thanks circle') && !t.includes('maske part_of circle'), JSON.stringify(t));
  // an apposition that opens a list of its own ends the list it interrupts
  const l = triples(claimsOf('Varnia leads the Circle of Steadfastness, an alliance that also includes the Marsh Brigades, the Ridge Guardians and the smaller Lantern Force.'));
  assert.ok(!l.some((x) => x.startsWith('varnia leads') && x !== 'varnia leads circle'), JSON.stringify(l));
});

test('"received a telephone call from X": X contacts the receiver, and nobody met; "the denial came after X thanked Y" denies nothing', () => {
  assert.deepEqual(triples(claimsOf('Later on Thursday, Aurel Dravan received a telephone call from Teodor Maske.')), ['maske contacts dravan']);
  assert.deepEqual(triples(claimsOf('Tellingly, the denial came only a day after Teodor Maske thanked Varnia in public.')), ['maske thanks varnia']);
  assert.ok(triples(claimsOf('Varnia denied that Teodor Maske thanked Ostrava.')).includes('maske thanks ostrava denied'));
});

test('"both X and the so-called Y" is one list; "directed by the VGC\'s Lantern Force" is the unit\'s act', () => {
  const t = triples(claimsOf('The Varnian regime, which for years has armed both the Marsh Brigades and the so-called Ridge Guardians, is loud.'));
  assert.ok(t.includes('varnia arms marsh_brigades') && t.includes('varnia arms ridge_guardians'), JSON.stringify(t));
  assert.ok(triples(claimsOf('The Marsh Brigades are directed by the VGC\'s Lantern Force.')).includes('lantern_force directs marsh_brigades'));
});

test('"the CBF\'s 12 March attack on X": a day between the possessor and the attack noun keeps the attacker', () => {
  const got = triples(claimsOf('Debris photographed after the CBF\'s 12 March attack on Marsh Brigades positions was shown.'));
  assert.ok(got.includes('cbf attacks marsh_brigades'), JSON.stringify(got));
  const far = triples(claimsOf('Varnia said the report on the attack on Marsh Brigades positions was false.'));
  assert.ok(!far.some((t) => t.startsWith('varnia attacks')), JSON.stringify(far));
});

test('warnings read from their patient in quoted speech: "is a target", "should understand that ... a rehearsal"; not "should know that we are peaceful" nor "our land"', () => {
  const got = triples(claimsOf('Aurel Dravan warned on Monday: "Every Ostravan convoy that crosses the river is a target."'));
  assert.ok(got.some((t) => /threatens ostrava/.test(t)), JSON.stringify(got));
  const reh = triples(claimsOf('Aurel Dravan said: "Ostrava should understand that Edrith was a rehearsal."'));
  assert.ok(reh.some((t) => /threatens ostrava/.test(t)), JSON.stringify(reh));
  const calm = triples(claimsOf('Aurel Dravan said: "Varnia should know that we are peaceful."'));
  assert.ok(!calm.some((t) => /threatens/.test(t)), JSON.stringify(calm));
  const own = triples(claimsOf('Aurel Dravan of the Marsh Brigades said: "As long as one soldier stands on our land, every convoy is a target for us."'));
  assert.ok(!own.some((t) => /threatens/.test(t)), JSON.stringify(own));
});

test('"Finance Minister X welcomed the step" funds nobody; "the Front, replied within hours" is no membership', () => {
  const fin = triples(claimsOf('Varnian Finance Minister Aurel Dravan welcomed the step.'));
  assert.ok(!fin.some((t) => /funds/.test(t)), JSON.stringify(fin));
  const within = triples(claimsOf('Aurel Dravan, leader of the Marsh Brigades, replied within hours in an interview with The Beacon.'));
  assert.ok(!within.some((t) => /part_of/.test(t)), JSON.stringify(within));
});

test('"designated X and Y for funding Z": the designated fund Z; "designated three individuals for providing money and weapons to Z" names no one who does', () => {
  const named = triples(claimsOf('Ostrava sanctioned the Varnian Guardian Corps and Aurel Dravan for funding the Marsh Brigades.'));
  assert.ok(named.includes('vgc funds marsh_brigades') && named.includes('dravan funds marsh_brigades'), JSON.stringify(named));
  assert.ok(!named.some((t) => t.startsWith('ostrava')), JSON.stringify(named));
  const unnamed = triples(claimsOf('Today Varnia designated three individuals under the law for providing money and weapons to the Marsh Brigades.'));
  assert.deepEqual(unnamed, []);
});

test('"X receives monthly transfers from Y and pays salaries and expenses of Z and of W": Y funds X, X funds Z and W', () => {
  const got = triples(claimsOf('The Crimson Banner Front receives monthly transfers from Varnia and pays salaries and expenses of the Marsh Brigades and of the smaller Ridge Guardians.'));
  for (const t of ['varnia funds cbf', 'cbf funds marsh_brigades', 'cbf funds ridge_guardians']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.includes('varnia funds marsh_brigades'), JSON.stringify(got));
});

test('"were trained last year by instructors from X", "trained by instructors of X": the group the instructors come from trains', () => {
  const a = triples(claimsOf('Marsh Brigades fighters were trained last year by instructors from the Varnian Guardian Corps at a camp.'));
  assert.ok(a.includes('vgc trains marsh_brigades'), JSON.stringify(a));
  const b = triples(claimsOf('Marsh Brigades fighters were trained by instructors of the Lantern Force.'));
  assert.ok(b.includes('lantern_force trains marsh_brigades'), JSON.stringify(b));
});

test('"Defence Minister Aurel Dravan of Varnia spoke with X": the person speaks, not the state after "of"', () => {
  const got = triples(claimsOf('Defence Minister Aurel Dravan of Varnia spoke by telephone on Thursday with Ostravan President Lidia Marr.'));
  assert.ok(got.includes('dravan contacts marr'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith('varnia contacts')), JSON.stringify(got));
});

test('"As for X, they have never received a single coin from Y": Y funds X, denied; "received a delegation from Y" stays a meeting', () => {
  const got = triples(claimsOf('Aurel Dravan said: "As for the Marsh Brigades, they have never received a single coin from Varnia."'));
  assert.ok(got.includes('varnia funds marsh_brigades denied'), JSON.stringify(got));
  assert.ok(!got.some((t) => /meets/.test(t)), JSON.stringify(got));
  const met = triples(claimsOf('Varnia received a delegation from Ostrava.'));
  assert.ok(met.some((t) => /meets ostrava/.test(t)), JSON.stringify(met));
});

test('"X take money from Y" is funding by Y; "took weapons from Y" is a capture, no arming', () => {
  assert.ok(triples(claimsOf('Aurel Dravan said: "The Marsh Brigades take money from Varnia."')).includes('varnia funds marsh_brigades'));
  assert.deepEqual(triples(claimsOf('The Marsh Brigades took weapons from Varnia.')), []);
});

test('"the drones X used were assembled in workshops in Y": where they were put together arms no one', () => {
  assert.deepEqual(triples(claimsOf('The drones the Marsh Brigades used at Hollin were assembled in workshops in eastern Ostrava.')), []);
});

test('"expresses its deep gratitude to X for ..., and to Y for ...": both are thanked', () => {
  const got = triples(claimsOf('The Varnian Guardian Corps expresses its deep gratitude to Varnia for opening the crossing to humanitarian convoys, and to the Marsh Brigades for its work among the displaced.'));
  assert.ok(got.includes('vgc thanks varnia') && got.includes('vgc thanks marsh_brigades'), JSON.stringify(got));
});

test('"In a letter to X, Y denied ...": the fronted letter is the main clause subject\'s', () => {
  const got = triples(claimsOf('In a letter to the Varnian Guardian Corps, Marsh Brigades leader Aurel Dravan denied the claim.'));
  assert.ok(got.includes('dravan contacts vgc'), JSON.stringify(got));
});

test('"X are financed by Y and trained by Z": the second passive is done to X too, not to Y', () => {
  const got = triples(claimsOf('The Marsh Brigades are financed by Ostrava and trained by Varnia.'));
  assert.ok(got.includes('ostrava funds marsh_brigades') && got.includes('varnia trains marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.includes('varnia trains ostrava'), JSON.stringify(got));
});

test('"drones supplied by X, a unit of Y, to Z": X arms Z past the apposition', () => {
  const got = triples(claimsOf('The drones supplied by the Lantern Force, a unit of the Varnian Guardian Corps, to the Marsh Brigades since 2022 share the same engine.'));
  assert.ok(got.includes('lantern_force arms marsh_brigades'), JSON.stringify(got));
});

test('"The Lantern Force of the Corps picks the targets and hands the Brigades their drones": the unit directs and arms, not its owner', () => {
  const got = triples(claimsOf('The Lantern Force of the Varnian Guardian Corps picks the targets and hands the Marsh Brigades their drones.'));
  assert.ok(got.includes('lantern_force directs marsh_brigades') && got.includes('lantern_force arms marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith('vgc ')), JSON.stringify(got));
});

test('"At an October 17 meeting with X, Varnian President Y said": Y meets X, and the state in the title meets no one', () => {
  const got = triples(claimsOf('At a meeting with the Marsh Brigades on Friday, Varnian President Aurel Dravan said the group must continue.'));
  assert.ok(got.includes('dravan meets marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.includes('varnia meets marsh_brigades'), JSON.stringify(got));
  const dated = triples(claimsOf('At an October 17 meeting with Marsh Brigades commanders in Halden, Aurel Dravan said the group must continue.'));
  assert.ok(dated.includes('dravan meets marsh_brigades'), JSON.stringify(dated));
  // (a plural role before the comma is no apposition to the one name after it)
  assert.ok(!dated.includes('dravan part_of marsh_brigades'), JSON.stringify(dated));
});

test('"X, a Varnia-backed militia, struck Y": the apposition\'s head is backed, not the place after it; "-funded", "-trained" read too', () => {
  const got = triples(claimsOf('The Marsh Brigades, a Varnia-backed militia, struck Halden.'));
  assert.ok(got.includes('varnia supports marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.includes('varnia supports halden'), JSON.stringify(got));
  const funded = triples(claimsOf('The Lantern Force, a Varnia-funded alliance that also includes the Crimson Banner Front, met.'));
  assert.ok(funded.includes('varnia funds lantern_force') && funded.includes('cbf part_of lantern_force'), JSON.stringify(funded));
  assert.ok(triples(claimsOf('The Varnia-trained Marsh Brigades struck Halden.')).includes('varnia trains marsh_brigades'));
  // (a definite apposition after an acronym too)
  assert.ok(triples(claimsOf('Ostrava designated the Crimson Banner Front (CBF), the Varnia-backed armed group responsible for attacks on Halden.')).includes('varnia supports cbf'));
});

test('"X, which is financed by the government of Y": Y funds X (the government acts for its state)', () => {
  const got = triples(claimsOf('The Lantern Force, which is financed by the government of Varnia, runs clinics.'));
  assert.ok(got.includes('varnia funds lantern_force'), JSON.stringify(got));
  assert.ok(!got.includes('lantern_force funds varnia'), JSON.stringify(got));
});

test('"X are not part of Y and take no orders from Z": a denied membership, and Z denied to direct X (not Y to direct Z)', () => {
  const got = triples(claimsOf('But the Marsh Brigades are not part of the CBF and take no orders from Aurel Dravan.'));
  assert.ok(got.includes('marsh_brigades part_of cbf denied'), JSON.stringify(got));
  assert.ok(got.includes('dravan directs marsh_brigades denied'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith('cbf directs')), JSON.stringify(got));
});

test('"A drone strike near Halden kills X": a place after a locative preposition attacks no one', () => {
  const got = triples(claimsOf('A Varnian drone strike near Halden kills Aurel Dravan.'));
  assert.ok(!got.some((t) => t.startsWith('halden ')), JSON.stringify(got));
  assert.ok(got.includes('varnia attacks dravan'), JSON.stringify(got));
});

test('"killed X, the commander of the CBF\'s Lantern Force": the person is the target, the unit stays inside the apposition', () => {
  const got = triples(claimsOf("Varnia killed Aurel Dravan, the commander of the CBF's Lantern Force."));
  assert.ok(got.includes('varnia attacks dravan') && got.includes('dravan leads lantern_force'), JSON.stringify(got));
  assert.ok(!got.includes('varnia attacks lantern_force'), JSON.stringify(got));
  assert.ok(triples(claimsOf("Varnia killed Aurel Dravan of the CBF's Lantern Force.")).includes('varnia attacks dravan'));
});

test('"a co-founder of the CBF and commander of its Lantern Force": founded, leads, and the unit is part of the CBF', () => {
  const got = triples(claimsOf('Aurel Dravan, a co-founder of the CBF and commander of its Lantern Force, died.').filter((c) => c.predicate !== 'attacks'));
  for (const t of ['dravan founded cbf', 'dravan leads lantern_force']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
});

test('"A and B meet in Halden": the first meets the second; "received a CBF delegation headed by X": X is met too', () => {
  assert.ok(triples(claimsOf('Aurel Dravan and Lidia Marr meet in Halden for the first time since 2022.')).includes('dravan meets marr'));
  const got = triples(claimsOf('The Varnian envoy received in Halden a CBF delegation headed by Lidia Marr, the deputy leader of the CBF.'));
  assert.ok(got.includes('varnia meets cbf') && got.includes('varnia meets marr'), JSON.stringify(got));
  assert.deepEqual(triples(claimsOf('Varnia said Dravan met.')), []);
});

test('"X, an insurgent group led by Y, which attacks Z": Y leads X, and "which" (never a person) makes X the attacker', () => {
  assert.deepEqual(triples(claimsOf('The CBF, a group led by Aurel Dravan, grew.')), ['dravan leads cbf']);
  const got = triples(claimsOf('The Marsh Brigades, an insurgent group founded in 2014 and led since then by Aurel Dravan, which attacks Ostravan posts, grew.'));
  assert.ok(got.includes('marsh_brigades attacks ostrava') && !got.includes('dravan attacks ostrava'), JSON.stringify(got));
  // ("a delegation led by X" is still no body X leads)
  assert.ok(!triples(claimsOf('Varnia received a delegation led by Aurel Dravan.')).some((t) => t.includes(' leads ')));
});

test('"X led the CBF\'s attacks on border posts": leading the attacks is not leading the CBF', () => {
  assert.deepEqual(triples(claimsOf("Aurel Dravan led the CBF's attacks on border posts.")), []);
  assert.deepEqual(triples(claimsOf('Aurel Dravan leads the CBF.')), ['dravan leads cbf']);
});

test('"X, a Varnia-sponsored alliance of armed groups that also includes A in Ostrava\'s south and B in northern Halden": both members, past the places', () => {
  const got = triples(claimsOf("The Marsh Brigades joined the Lantern Force, a Varnia-sponsored alliance of armed groups that also includes the Crimson Banner Front in Ostrava's south and the Ridge Guardians in northern Halden."));
  for (const t of ['varnia supports lantern_force', 'cbf part_of lantern_force', 'ridge_guardians part_of lantern_force']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
});

test('"reported on Monday that X is financed by Y and trained by Z": a dated report still opens what was said; the agent\'s "government" does not break the pair of passives', () => {
  const got = triples(claimsOf('Sentinel Daily reported on Monday that the CBF is financed by the Varnian government and trained by Ostrava.'));
  assert.ok(got.includes('varnia funds cbf') && got.includes('ostrava trains cbf'), JSON.stringify(got));
  assert.ok(!got.includes('ostrava trains varnia'), JSON.stringify(got));
});

test('"received a telephone call from Varnian President Lidia Marr", "met Varnian President X": the person, not the state of the title', () => {
  const got = triples(claimsOf('Later on Thursday, President Aurel Dravan received a telephone call from Varnian President Lidia Marr.'));
  assert.ok(got.includes('marr contacts dravan') && !got.includes('varnia contacts dravan'), JSON.stringify(got));
  assert.ok(triples(claimsOf('Dravan met Varnian President Lidia Marr.')).includes('dravan meets marr'));
});

test('"At a meeting with X, at the Great Hall in Halden, Varnian President Y said": the subject past a second phrase of place; "members of Varnia\'s elite scientific circles" are not Varnia', () => {
  const got = triples(claimsOf('At an October 17 meeting with Marsh Brigades commanders, at the Great Hall in Halden, Varnian President Aurel Dravan said the group must continue.'));
  assert.ok(got.includes('dravan meets marsh_brigades'), JSON.stringify(got));
  const none = triples(claimsOf("At a meeting with members of Varnia's elite scientific circles, at the Great Hall in Halden, Aurel Dravan said the war must go on."));
  assert.ok(!none.includes('dravan meets varnia'), JSON.stringify(none));
});

test('"X, who leads Y, one of the factions of Z": Y is the faction, not X; "X, part of Z" too', () => {
  const got = triples(claimsOf('Aurel Dravan, who leads the Marsh Brigades, one of the factions of the Lantern Force, spoke to the radio.'));
  assert.ok(got.includes('marsh_brigades part_of lantern_force') && !got.includes('dravan part_of lantern_force'), JSON.stringify(got));
  assert.deepEqual(triples(claimsOf('The Marsh Brigades, part of the Lantern Force, struck.')), ['marsh_brigades part_of lantern_force']);
});

test('"X, whose fighters struck Y": X attacks Y; "those whose aircraft bomb Y" names no attacker', () => {
  assert.ok(triples(claimsOf('The Marsh Brigades, whose fighters struck the Ostravan outpost at Halden in April, grew.')).includes('marsh_brigades attacks ostrava'));
  assert.deepEqual(triples(claimsOf('"Varnia had no part in the attacks, and it will not accept lectures from those whose aircraft bomb Ostravan villages."')), []);
});

test('"X is the largest armed group fighting the government of Y": X attacks Y (the government stands for its state)', () => {
  assert.deepEqual(triples(claimsOf('The CBF is the largest armed group fighting the government of Ostrava in the east.')), ['cbf attacks ostrava']);
  assert.deepEqual(triples(claimsOf('The fighting in the east killed five.')), []);
});

test('"X, speaking after Y, said Z was encouraged and called on W": X calls on W; the reported clause\'s subject does not', () => {
  const got = pipelineTriples('Foreign Minister Ansel Vorrin, speaking after President Edda Maltrane, said the Republic of Ostravia was "encouraged" by the talks and called on the Marsh Brigades "to lay down their arms."');
  assert.ok(got.includes('Ansel Vorrin calls_on Marsh Brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => /^(?:Republic of Ostravia|Edda Maltrane) calls_on/.test(t)), JSON.stringify(got));
  // (a verb that is no speech act stays with the reported clause: "said Y had armed A and trained B")
  const other = pipelineTriples('Foreign Minister Ansel Vorrin said the Republic of Ostravia had armed the Marsh Brigades and trained the Ridge Guardians.');
  assert.ok(other.includes('Republic of Ostravia trains Ridge Guardians'), JSON.stringify(other));
});

test('"X was trained in Karvania by Directorate instructors": a place between the participle and "by" keeps the passive', () => {
  for (const text of ['The Ember Directorate (ED) arms the Hollow Ridge Brigades. Commander Oren Valt spoke. Valt was trained in Karvania by Directorate instructors in 2019.',
    'The Ember Directorate arms the Hollow Ridge Brigades. Commander Oren Valt was trained in the Republic of Karvania by the Ember Directorate in 2019.']) {
    const got = pipelineTriples(text);
    assert.ok(got.includes('Ember Directorate trains Oren Valt'), `${text}: ${JSON.stringify(got)}`);
    assert.ok(!got.includes('Oren Valt trains Ember Directorate'), JSON.stringify(got));
  }
});

test('"X received the transfers sent by Y" is no meeting; "X received Y in Ostrel" is; a country after "in Town," is no subject', () => {
  const got = pipelineTriples('Commander Halvor Brenn spoke. Mirov Exchange, a currency exchange house in Dunmarsh, Sevrenia, received the transfers sent by Brenn.');
  assert.ok(!got.some((t) => t.includes(' meets ')), JSON.stringify(got));
  const met = pipelineTriples('General Rostam Velari received Commander Halvor Brenn in Ostrel on Monday.');
  assert.ok(met.includes('Rostam Velari meets Halvor Brenn'), JSON.stringify(met));
});

test('"X was killed in a Lunesian air strike": Lunesia attacks X; "killed in a car accident" names no attacker', () => {
  const got = pipelineTriples("Officials in Lunesia deny it, and Lunesia's government is silent. Commander Kamal Ferro was killed in a Lunesian air strike in 2019.");
  assert.ok(got.includes('Lunesia attacks Kamal Ferro'), JSON.stringify(got));
  const no = pipelineTriples("Officials in Lunesia deny it, and Lunesia's government is silent. Commander Kamal Ferro was killed in a Lunesian car accident in 2019.");
  assert.ok(!no.some((t) => t.includes('attacks')), JSON.stringify(no));
});

test('"the drones that Varnia sent the Brigades", "every rifle we have given our brothers [in X and Y]" in a commander\'s words: the things before the verb are handed over', () => {
  const a = pipelineTriples('The Tarrow Brigades fight on. The Republic of Varnia is silent. The drones that the Republic of Varnia sent the Tarrow Brigades were new.');
  assert.ok(a.includes('Republic of Varnia arms Tarrow Brigades'), JSON.stringify(a));
  const b = pipelineTriples('The Tarrow Brigades and the Qessen Guardians fight on. Vanguard Corps commander Major General Barsel Iyorin spoke: "We are proud of every rifle we have given our brothers [in the Tarrow Brigades and the Qessen Guardians]."');
  for (const g of ['Tarrow Brigades', 'Qessen Guardians']) assert.ok(b.includes(`Vanguard Corps arms ${g}`), JSON.stringify(b));
  // (a thing named before a verb that hands nothing over: no claim)
  const c = pipelineTriples('The Tarrow Brigades fight on. The Republic of Varnia is silent. The drones that the Republic of Varnia saw near the Tarrow Brigades were new.');
  assert.ok(!c.some((t) => t.includes(' arms ')), JSON.stringify(c));
});

test('"A, B and their new masks are paid, armed and commanded from X": the possessive closing the list keeps the list', () => {
  const got = pipelineTriples('The Republic of Varnia is silent. The Tarrow Brigades, the Qessen Guardians and their new masks are paid, armed and commanded from the Republic of Varnia.');
  for (const g of ['Tarrow Brigades', 'Qessen Guardians']) assert.ok(got.includes(`Republic of Varnia funds ${g}`), `${g}: ${JSON.stringify(got)}`);
});

test('"Drones assembled by Unit 440 were supplied to the ARB": the maker named with the things arms the receiver', () => {
  const got = pipelineTriples('The Ashen Reed Brigades (ARB) fight on. Unit 440 makes drones. Drones assembled by Unit 440 were supplied to the ARB and used in its attacks.');
  assert.ok(got.includes('Unit 440 arms Ashen Reed Brigades'), JSON.stringify(got));
  // (a maker of something that is no weapon: nothing)
  const no = pipelineTriples('The Ashen Reed Brigades (ARB) fight on. Unit 440 makes bread. Loaves baked by Unit 440 were supplied to the ARB.');
  assert.ok(!no.some((t) => t.includes(' arms ')), JSON.stringify(no));
});

test('"X\'s Lantern Directorate trains the movement\'s fighters": "the movement" is the group the text is about, not the subject of the verb', () => {
  const got = pipelineTriples("The Harrow Front is a movement. Talvessa's Lantern Directorate trains the movement's fighters.");
  assert.ok(got.includes('Lantern Directorate trains Harrow Front'), JSON.stringify(got));
});

test('"X is believed to fund Y", "Y is believed to receive only small arms from X": hedged acts of X, claimed by the document, not by X', () => {
  const p = createPipeline({ packs: loadPacks([]) });
  const claimsIn = (text: string): string[] => {
    const d = p.process(fromText('t.txt', 't.txt', text, 'text/plain'));
    const n = (k: string): string => d.entities.find((e) => e.key === k)?.name ?? k;
    return d.claims.map((c) => `${n(c.subject)} ${c.predicate} ${n(c.object)} <${n(c.claimant)}>`);
  };
  const a = claimsIn("Zarvenia's government is silent. The Brigades of the Ridge fight on. Money comes first. Zarvenia is believed to fund the Brigades of the Ridge.");
  assert.ok(a.includes('Zarvenia funds Brigades of the Ridge <publisher (unknown)>'), JSON.stringify(a));
  const b = claimsIn("Zarvenia's government is silent. The Northern Shield Movement fights on. The NSM is believed to receive only small arms from Zarvenia.");
  assert.ok(b.includes('Zarvenia arms Northern Shield Movement <publisher (unknown)>'), JSON.stringify(b));
  // ("Zarvenia wants to fund them": an aim is no act)
  assert.deepEqual(claimsIn("Zarvenia's government is silent. The Brigades of the Ridge fight on. Zarvenia wants to fund the Brigades of the Ridge."), []);
});

test('"Payments made by X Ltd to Y", "transfers were made by Y to accounts controlled by Z": funding by the one who made them; a firm is known by its legal form', () => {
  const p = 'The Hands of Mercy Foundation (HMF) helps. Korvex Trading Ltd trades. The Brigades of the Ridge fight. ';
  const a = pipelineTriples(`${p}Payments made by Korvex Trading Ltd to the Hands of Mercy Foundation totalled EUR 3.1 million.`);
  assert.ok(a.includes('Korvex Trading Ltd funds Hands of Mercy Foundation'), JSON.stringify(a));
  const b = pipelineTriples(`${p}Transfers worth at least EUR 1.4 million were also made by HMF to accounts controlled by the Brigades of the Ridge.`);
  assert.deepEqual(b, ['Hands of Mercy Foundation funds Brigades of the Ridge']);
});

test('"the fund had transferred $40 million to X" after "the Sefrani Reconstruction Fund": the fund, not the inquiry that concluded it', () => {
  const got = pipelineTriples('The Sefrani Reconstruction Fund is a charity. The Halvorian Parliament sits. The Brigades of the Ridge fight. An inquiry by the Halvorian Parliament concluded in November that the fund had transferred roughly $40 million to the Brigades of the Ridge.');
  assert.deepEqual(got, ['Sefrani Reconstruction Fund funds Brigades of the Ridge']);
});

test('"the Sefrani Fund, a charity registered in Kessary that Zarvenia finances": Zarvenia funds the fund', () => {
  const got = pipelineTriples("Zarvenia's government is silent. Much of that money reportedly moves through the Sefrani Reconstruction Fund, a charity registered in Kessary that Zarvenia finances.");
  assert.deepEqual(got, ['Zarvenia funds Sefrani Reconstruction Fund']);
});

test('"the DES, which prosecutors say has financed X": the saying inside the relative clause is an aside; the DES funds X', () => {
  const got = pipelineTriples('The Directorate of External Security (DES) acts. Korvex Trading Ltd trades. According to the indictment, the money came from the DES, which prosecutors say has financed Korvex Trading Ltd since 2021.');
  assert.deepEqual(got, ['Directorate of External Security funds Korvex Trading Ltd']);
});

test('"drone training was provided by X to Y fighters": X trains Y', () => {
  const got = pipelineTriples('Section 12 acts. The Brigades of the Ridge fight. The SPS alleges that drone training was provided by Section 12 to Brigades of the Ridge fighters in 2023.');
  assert.deepEqual(got, ['Section 12 trains Brigades of the Ridge']);
});
