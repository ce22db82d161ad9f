import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findContradictions } from '../../src/claims/index.js';
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
