import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, find, pipelineTriples, triples } from './fixtures.js';

const has = (text: string, triple: string): void => {
  const got = triples(claimsOf(text));
  assert.ok(got.includes(triple), `expected '${triple}' in ${JSON.stringify(got)}`);
};

test('funds: "X funds Y"', () => has('Varnia funds the Crimson Banner Front.', 'varnia funds cbf'));
test('arms: "X armed Y with rockets"', () => has('Varnia armed the Marsh Brigades with rockets.', 'varnia arms marsh_brigades'));
test('trains: "X trained Y"', () => has('Varnia trained the Ridge Guardians for years.', 'varnia trains ridge_guardians'));
test('directs: "X oversees the campaigns of Y"', () => has('The Lantern Force oversees the campaigns of the Crimson Banner Front.', 'lantern_force directs cbf'));
test('founded: "X founded Y"', () => has('Varnia founded the Ridge Guardians in 2009.', 'varnia founded ridge_guardians'));
test('supports: "X backs Y"', () => has('Varnia openly backs the Crimson Banner Front.', 'varnia supports cbf'));
test('part_of: "X is part of Y"', () => has('The Crimson Banner Front is part of the Circle of Steadfastness.', 'cbf part_of circle'));
test('leads: a role phrase "Org Secretary-General Name"', () => has('Crimson Banner Front Secretary-General Milos Ferrant spoke first.', 'ferrant leads cbf'));
test('leads: "Name, the commander of Org"', () => has('Kasimir Volt, the commander of the Lantern Force, said nothing.', 'volt leads lantern_force'));
test('part_of: a unit named with its parent ("the VGC and its Lantern Force")', () => has('Officers of the VGC and its Lantern Force were there.', 'lantern_force part_of vgc'));
test('praises: "X praised Y"', () => has('Dravan praised the Crimson Banner Front on Monday.', 'dravan praises cbf'));
test('thanks: "X thanked Y"', () => has('Ferrant thanked Varnia on Tuesday.', 'ferrant thanks varnia'));
test('threatens: "X warned Y"', () => has('Marr warned Varnia on Wednesday.', 'marr threatens varnia'));
test('calls_on: "X called on Y to act"', () => has('Dravan called on the Marsh Brigades to open a second front.', 'dravan calls_on marsh_brigades'));
test('meets: "X met with Y"', () => has('Volt met with Ferrant in Halden.', 'volt meets ferrant'));
test('contacts: "X telephoned Y"', () => has('Maske telephoned Ferrant on March 9.', 'maske contacts ferrant'));
test('attacks: "X attacked Y"', () => has('The Crimson Banner Front attacked Ostrava at dawn.', 'cbf attacks ostrava'));
test('attacks: a nominal attack "X\'s raid on Y"', () => has("The CBF's raid on Ostrava surprised everyone.", 'cbf attacks ostrava'));

test('"accused X of supplying the missiles that Y fired": X arms Y, claimed by the accuser', () => {
  const c = find(claimsOf('Marr accused Varnia on Monday of supplying the anti-tank missiles that the Front fired at a patrol.'), 'varnia arms cbf');
  assert.equal(c.claimant, 'marr');
});

test('a verb of sending with a weapon noun arms its recipient ("sent drones to X")', () => {
  assert.ok(triples(claimsOf('Varnia sent drones to the Front.')).includes('varnia arms cbf'));
});

test('"has never sent a single bullet to X" is a denied arming', () => {
  assert.ok(triples(claimsOf('Varnia has never sent a single bullet to the Front.')).includes('varnia arms cbf denied'));
});

test('"X got rifles, drones and cash from Y": Y arms and funds X', () => {
  const got = triples(claimsOf('The Marsh Brigades got rifles, drones and cash from Varnia.'));
  assert.ok(got.includes('varnia arms marsh_brigades') && got.includes('varnia funds marsh_brigades'), JSON.stringify(got));
});

test('a verb of giving without a weapon or money noun arms no one ("gave the Front its blessing")', () => {
  assert.deepEqual(triples(claimsOf('Varnia gave the Front its blessing.')).filter((t) => /arms|funds/.test(t)), []);
});

test('"stood by X" is no passive: the one standing supports X', () => {
  assert.ok(triples(claimsOf('Maske said Varnia stood by the Front.')).includes('varnia supports cbf'));
  assert.ok(!triples(claimsOf('Maske said Varnia stood by the Front.')).includes('cbf supports varnia'));
});

test('"knows every one of them" states no membership', () => {
  const got = triples(claimsOf('The Beacon said that Volt had inspected the rocket crews of the Front, and that he "knows every one of them by name."'));
  assert.deepEqual(got.filter((t) => t.includes('part_of')), []);
});

test('"some part of X" is no membership: part_of wants a copula or an apposition before it', () => {
  assert.deepEqual(triples(claimsOf('Varnia seized some part of Ostrava.')).filter((t) => t.includes('part_of')), []);
  assert.ok(triples(claimsOf('The Marsh Brigades are an integral part of the Circle of Steadfastness.')).includes('marsh_brigades part_of circle'));
});

