// Roles the pack knows, read from names: a unit named inside a longer role phrase still states
// its parent ("the commander of the Front's military wing": the wing is part of the Front).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/claims/index.js';
import type { PackActor } from '../../src/pack/types.js';
import type { Mention } from '../../src/types.js';
import { claimsOf, pipelineTriples, SEG, statement, triples } from './fixtures.js';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const ACTORS: Record<string, PackActor> = {
  cbf: { id: 'cbf', type: 'group', name: 'Crimson Banner Front', aliases: ['Front'] },
  wing: { id: 'wing', type: 'organization', name: 'Ember Brigades', aliases: ["Front's military wing"], memberOf: [{ of: 'cbf' }] },
  ferrant: { id: 'ferrant', type: 'person', name: 'Milos Ferrant', roles: [{ title: 'commander', of: 'wing' }] },
};


test("a unit named inside a role phrase states its parent: \"the commander of the Front's military wing\"", () => {
  const text = "Ostrava said the commander of the Front's military wing warned its soldiers.";
  const role = "commander of the Front's military wing";
  const unit = "Front's military wing";
  const at = (s: string): number => text.indexOf(s);
  const mentions: Mention[] = [
    { start: at('Ostrava'), end: at('Ostrava') + 7, surface: 'Ostrava', key: 'ostrava', type: 'state', source: 'pack' },
    { start: at(role), end: at(role) + role.length, surface: role, key: 'ferrant', type: 'person', source: 'role' },
    { start: at(unit), end: at(unit) + unit.length, surface: unit, key: 'wing', type: 'organization', source: 'pack' },
  ];
  const claims = extractClaims(text, SEG, mentions, [], { publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined, actorOf: (k) => ACTORS[k] });
  assert.ok(triples(claims).includes('wing part_of cbf'), JSON.stringify(triples(claims)));
});

test('"X (ACR) commander NAME" leads X; "the X\'s armed wing, the Y" is part of X', () => {
  const text = "The Varnian Guardian Corps (VGC) commander Sorin Halek spoke. The Crimson Banner Front's armed wing, the Ember Brigades, is commanded by Milos Ferrant.";
  const at = (s: string, from = 0): number => text.indexOf(s, from);
  const mk = (surface: string, key: string, type: Mention['type'], from = 0): Mention => ({ start: at(surface, from), end: at(surface, from) + surface.length, surface, key, type, source: 'pack' });
  const mentions: Mention[] = [
    mk('Varnian Guardian Corps', 'vgc', 'organization'), mk('VGC', 'vgc', 'organization', 26), mk('Sorin Halek', 'halek', 'person'),
    mk('Crimson Banner Front', 'cbf', 'group'), mk('Ember Brigades', 'ember', 'organization'), mk('Milos Ferrant', 'ferrant', 'person'),
  ].sort((a, b) => a.start - b.start);
  const got = triples(extractClaims(text, SEG, mentions, [], { publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined }));
  assert.ok(got.includes('halek leads vgc'), JSON.stringify(got));
  assert.ok(got.includes('ember part_of cbf'), JSON.stringify(got));
});

test('"X, the unit of Y responsible for ...", "X, a unit of Z\'s Y": X is part of Y, not of Z', () => {
  const text = "Officers of the Lantern Force, a unit of Varnia's Guardian Corps, met him. The Ember Brigades, the unit of the Guardian Corps responsible for raids, grew.";
  const at = (s: string, from = 0): number => text.indexOf(s, from);
  const mk = (surface: string, key: string, type: Mention['type'], from = 0): Mention => ({ start: at(surface, from), end: at(surface, from) + surface.length, surface, key, type, source: 'pack' });
  const mentions: Mention[] = [
    mk('Lantern Force', 'lantern', 'organization'), mk('Varnia', 'varnia', 'state'), mk('Guardian Corps', 'gc', 'organization'),
    mk('Ember Brigades', 'ember', 'organization'), mk('Guardian Corps', 'gc', 'organization', 90),
  ].sort((a, b) => a.start - b.start);
  const got = triples(extractClaims(text, SEG, mentions, [], { publisher: 'rmwi', lexicons: {}, gradeOf: () => undefined }));
  assert.ok(got.includes('lantern part_of gc') && got.includes('ember part_of gc'), JSON.stringify(got));
  assert.ok(!got.includes('lantern part_of varnia'), JSON.stringify(got));
});

