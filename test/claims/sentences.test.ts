import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/claims/index.js';

test('sentences are not cut after abbreviations such as "U.S." or initials', () => {
  const text = 'The U.S. State Department said so. Gen. Volt met J. Ferrant. Then it ended.';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)),
    ['The U.S. State Department said so.', 'Gen. Volt met J. Ferrant.', 'Then it ended.']);
});

test('a closing quote stays with its sentence', () => {
  const text = 'He said: "We will win." Then he left.';
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), ['He said: "We will win."', 'Then he left.']);
});
