// A monitoring bulletin's items end in source tags: "[Source: Voice of the Marsh radio, 13 March;
// Kestrel News Agency, 13 March]". Each passage of the item is credited to the outlet that carried
// it, on that outlet's day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';
import { tagEntries } from '../../src/attribute/source-tags.js';

const pipeline = createPipeline({ packs: loadPacks([]) });
const BULLETIN = [
  'SENTRY WATCH',
  'DAILY MONITORING BULLETIN',
  'No. 12 | Friday 14/03/2025',
  '',
  '1. MARSH BRIGADES CLAIM DEPOT FIRE',
  '',
  'In a statement read on the group\'s radio station, Marsh Brigades spokesman Tamir Qiddan said: "Our fighters set the depot ablaze." "The fire was contained within an hour," a spokesman for the Ostravan army said.',
  '[Source: Voice of the Marsh radio, 12 March; Kestrel News Agency, 13 March]',
  '',
  '2. RADIO SELVA INTERVIEW',
  '',
  'Sheikh Anton Kell replied in an interview with Radio Selva. \'We take no orders from anyone,\' the Sheikh said.',
  '[Source: Radio Selva, 13 March]',
  '',
].join('\n');

test('a source tag\'s entries: the outlet without its medium word, its kind and its day', () => {
  const at = BULLETIN.indexOf('[Source: Voice');
  const b = { index: 0, kind: 'paragraph' as const, start: at, end: BULLETIN.indexOf('\n', at), refs: [] };
  const e = tagEntries(BULLETIN, b);
  assert.deepEqual(e.map((x) => [x.outlet, x.kind, x.when]), [['Voice of the Marsh', 'radio', '12 March'], ['Kestrel News Agency', undefined, '13 March']]);
  assert.equal(BULLETIN.slice(e[1]!.start, e[1]!.end), 'Kestrel News Agency');
});

test('each passage of an item gets the tag entry its narration points to, else the one left; and that entry\'s day', () => {
  const r = pipeline.process(fromText('b.txt', 'b.txt', BULLETIN, 'text/plain'));
  const name = (k?: string): string | undefined => r.entities.find((e) => e.key === k)?.name;
  const st = (start: string) => r.statements.find((s) => BULLETIN.slice(s.quote.start, s.quote.end).startsWith(start));
  assert.equal(name(st('Our fighters')?.cited), 'Voice of the Marsh');
  assert.equal(st('Our fighters')?.date, '2025-03-12');
  assert.equal(name(st('The fire was')?.cited), 'Kestrel News Agency');
  assert.equal(st('The fire was')?.date, '2025-03-13');
});

test('"Radio Selva" is an outlet, and "Selva" is no short name of it', () => {
  const r = pipeline.process(fromText('b.txt', 'b.txt', BULLETIN, 'text/plain'));
  const radio = r.entities.find((e) => e.name === 'Radio Selva');
  assert.equal(radio?.type, 'outlet');
  assert.ok(!radio?.aliases.includes('Selva'), JSON.stringify(radio));
  const s = r.statements.find((x) => BULLETIN.slice(x.quote.start, x.quote.end).startsWith('We take'));
  assert.equal(s?.cited, radio?.key);
});

test('a paragraph closing with its own source in brackets ("[Radio Sorel, 14 May 2022]") is cited to it, on that day', () => {
  const text = 'CHRONOLOGY\nUpdated 20 November 2025\n\nMay 2022\nThe Black Pine Battalion leaves the alliance. Ravnik says in a radio interview: \'Iriarte wants soldiers, not allies.\' [Radio Sorel, 14 May 2022]\n';
  const r = pipeline.process(fromText('c.txt', 'c.txt', text, 'text/plain'));
  const s = r.statements.find((x) => text.slice(x.quote.start, x.quote.end).startsWith('Iriarte wants'));
  assert.equal(r.entities.find((e) => e.key === s?.cited)?.name, 'Radio Sorel');
  assert.equal(s?.date, '2022-05-14');
});

test('a chronology: a date alone on its line dates the entry under it, before the day its bracketed source aired it; one date under the masthead is no entry', () => {
  const text = [
    'INSTITUTE', 'Conflict Chronologies', 'THE VALLEY CONFLICT: A CHRONOLOGY', 'Updated 20 November 2025', '',
    '14/06/2014', 'The founding of the Front is announced in a village in the valley. Its first commander, Teodor Ravan, tells the founding meeting that was held there: «Two fists, one arm.» [Radio Ebrenne, 15 June 2014]', '',
    'March 2016', 'The foundation opens its first clinics in the valley, and its director, Ana Pell, tells reporters in the valley: "We heal, we do not arm."', '',
    '3 Feb. 2019', 'The Front and the Battalion form an alliance after long talks in the hills. Ravan says at the signing: "From today we fight as one."', '',
  ].join('\n');
  const r = pipeline.process(fromText('c.txt', 'c.txt', text, 'text/plain'));
  const st = (start: string) => r.statements.find((s) => text.slice(s.quote.start, s.quote.end).startsWith(start));
  assert.equal(st('Two fists')?.date, '2014-06-14');
  assert.equal(st('We heal')?.date, '2016-03');
  assert.equal(st('From today')?.date, '2019-02-03');
});
