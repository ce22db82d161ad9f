import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsOf, triples } from './fixtures.js';

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
