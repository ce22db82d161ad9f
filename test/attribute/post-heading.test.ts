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

test('a channel item of a monitoring digest ("1) NAME (@handle)", "Owner: X", a dated line): the owner speaks, the channel is cited, the day is the line\'s', async () => {
  const { createPipeline } = await import('../../src/pipeline.js');
  const { loadPacks } = await import('../../src/pack/index.js');
  const { fromText } = await import('../../src/read/index.js');
  const text = [
    'KESTREL MEDIA MONITORING', 'Telegram Monitoring Digest', 'Issue 12 | Thursday, 14 March 2024', '',
    'TOP LINE', 'Channels close to the Marsh Brigades claimed a strike near Halden.', '',
    '1) LANTERNPOST (@lanternpost_mb)', 'Owner: Marsh Brigades (official media channel) | ~41,200 subscribers', '12 March 2024, 21:47', '',
    '«Tonight our fighters struck the positions of the army outside Halden.»', '',
    'Analyst comment: This is the first such claim since January.', '',
    '2) LANTERNPOST (@lanternpost_mb)', '13 March 2024, 19:20', '',
    '«We will strike again.»', '',
  ].join('\n');
  const r = createPipeline({ packs: loadPacks([]) }).process(fromText('d.txt', 'd.txt', text, 'text/plain'));
  const name = new Map(r.mentions.map((m) => [m.key, m.surface]));
  const first = r.statements.find((s) => text.slice(s.quote.start, s.quote.end).startsWith('Tonight'));
  const second = r.statements.find((s) => text.slice(s.quote.start, s.quote.end).startsWith('We will'));
  assert.equal(name.get(first?.speaker ?? '') ?? first?.speaker, 'Marsh Brigades', JSON.stringify(first));
  assert.equal(first?.date, '2024-03-12');
  assert.equal(first?.medium, 'post');
  assert.ok(first?.cited, 'the channel is cited');
  // the channel named again keeps its owner; the day is the new item's
  assert.equal(second?.speaker, first?.speaker);
  assert.equal(second?.date, '2024-03-13');
});