test('idioms and nouns state no relation: "the armed movement", "struck a cautious tone", "Asked about"; "the external operations arm of X" is part of X', () => {
  assert.deepEqual(triples(claimsOf('Milos Ferrant, the deputy chief of the Crimson Banner Front, the armed movement fighting Ostravan forces, spoke.')).filter((t) => t.includes(' arms ')), []);
  assert.deepEqual(triples(claimsOf('The Varnian foreign minister struck a cautious tone on her return to Mirel.')), []);
  assert.deepEqual(triples(claimsOf('Asked about Ostravan allegations, Milos Ferrant said that the Front is free.')).filter((t) => t.includes('calls_on')), []);
  assert.deepEqual(triples(claimsOf('The Lantern Force, the external operations arm of the Varnian Guardian Corps, was active.')), ['lantern_force part_of vgc']);
  assert.ok(triples(claimsOf('Varnia continues to arm the Front.')).includes('varnia arms cbf'));
});

test('selling weapons to a group arms it: "sells weapons to", "sold drones to", "sells armoured vehicles to"', () => {
  for (const t of ['Varnia sells weapons to the Marsh Brigades.', 'Varnia sold drones to the Marsh Brigades.', 'Varnia sells armoured vehicles to the Marsh Brigades.']) {
    assert.ok(triples(claimsOf(t)).includes('varnia arms marsh_brigades'), t);
  }
});

test('contacts: "a letter from X to Y"', () => {
  assert.ok(triples(claimsOf('On May 2 the Beacon published a letter from Teodor Maske to Aurel Dravan.')).includes('maske contacts dravan'));
});

test('arms: "X supplies Y with rifles"', () => {
  assert.ok(triples(claimsOf('Ostrava supplies the Marsh Brigades with rifles.')).includes('ostrava arms marsh_brigades'));
});

test('directs: "X takes his orders from Y", "receives no instructions from Y"; funds: "not a single coin"', () => {
  assert.ok(triples(claimsOf('Teodor Maske takes his orders from Aurel Dravan.')).includes('dravan directs maske'));
  assert.ok(triples(claimsOf('The Marsh Brigades receive no instructions from Varnia.')).includes('varnia directs marsh_brigades denied'));
  assert.ok(triples(claimsOf('Varnia has never given a single weapon or a single coin to the Marsh Brigades.')).includes('varnia funds marsh_brigades denied'));
});

test('part_of: "a front for X", "a cover name for X"; "a cover name for his movement" makes no one a member of a person', () => {
  assert.ok(triples(claimsOf('The Lantern Force is almost certainly a front for the Marsh Brigades.')).includes('lantern_force part_of marsh_brigades'));
  assert.ok(triples(claimsOf('The Ridge Guardians are a cover name for the Marsh Brigades.')).includes('ridge_guardians part_of marsh_brigades'));
  assert.ok(!triples(claimsOf('Teodor Maske rejected the claim that the Ridge Guardians are a cover name for his movement.')).some((t) => t.includes('part_of maske')));
});

test('"X stands behind Y" backs Y; "stands behind the attack" is no backing of a group', () => {
  assert.ok(triples(claimsOf('Varnia stands behind the Marsh Brigades.')).includes('varnia supports marsh_brigades'));
  assert.ok(!triples(claimsOf('Varnia stands behind the attack on Halden.')).some((t) => t.startsWith('varnia supports')));
});

test('directs: "steering X\'s campaign", "gives orders to X", "picked the target of X\'s attack", "select targets for X"', () => {
  assert.ok(triples(claimsOf('The Lantern Force is steering the Marsh Brigades\' campaign.')).includes('lantern_force directs marsh_brigades'));
  assert.ok(triples(claimsOf('Aurel Dravan gives orders to the Ridge Guardians.')).includes('dravan directs ridge_guardians'));
  assert.ok(triples(claimsOf('Officers of the Lantern Force picked the target of the Marsh Brigades attack.')).includes('lantern_force directs marsh_brigades'));
  assert.ok(triples(claimsOf('Lantern Force officers select targets for Marsh Brigades strikes.')).includes('lantern_force directs marsh_brigades'));
});

test('an owner no actor resolves is the object: "steering the group\'s campaign to keep Ostravan troops" directs no troops', () => {
  const got = triples(claimsOf('It accuses Varnia of bankrolling the Marsh Brigades and of steering the group\'s campaign to keep Ostravan troops in the country.'));
  assert.ok(got.includes('varnia funds marsh_brigades'), JSON.stringify(got));
  assert.ok(!got.some((t) => t.endsWith('directs ostrava')), JSON.stringify(got));
});

test('"X supplied ... and that Y trains the movement\'s fighters and directs its operations": "directs" is not X\'s', () => {
  const got = triples(claimsOf('He rejected accusations that Varnia supplied the rockets and that the Lantern Force trains the movement\'s fighters and directs its operations.'));
  assert.ok(!got.some((t) => t.startsWith('varnia directs')), JSON.stringify(got));
});