test('"X\'s head of state, NAME" leads X; "received in Mirel a Y delegation headed by Z" meets Y, and Z heads the delegation, not Y', () => {
  const a = triples(claimsOf("Varnia's head of state, Supreme Guide Aurel Dravan, spoke."));
  assert.ok(a.includes('dravan leads varnia'), JSON.stringify(a));
  const b = triples(claimsOf('On June 4, Lantern Force chief Milos Ferrant received in Mirel a Marsh Brigades delegation headed by Kasimir Volt, the deputy leader of the Marsh Brigades.'));
  assert.ok(b.includes('ferrant meets marsh_brigades'), JSON.stringify(b));
  assert.ok(!b.includes('volt leads marsh_brigades'), JSON.stringify(b));
});

test('"the X\'s chief, General NAME" leads X: the title after the comma belongs to the name', () => {
  const got = triples(claimsOf("The officials said that the Lantern Force's chief, General Milos Ferrant, had approved the strike."));
  assert.ok(got.includes('ferrant leads lantern_force'), JSON.stringify(got));
});

test('"the commander of X, General NAME, who praised Y": NAME leads X and praises Y; X praises nobody', () => {
  const got = triples(claimsOf("State television broadcast remarks by the commander of the Lantern Force, General Milos Ferrant, who praised the Marsh Brigades' dawn strike."));
  assert.ok(got.includes('ferrant leads lantern_force') && got.includes('ferrant praises marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.includes('lantern_force praises marsh_brigades'), JSON.stringify(got));
});

test('"Its spokesman, X", "the group\'s spokesman, X": the possessor pronoun\'s organisation', () => {
  for (const t of ['The Lantern Force attacked the depot. The group\'s spokesman, Teodor Maske, wrote that it was revenge.',
    'The Lantern Force attacked the depot. Its spokesman, Teodor Maske, wrote that it was revenge.']) {
    assert.ok(triples(claimsOf(t)).includes('maske part_of lantern_force'), t);
  }
});

test('"said P, the Marsh Brigades\' spokesman", "P, the Lantern Force\'s commander": a role owned by the organisation', () => {
  assert.ok(triples(claimsOf('"We buy our rifles on the market," said Teodor Maske, the Marsh Brigades\' spokesman, in a telephone interview.')).includes('maske part_of marsh_brigades'));
  assert.ok(triples(claimsOf("Teodor Maske, the Lantern Force's commander, said nothing.")).includes('maske leads lantern_force'));
});

test('"X spokeswoman P" is a member as "X spokesman P" is', () => {
  assert.ok(triples(claimsOf('Varnian Guardian Corps spokeswoman Vera Lind said it.')).includes('lind part_of vgc'));
});

test('"P, a senior researcher at X" is a member of X; "P, a friend of X" is not', () => {
  assert.ok(triples(claimsOf('Teodor Maske, a senior researcher at the Lantern Force, said it.')).includes('maske part_of lantern_force'));
  assert.ok(!triples(claimsOf('Teodor Maske, a friend of the Lantern Force, said it.')).includes('maske part_of lantern_force'));
});

test('"Varnian Grand Guide P", "Varnia\'s head of state, High Regent P": P leads Varnia', () => {
  assert.ok(triples(claimsOf('Varnian Grand Guide Aurel Dravan said it.')).includes('dravan leads varnia'));
  assert.ok(triples(claimsOf("Varnia's head of state, High Regent Aurel Dravan, said it.")).includes('dravan leads varnia'));
});

test('"the group\'s secretary-general, X": X leads the group, and "our"/"us" in X\'s words is the group (not "our brothers in Y", not "our Y")', () => {
  const text = 'The Marsh Brigades held a rally on Saturday. The group\'s secretary-general, Teodor Maske, spoke for an hour. "Varnia trained our first fighters, and our brothers in the Ridge Guardians stood with us. The rifles supplied by our Lantern Force to the Front were old," Maske said.';
  const got = triples(claimsOf(text, [statement(text, 'Varnia trained', 'maske')]));
  for (const t of ['maske leads marsh_brigades', 'varnia trains marsh_brigades', 'ridge_guardians supports marsh_brigades', 'lantern_force arms cbf']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  assert.ok(!got.some((t) => t.includes('supports ridge_guardians') || t.startsWith('marsh_brigades arms')), JSON.stringify(got));
});

test('a deputy is a member, a former head nothing: "X, the deputy chief of Y", "Y deputy leader X", "X, the former chief of Y"', () => {
  assert.ok(triples(claimsOf('Teodor Maske, the deputy chief of the Marsh Brigades, spoke.')).includes('maske part_of marsh_brigades'));
  assert.ok(triples(claimsOf('Marsh Brigades deputy leader Teodor Maske spoke.')).includes('maske part_of marsh_brigades'));
  assert.deepEqual(triples(claimsOf('Teodor Maske, the former chief of the Marsh Brigades, spoke.')), []);
});

test('"NAME, whose movement is the largest faction of X": the person\'s group is part of X', () => {
  const text = 'Marsh Brigades leader Teodor Maske, whose movement is the largest faction of the Circle of Steadfastness, met Aurel Dravan.';
  const got = triples(claimsOf(text));
  assert.ok(got.includes('marsh_brigades part_of circle'), JSON.stringify(got));
  assert.ok(!got.includes('maske part_of circle'), JSON.stringify(got));
});

test('a unit set off after its name: "X, the Front\'s military wing,", "X, the VGC unit that ...": part of the owner', () => {
  assert.ok(triples(claimsOf('The rockets supplied by Varnia to the Marsh Brigades, the Front\'s military wing, are old.')).includes('marsh_brigades part_of cbf'));
  assert.ok(triples(claimsOf('They say the Lantern Force, the VGC unit that handles Varnia\'s partners abroad, has shipped drones.')).includes('lantern_force part_of vgc'));
  // a person set off so is no unit
  assert.ok(!triples(claimsOf('Teodor Maske, the VGC hardliner, spoke.')).some((t) => t.startsWith('maske part_of')));
});

test('leads: "Prime Minister X of Varnia", "X, who heads the exiled opposition Y"; "leading the cause of eliminating X" heads nothing', () => {
  assert.ok(triples(claimsOf('I spoke with Prime Minister Aurel Dravan of Varnia.')).includes('dravan leads varnia'));
  assert.ok(triples(claimsOf('Aurel Dravan, who heads the exiled opposition Lantern Force from Halden, spoke.')).includes('dravan leads lantern_force'));
  assert.deepEqual(triples(claimsOf('Varnia has been leading the cause of eliminating Ostrava for years.')).filter((t) => t.includes('leads')), []);
});

test('"X, a <Org> weapons intelligence officer," is part of the org, with the pack\'s role words too', async () => {
  const { createPipeline } = await import('../../src/pipeline.js');
  const { loadPacks } = await import('../../src/pack/index.js');
  const { fromText } = await import('../../src/read/index.js');
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', '"That factory is in Dorvania," said Colonel Petra Anselm, a Lantern Force weapons intelligence officer, turning a fin.', 'text/plain'));
  const person = r.mentions.find((m) => m.surface === 'Petra Anselm')?.key;
  const org = r.mentions.find((m) => m.surface === 'Lantern Force')?.key;
  assert.ok(r.claims.some((c) => c.subject === person && c.predicate === 'part_of' && c.object === org), JSON.stringify(r.claims));
  assert.ok(triples(claimsOf('Jonas Pell, a Lantern Force officer, spoke.')).includes('pell part_of lantern_force'));
});

test('"the May 30 raid by X on Y" is an attack (a month, not a modal); "spent ten days celebrating" is no meeting', () => {
  const t = triples(claimsOf('Aurel Dravan has spent ten days celebrating the May 30 raid by the Marsh Brigades on Halden.'));
  assert.ok(t.includes('marsh_brigades attacks halden'), JSON.stringify(t));
  assert.ok(!t.some((x) => x.includes('meets')), JSON.stringify(t));
});

test('"the movement\'s political leader, X" leads the group just named; "the movement of launchers" names no group', () => {
  assert.ok(triples(claimsOf('The Crimson Banner Front met on Monday. In an interview, the movement\'s political leader, Teodor Maske, said it was over.')).includes('maske leads cbf'));
  const t = triples(claimsOf('The Marsh Brigades struck Halden. The movement of launchers points to Aurel Dravan\'s headquarters.'));
  assert.ok(!t.some((x) => x.includes('dravan') && x.startsWith('marsh_brigades')), JSON.stringify(t));
});

test('"X, Varnia\'s Chancellor" leads Varnia; "X, Varnia\'s foreign minister" is no part of it; "Unit 440 of the Corps" is part of the Corps', () => {
  assert.ok(triples(claimsOf("The threat against Aurel Dravan, Varnia's Chancellor, is new.")).includes('dravan leads varnia'));
  assert.deepEqual(triples(claimsOf("Aurel Dravan, Varnia's foreign minister, said nothing.")), []);
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', 'Marsh Brigades fighters were trained by instructors from Unit 440 of the Varnian Guardian Corps (VGC).', 'text/plain'));
  const key = (s: string) => r.mentions.find((m) => m.surface === s)?.key;
  assert.ok(r.claims.some((c) => c.subject === key('Unit 440') && c.predicate === 'part_of' && c.object === key('Varnian Guardian Corps')), JSON.stringify(r.claims.map((c) => [c.subject, c.predicate, c.object])));
  // (the unit trains; the body after "of" only says whose unit it is)
  assert.ok(r.claims.some((c) => c.subject === key('Unit 440') && c.predicate === 'trains'), JSON.stringify(r.claims.map((c) => [c.subject, c.predicate, c.object])));
  assert.ok(!r.claims.some((c) => c.subject === key('Varnian Guardian Corps') && c.predicate === 'trains'), JSON.stringify(r.claims.map((c) => [c.subject, c.predicate, c.object])));
});

test('"Iran\'s Islamic resistance axis", one pack name: the state is part of its own alliance', () => {
  const r = createPipeline({ packs: loadPacks() }).process(fromText('t.txt', 't.txt', "Hamas, which belongs to Iran's Islamic resistance axis, praised the attack.", 'text/plain'));
  assert.ok(r.claims.some((c) => c.subject === 'iran' && c.predicate === 'part_of' && c.object === 'resistance_axis'), JSON.stringify(r.claims.map((c) => [c.subject, c.predicate, c.object])));
});

test('"X belongs to Kestria\'s Ember Axis": X is part of the alliance, not of its owner; the owner is in its own alliance', () => {
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('t.txt', 't.txt', "The Sunward Front belongs to Kestria's Ember Axis. Kestria's army struck the town.", 'text/plain'));
  const key = (s: string) => r.mentions.find((m) => m.surface === s)?.key;
  const got = r.claims.map((c) => `${c.subject} ${c.predicate} ${c.object}`);
  assert.ok(got.includes(`${key('Sunward Front')} part_of ${key('Ember Axis')}`), JSON.stringify(got));
  assert.ok(got.includes(`${key('Kestria')} part_of ${key('Ember Axis')}`), JSON.stringify(got));
  assert.ok(!got.includes(`${key('Sunward Front')} part_of ${key('Kestria')}`), JSON.stringify(got));
});

test('"X is the founder and director of Y" founds and leads Y; "was a member of", "is the deputy head of" are part of it', () => {
  const got = triples(claimsOf('Aurel Dravan is the founder and director of the Lantern Force.'));
  assert.ok(got.includes('dravan founded lantern_force') && got.includes('dravan leads lantern_force'), JSON.stringify(got));
  assert.deepEqual(triples(claimsOf('Aurel Dravan was a member of the Lantern Force.')), ['dravan part_of lantern_force']);
  assert.deepEqual(triples(claimsOf('Aurel Dravan is the deputy head of the Lantern Force.')), ['dravan part_of lantern_force']);
});

test('"X, whose sole director is Y" makes Y lead X; "whose deputy director is Y" makes Y part of X', () => {
  assert.deepEqual(triples(claimsOf('The Lantern Force, whose sole director is Aurel Dravan (also designated), sold drone engines.')), ['dravan leads lantern_force']);
  assert.deepEqual(triples(claimsOf('The Lantern Force, whose deputy director is Aurel Dravan, sold drone engines.')), ['dravan part_of lantern_force']);
});

test('"X, a co-founder of Y" and "X, the founder of Y" found Y; "X, head of Varnia\'s Lantern Force" leads the Force, not Varnia', () => {
  assert.deepEqual(triples(claimsOf('Aurel Dravan, a co-founder of the Lantern Force, spoke.')), ['dravan founded lantern_force']);
  assert.deepEqual(triples(claimsOf('Aurel Dravan, the founder of the Lantern Force, spoke.')), ['dravan founded lantern_force']);
  assert.deepEqual(triples(claimsOf("A letter from General Aurel Dravan, head of Varnia's Lantern Force, was read out.")), ['dravan leads lantern_force']);
});

test('ranks: "Major X of the Front\'s laboratory" serves in the Front; "Lantern Force commander Major General X" still leads it; "presided over by Judge X" leads', () => {
  const run = pipelineTriples;
  assert.ok(run("The Nalvarian Defence Forces (NDF) said so. Later the court heard Major Ruta Kalnina of the NDF's forensic laboratory.")
    .includes('Ruta Kalnina part_of Nalvarian Defence Forces'));
  const led = run('The Lantern Force acted. Lantern Force commander Major General Barsel Iyorin rejected the charge.');
  assert.ok(led.includes('Barsel Iyorin leads Lantern Force'), JSON.stringify(led));
  assert.ok(run('The Special Criminal Court sits as a panel of three judges presided over by Judge Miriam Ostrowa.').includes('Miriam Ostrowa leads Special Criminal Court'));
});

test('"VGC commander X acknowledged that the Front\'s drones came from his corps": "his corps" is the body the document gave X a role in', () => {
  const text = 'The Crimson Banner Front fired drones at Halden. Varnian Guardian Corps (VGC) commander Sorin Halek acknowledged that the Crimson Banner Front\'s drones came from his corps.';
  const got = pipelineTriples(text);
  assert.ok(got.includes('Varnian Guardian Corps arms Crimson Banner Front'), JSON.stringify(got));
});

test('"He led the Lantern Brigade ...," Dravan said: a speaker\'s "he" is someone else, never the speaker, but the person named before', () => {
  const text = 'The Crimson Banner Front buried its commander Teodor Maske on Tuesday. Front leader Aurel Dravan spoke at the funeral. "He led the Lantern Brigade through the worst winters of this war," Dravan said.';
  const got = pipelineTriples(text);
  assert.ok(!got.includes('Aurel Dravan leads Lantern Brigade'), JSON.stringify(got));
  // (the person told of before the speaker)
  assert.ok(got.includes('Teodor Maske leads Lantern Brigade'), JSON.stringify(got));
});

test('"The commander of the Interior Ministry-funded Halvik Self-Defence Units (HSDU), Colonel X, told": X leads the units, past the acronym', () => {
  const text = 'The Halvik Self-Defence Units (HSDU) fought. The commander of the Interior Ministry-funded Halvik Self-Defence Units (HSDU), Colonel Bogdan Mrazek, told reporters on Thursday that the group had won.';
  const got = pipelineTriples(text);
  assert.ok(got.includes('Bogdan Mrazek leads Halvik Self-Defence Units') && got.includes('Interior Ministry funds Halvik Self-Defence Units'), JSON.stringify(got));
});

test('"conducted by Lantern 24 anchor Dariel Fonn": a broadcaster\'s anchor is part of it', () => {
  const text = 'Lantern 24 TV aired the interview. The interview was conducted by Lantern 24 anchor Dariel Fonn on Monday.';
  const got = pipelineTriples(text);
  assert.ok(got.some((t) => /^Dariel Fonn part_of Lantern 24/.test(t)), JSON.stringify(got));
});

test('"X is appointed head of Varnia\'s Lantern Directorate", "was named commander of Y": X leads the body; "was named in the report" gives no role', () => {
  const got = pipelineTriples("Varnia's army attacked on Monday. General Aurel Dravan is appointed head of Varnia's Lantern Directorate (VLD).");
  assert.ok(got.includes('Aurel Dravan leads Lantern Directorate'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.startsWith('Aurel Dravan leads Varnia')), JSON.stringify(got));
  assert.ok(pipelineTriples('General Aurel Dravan was named commander of the Marsh Brigades.').includes('Aurel Dravan leads Marsh Brigades'));
  assert.deepEqual(pipelineTriples('General Aurel Dravan was named in the report on the Marsh Brigades.').filter((t) => t.includes(' leads ')), []);
});

test('"Marsh Brigades co-founder Aurel Dravan": the co-founder founded the group', () => {
  const got = pipelineTriples('Marsh Brigades co-founder Aurel Dravan died on Monday.');
  assert.ok(got.includes('Aurel Dravan founded Marsh Brigades'), JSON.stringify(got));
  assert.ok(!got.includes('Aurel Dravan leads Marsh Brigades'), JSON.stringify(got));
});

test('"A and B form an alliance, the Valley Concord": both are its members; "met an alliance" makes none', () => {
  const got = pipelineTriples('The Marsh Brigades and the Ridge Guardians form an alliance, the Valley Concord Front.');
  for (const g of ['Marsh Brigades', 'Ridge Guardians']) assert.ok(got.includes(`${g} part_of Valley Concord Front`), `${g} in ${JSON.stringify(got)}`);
  assert.ok(!pipelineTriples('The Marsh Brigades met an alliance, the Valley Concord Front.').some((t) => t.includes(' part_of ')));
});

test('"X\'s main backer is Y", "Y is X\'s main backer", "X\'s chief sponsor, Y,": Y supports X', () => {
  for (const t of ["The Marsh Brigades' main backer is the Republic of Varnia.", "The Republic of Varnia is the Marsh Brigades' main backer.", "The Marsh Brigades' chief sponsor, the Republic of Varnia, said nothing."]) {
    const got = pipelineTriples(t);
    assert.ok(got.includes('Republic of Varnia supports Marsh Brigades'), `${t}: ${JSON.stringify(got)}`);
  }
});

test('"X (nickname), ORG co-founder," and "X, known as \"the Hawk\" (…), a co-founder of ORG" make X a founder; a place after "co-founder," is no person', () => {
  const p = 'The Marsh Valley Front (MVF) fights the army. Commander Joaquin Vessaro spoke. ';
  for (const text of [`${p}Subject: Funeral of Joaquin Vessaro ("El Lobo"), MVF co-founder, Val-Orme, 14 October. The funeral in Val-Orme was held.`,
    `${p}Crowds attended the funeral of Joaquin Vessaro, known as "El Lobo" (the Wolf), a co-founder of the MVF, on Tuesday.`,
    `${p}Joaquin Vessaro, MVF co-founder, said nothing.`]) {
    const got = pipelineTriples(text);
    assert.ok(got.includes('Joaquin Vessaro founded Marsh Valley Front'), `${text}: ${JSON.stringify(got)}`);
    assert.ok(!got.some((t) => t.startsWith('Val-Orme')), JSON.stringify(got));
  }
});

test('an acronym in a lead, before the text spells it out, names the body it stands for', () => {
  const got = pipelineTriples('The killing of MVF co-founder Joaquin Vessaro has put the war back in the headlines. The Marsh Valley Front (MVF) fights the army.');
  assert.ok(got.includes('Joaquin Vessaro founded Marsh Valley Front'), JSON.stringify(got));
});

test('"Under X\'s command, ORG officers direct ..." makes X the leader of ORG; "ORG1, an ORG2 front charity," makes ORG1 part of ORG2', () => {
  const got = pipelineTriples("The Outer Tasks Command (OTC) arms the Reed Brigades. General Kaveh Moravi spoke on Monday. Under Moravi's command, OTC officers direct Reed Brigades operations.");
  assert.ok(got.includes('Kaveh Moravi leads Outer Tasks Command'), JSON.stringify(got));
  const front = pipelineTriples('The Reed Brigades (RB) fight on. The ministry named the Marsh Martyrs Foundation, an RB front charity, in October.');
  assert.ok(front.includes('Marsh Martyrs Foundation part_of Reed Brigades'), JSON.stringify(front));
  // (a body described by another kind of noun is no part: "an RB partner in talks")
  const other = pipelineTriples('The Reed Brigades (RB) fight on. The ministry named the Marsh Martyrs Foundation, an RB partner, in October.');
  assert.ok(!other.some((t) => t.includes('part_of')), JSON.stringify(other));
});

test('"X commands the group\'s rocket units": commanding a unit of the group makes X a member; "X commands the group" makes X its leader', () => {
  const unit = pipelineTriples('The Hollow Ridge Brigades (HRB) fight on. Commander Oren Valt spoke. Valt commands the group\'s rocket units.');
  assert.ok(unit.includes('Oren Valt part_of Hollow Ridge Brigades') && !unit.includes('Oren Valt leads Hollow Ridge Brigades'), JSON.stringify(unit));
  const whole = pipelineTriples('The Hollow Ridge Brigades (HRB) fight on. Commander Oren Valt spoke. Valt commands the HRB.');
  assert.ok(whole.includes('Oren Valt leads Hollow Ridge Brigades'), JSON.stringify(whole));
});

test('"belong to the alliance that Karvan media call the "Axis of Dawn"", "an alliance known as X": members of the alliance named', () => {
  const p = 'The Hollow Ridge Brigades (HRB) fight on. The Azure Front fights too. ';
  const a = pipelineTriples(`${p}The HRB and the Azure Front both belong to the alliance that Karvan media call the "Axis of Dawn".`);
  for (const g of ['Hollow Ridge Brigades', 'Azure Front']) assert.ok(a.includes(`${g} part_of Axis of Dawn`), JSON.stringify(a));
  const b = pipelineTriples(`${p}The HRB belongs to an alliance known as the Axis of Dawn.`);
  assert.ok(b.includes('Hollow Ridge Brigades part_of Axis of Dawn'), JSON.stringify(b));
});

test('"The HRB, headed by X, and the Azure Front both belong to ...": the leader in the aside is no member of the list', () => {
  const p = 'The Hollow Ridge Brigades (HRB) fight on. The Azure Front fights too. ';
  for (const lead of ['The Hollow Ridge Brigades (HRB)', 'The HRB']) {
    const got = pipelineTriples(`${p}${lead}, headed by Yusuf Darrak, and the smaller Azure Front both belong to the Axis of Dawn.`);
    for (const g of ['Hollow Ridge Brigades', 'Azure Front']) assert.ok(got.includes(`${g} part_of Axis of Dawn`), `${lead}: ${JSON.stringify(got)}`);
    assert.ok(!got.includes('Yusuf Darrak part_of Axis of Dawn') && got.includes('Yusuf Darrak leads Hollow Ridge Brigades'), JSON.stringify(got));
  }
});

test('"X brought A, B and two smaller groups together in a loose alliance it calls the "Covenant"": members, and X its founder', () => {
  const p = 'The Legion of the Free Hills fights on. The Marrak Defence Units fight too. ';
  const got = pipelineTriples(`${p}In 2016 the Republic of Quessaria brought the Legion of the Free Hills, the Marrak Defence Units and two smaller groups together in a loose alliance it calls the "Covenant of Rivers."`);
  for (const t of ['Legion of the Free Hills part_of Covenant of Rivers', 'Marrak Defence Units part_of Covenant of Rivers', 'Republic of Quessaria founded Covenant of Rivers']) assert.ok(got.includes(t), `${t} in ${JSON.stringify(got)}`);
  // (brought to the table is no alliance)
  const no = pipelineTriples(`${p}The Republic of Quessaria brought the Legion of the Free Hills and the Marrak Defence Units together for talks in Arvedal.`);
  assert.ok(!no.some((t) => t.includes('part_of') || t.includes('founded')), JSON.stringify(no));
});

test('"Petr Saldo, 52, managing director of Aldane Shipping Ltd,": the age set off aside, a managing director leads the firm', () => {
  const p = 'Aldane Shipping Ltd ships. The Brigades of the Ridge fight. ';
  for (const t of [`${p}Petr Saldo, 52, managing director of Aldane Shipping Ltd, was arrested.`, `${p}Petr Saldo, managing director of Aldane Shipping Ltd, was arrested.`]) {
    assert.ok(pipelineTriples(t).includes('Petr Saldo leads Aldane Shipping Ltd'), `${t}: ${JSON.stringify(pipelineTriples(t))}`);
  }
});
