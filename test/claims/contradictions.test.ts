import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findContradictions, linkOf, linkText } from '../../src/claims/index.js';
import type { PackActor } from '../../src/pack/types.js';
import type { ClaimRow } from '../../src/store/types.js';

const row = (id: number, claimant: string, polarity: 'asserted' | 'denied', predicate: ClaimRow['predicate'] = 'directs'): ClaimRow => ({
  id, docId: 1, docName: 'varnia.txt', subject: 'varnia', subjectName: 'Varnia', predicate, object: 'cbf',
  objectName: 'Crimson Banner Front', polarity, claimant, claimantName: claimant, chain: ['rmwi', claimant], hedge: null,
  evidence: { start: id * 10, end: id * 10 + 5 }, evidenceText: `evidence ${id}`, date: null, grade: { reliability: 'F', credibility: 6 },
});

test('the same relation asserted by one claimant and denied by another is a contradiction, side by side', () => {
  const [c] = findContradictions([row(1, 'beacon', 'asserted'), row(2, 'dravan', 'denied')]);
  assert.ok(c);
  assert.deepEqual([c.asserted.map((r) => r.claimant), c.denied.map((r) => r.claimant)], [['beacon'], ['dravan']]);
  assert.equal(c.acrossClaimants, true);
});

test('relations that differ in predicate do not contradict', () => {
  assert.deepEqual(findContradictions([row(1, 'beacon', 'asserted', 'arms'), row(2, 'dravan', 'denied', 'directs')]), []);
});

// Lifting: a claim about a person or unit meets a denial about the organisation or state the
// pack puts it in at the claim's date.
const PACK: Record<string, PackActor> = {
  varnia: { id: 'varnia', type: 'state', name: 'Varnia', country: 'varnia' },
  vgc: { id: 'vgc', type: 'organization', name: 'Varnian Guardian Corps', memberOf: [{ of: 'varnia' }], country: 'varnia' },
  lantern_force: { id: 'lantern_force', type: 'organization', name: 'Lantern Force', memberOf: [{ of: 'vgc' }], country: 'varnia' },
  volt: { id: 'volt', type: 'person', name: 'Kasimir Volt', roles: [{ title: 'commander', of: 'lantern_force', start: '2020' }] },
  cbf: { id: 'cbf', type: 'group', name: 'Crimson Banner Front' },
};
const actorOf = (k: string): PackActor | undefined => PACK[k];
const about = (r: ClaimRow, subject: string, date: string | null = '2024-03-06'): ClaimRow => ({ ...r, subject, subjectName: subject, date });

test('a claim about a unit commander contradicts a denial about the state above the unit, with the link that joins them', () => {
  const found = findContradictions([about(row(1, 'beacon', 'asserted'), 'volt'), row(2, 'dravan', 'denied')], { actorOf });
  const lifted = found.find((c) => c.link);
  assert.ok(lifted);
  assert.equal(lifted.subject, 'varnia');
  assert.equal(lifted.link!.text, 'volt: commander of lantern_force (since 2020), part of vgc, part of varnia');
  assert.deepEqual([lifted.asserted.map((r) => r.id), lifted.denied.map((r) => r.id)], [[1], [2]]);
});

test('a role that begins after the claim\'s date does not lift the claim', () => {
  const found = findContradictions([about(row(1, 'beacon', 'asserted'), 'volt', '2019-05-01'), row(2, 'dravan', 'denied')], { actorOf });
  assert.deepEqual(found, []);
});

test('a claim about the state does not contradict a denial about one of its units (no lifting downward)', () => {
  const found = findContradictions([row(1, 'beacon', 'asserted'), about(row(2, 'dravan', 'denied'), 'lantern_force')], { actorOf });
  assert.deepEqual(found, []);
});

test('without the pack no claim is lifted', () => {
  assert.deepEqual(findContradictions([about(row(1, 'beacon', 'asserted'), 'volt'), row(2, 'dravan', 'denied')]), []);
});

test('linkOf names a person\'s past post when the claim is dated after it ended', () => {
  const old: Record<string, PackActor> = { ...PACK, volt: { ...PACK['volt']!, roles: [{ title: 'commander', of: 'lantern_force', start: '2020', end: '2022-01-03' }] } };
  const steps = linkOf('volt', 'varnia', '2024-03-06', (k) => old[k]);
  assert.equal(linkText('volt', steps!), 'volt: commander of lantern_force (2020-2022), part of vgc, part of varnia');
});