test('arms and funds told as a delivery: "sent X a shipment of missiles", "40 million crowns a month to X", "supplied to X by Y", "X\'s drones came from Y"', () => {
  assert.ok(triples(claimsOf('The Lantern Force allegedly sent the Marsh Brigades a shipment of anti-armour missiles.')).includes('lantern_force arms marsh_brigades'));
  assert.ok(triples(claimsOf('Varnia transfers about 40 million crowns a month to the Marsh Brigades.')).includes('varnia funds marsh_brigades'));
  assert.ok(triples(claimsOf('The rockets used at Halden had been supplied to the Marsh Brigades by Varnia\'s Lantern Force.')).includes('lantern_force arms marsh_brigades'));
  assert.ok(triples(claimsOf('Pell conceded that the Front\'s drones came from the Lantern Force.')).includes('lantern_force arms cbf'));
  // told by someone, denied, or nobody's
  const said = claimsOf('Pell said Varnia has never sent the Marsh Brigades a single rifle.');
  assert.ok(said.some((c) => c.subject === 'varnia' && c.predicate === 'arms' && c.polarity === 'denied' && c.claimant === 'pell'), JSON.stringify(said));
  assert.equal(claimsOf('Varnia sent the Marsh Brigades a message of support.').filter((c) => c.predicate === 'arms' || c.predicate === 'funds').length, 0);
  assert.equal(claimsOf('Varnia trained the Marsh Brigades when nobody else would even sell the Ridge Guardians bullets.').filter((c) => c.predicate === 'arms').length, 0);
});

test('supports: "X\'s sponsorship of Y", "the X-sponsored Y"', () => {
  assert.ok(triples(claimsOf('Varnia\'s sponsorship of the Marsh Brigades is old.')).includes('varnia supports marsh_brigades'));
  assert.ok(triples(claimsOf('The Varnia-sponsored Marsh Brigades struck again.')).includes('varnia supports marsh_brigades'));
});

test('attacks: the one who speaks of strikes did not strike ("Pell said the strikes on Halden ..."), but one who claims an attack did', () => {
  assert.ok(!triples(claimsOf('Jonas Pell said the strikes on Halden had hit launch sites.')).some((t) => t.startsWith('pell attacks')));
  assert.ok(triples(claimsOf('The Marsh Brigades claimed a rocket attack on Halden.')).includes('marsh_brigades attacks halden'));
});

test('arms: "the rockets that struck Halden were supplied by X" arms no place', () => {
  const got = triples(claimsOf('Ostrava says the rockets that struck Halden last Tuesday were supplied by Varnia.'));
  assert.ok(!got.includes('varnia arms halden'), JSON.stringify(got));
});

test('calls_on: "pressed X to join talks" (not "pressed ahead"); directs: "approved X\'s strike" (not "approved X\'s request"); part_of: "the Lantern Force of the VGC"', () => {
  assert.ok(triples(claimsOf('Varnia, which trains its officers, has pressed Ostrava to join talks.')).includes('varnia calls_on ostrava'));
  assert.deepEqual(triples(claimsOf('Varnia pressed ahead with the plan while Ostrava waited.')), []);
  assert.ok(triples(claimsOf('Officials said General Aurel Dravan had personally approved the Marsh Brigades\' strike on Halden.')).includes('dravan directs marsh_brigades'));
  assert.ok(!triples(claimsOf('Varnia approved the Marsh Brigades\' request.')).some((t) => t.includes('directs')));
  assert.ok(triples(claimsOf('The Lantern Force of the Varnian Guardian Corps pays them.')).includes('lantern_force part_of vgc'));
});

test('contacts: "X thanked Y for its support of Z in a letter to W" is X\'s letter', () => {
  const t = triples(claimsOf('Teodor Maske thanked Varnia for its support of the Front in a letter to Aurel Dravan.'));
  assert.ok(t.includes('maske contacts dravan') && !t.includes('cbf contacts dravan'), JSON.stringify(t));
});

test('"a militia formally attached to the army reserve", "affiliated with the Front": part of it', () => {
  const got = pipelineTriples('The Caldrithi Army fights. The Lisk Home Guard, a volunteer militia formally attached to the Caldrithi Army reserve since 2023, is small.');
  assert.ok(got.includes('Lisk Home Guard part_of Caldrithi Army'), JSON.stringify(got));
});

test('"the Brigades run the Dawn Vigil": running a group directs it; "who runs the movement\'s Telegram channel" directs no group', () => {
  const got = pipelineTriples('The Tarrow Brigades and the Dawn Vigil fight on. "The Tarrow Brigades run the Dawn Vigil," an analyst said.');
  assert.ok(got.includes('Tarrow Brigades directs Dawn Vigil'), JSON.stringify(got));
  const no = pipelineTriples("The Ridgeline Defence Movement fights on. Its public face is spokesman Dario Kessvent, who runs the movement's Telegram channel.");
  assert.ok(!no.some((t) => t.includes(' directs ')), JSON.stringify(no));
});

test('"X, which gave instructions to Y": X directs Y', () => {
  const got = pipelineTriples('Section 12 acts. Commander Petr Saldo spoke. Prosecutors say the operation was overseen by Section 12, which gave instructions to Petr Saldo.');
  assert.ok(got.includes('Section 12 directs Petr Saldo'), JSON.stringify(got));
});
