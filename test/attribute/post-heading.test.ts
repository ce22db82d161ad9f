import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPostHeading } from '../../src/attribute/post-heading.js';

const isDay = (s: string): boolean => /^\d{1,2} [A-Z][a-z]+$/.test(s);

test('an item heading of a post digest gives who, platform and day; a role after the name stays out of "who"', () => {
  const h = readPostHeading('3. General Sorin Halek, commander of the Guardian Corps, Guardian Corps Telegram channel, 4 June, 18:02', isDay);
  assert.equal(h?.who, 'General Sorin Halek');
  assert.equal(h?.platform, 'Guardian Corps Telegram channel');
  assert.equal(h?.when, '4 June');
  assert.equal(readPostHeading('Varnian Defence Minister Aurel Dravan, X (@ADravan), 3 June', isDay)?.who, 'Varnian Defence Minister Aurel Dravan');
  assert.equal(readPostHeading('1. Front spokesman Teodor Maske, Telegram channel "Banner Voice, Official", 3 June, 06:40', isDay)?.platform, 'Telegram channel "Banner Voice, Official"');
});

test('a sentence, a heading without a platform, or one without a day is no post heading', () => {
  assert.equal(readPostHeading('Dravan, the minister, spoke on X on 3 June.', isDay), undefined);
  assert.equal(readPostHeading('2. The Harrow Voice (weekly), 3 June', isDay), undefined);
  assert.equal(readPostHeading('2. Aurel Dravan, X (@ADravan), yesterday', isDay), undefined);
});
