import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surnameReferences } from '../../src/mentions/index.js';
import type { Mention } from '../../src/types.js';

const person = (surface: string, key: string, start: number, source: Mention['source'] = 'titled'): Mention =>
  ({ start, end: start + surface.length, surface, key, type: 'person', source });

test('"Comandante Urquisa" after "Joaquín Urquiza": a titled surname spelled otherwise is the one full name it spells', () => {
  const out = surnameReferences([person('Joaquín Urquiza', 'x:urquiza', 0), person('Urquisa', 'x:urquisa', 40)]);
  assert.equal(out[1]!.key, 'x:urquiza');
});

test('no link when two full names end alike, for a pack name, or across a first letter', () => {
  const two = surnameReferences([person('Joaquín Urquiza', 'x:a', 0), person('Elena Urquisa', 'x:b', 20), person('Urquisa', 'x:c', 40)]);
  assert.equal(two[2]!.key, 'x:c');
  const pack = surnameReferences([person('Joaquín Urquiza', 'x:a', 0), person('Urquisa', 'urquisa_pack', 40, 'pack')]);
  assert.equal(pack[1]!.key, 'urquisa_pack');
  const other = surnameReferences([person('Joaquín Urquiza', 'x:a', 0), person('Burquisa', 'x:c', 40)]);
  assert.equal(other[1]!.key, 'x:c');
});
