import assert from 'node:assert/strict';
import { test } from 'node:test';
import { followShortenedPhrases } from '../../src/resolve/shortened.js';
import type { Mention } from '../../src/types.js';

const at = (text: string, surface: string, key: string, from = 0): Mention => {
  const start = text.indexOf(surface, from);
  return { start, end: start + surface.length, surface, type: 'collective', key, source: 'pack' };
};

test('a shortened generic phrase names what the longer phrase before it named', () => {
  const text = 'The Varnian liberation brigades struck at dawn. Later the liberation brigades withdrew.';
  const ms = [at(text, 'Varnian liberation brigades', 'varnian_brigades'), at(text, 'liberation brigades', 'liberation_front', 40)];
  assert.deepEqual(followShortenedPhrases(ms).map((m) => m.key), ['varnian_brigades', 'varnian_brigades']);
});

test('the short phrase keeps its own key when it comes first, is a name, or two longer phrases differ', () => {
  const text = 'the liberation brigades; Varnian liberation brigades; Osterian liberation brigades; the liberation brigades; Liberation Brigades';
  const first = at(text, 'liberation brigades', 'front');
  const a = at(text, 'Varnian liberation brigades', 'varnia_b');
  const b = at(text, 'Osterian liberation brigades', 'osteria_b');
  const again = at(text, 'liberation brigades', 'front', text.indexOf('; the liberation') + 2);
  const named = at(text, 'Liberation Brigades', 'front');
  assert.deepEqual(followShortenedPhrases([first, a]).map((m) => m.key), ['front', 'varnia_b']);
  assert.deepEqual(followShortenedPhrases([first, a, b, again]).map((m) => m.key), ['front', 'varnia_b', 'osteria_b', 'front']);
  assert.deepEqual(followShortenedPhrases([a, named]).map((m) => m.key), ['varnia_b', 'front']);
});
