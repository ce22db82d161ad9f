import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { corroboration, defaultGrade, parseGrade, tupleKey, UNKNOWN_GRADE } from '../../src/claims/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';
import { openStore } from '../../src/store/sqlite-store.js';
import type { Claim } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { claimsOf, find, GRADES } from './fixtures.js';

test("a claim's grade defaults to the pack's grade of its claimant", () => {
  assert.deepEqual(find(claimsOf('Dravan praised the Front.'), 'dravan praises cbf').grade, GRADES.rmwi);
});

test('an ungraded claimant falls back to the graded outlet in its chain, else F6', () => {
  const g = (k: string) => GRADES[k];
  assert.deepEqual(defaultGrade(['x:unknown', 'beacon', 'volt'], g), GRADES.beacon);
  assert.deepEqual(defaultGrade(['x:unknown', 'volt'], g), UNKNOWN_GRADE);
});

test('grade codes parse as Admiralty reliability and credibility', () => {
  assert.deepEqual(parseGrade('b2'), { reliability: 'B', credibility: 2 });
  assert.equal(parseGrade('G7'), null);
});

test('corroboration counts distinct claimants of the same relation and polarity', () => {
  const c = (claimant: string): Pick<Claim, 'subject' | 'predicate' | 'object' | 'polarity' | 'claimant'> =>
    ({ subject: 'varnia', predicate: 'arms', object: 'cbf', polarity: 'asserted', claimant });
  const n = corroboration([c('marr'), c('beacon'), c('marr')]);
  assert.equal(n.get(tupleKey(c('x'))), 2);
});

test('a grade set on a stored claim is read back', () => {
  const dir = tempDir();
  const s = openStore(path.join(dir, 'g.db'));
  const text = 'March 12, 2025\n\nDravan praised the Front.\n';
  const base = createPipeline({ packs: [] }).process(fromText('g.txt', '/fixtures/g.txt', text, 'text/plain'));
  const claims = claimsOf(text);
  s.putDocument({ ...base, publisher: 'rmwi', claims });
  const row = [...s.claims()][0]!;
  s.setGrade(row.id, parseGrade('A1')!);
  assert.deepEqual([...s.claims()][0]!.grade, { reliability: 'A', credibility: 1 });
  s.close();
});
