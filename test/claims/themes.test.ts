import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagThemes } from '../../src/claims/index.js';
import { statement } from './fixtures.js';

const TEXT = 'Dravan said: "They are mistaken. Every one of its border posts lies within reach of our men."';

test('each statement gets its themes with the span of the words that triggered them', () => {
  const [t] = tagThemes(TEXT, [statement(TEXT, 'They are', 'dravan', { id: 3 })], {});
  assert.equal(t!.quote, 3);
  const threat = t!.tags.find((x) => x.theme === 'threat_of_destruction')!;
  assert.equal(TEXT.slice(threat.trigger.start, threat.trigger.end), 'within reach');
  assert.ok(t!.tags.some((x) => x.theme === 'denial_of_involvement'));
});

test("a pack's theme triggers add to the defaults", () => {
  const [t] = tagThemes(TEXT, [statement(TEXT, 'They are', 'dravan')], { themes: { boast: ['our men'] } });
  assert.equal(TEXT.slice(t!.tags.find((x) => x.theme === 'boast')!.trigger.start, t!.tags.find((x) => x.theme === 'boast')!.trigger.end), 'our men');
});
