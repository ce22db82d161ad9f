// Held-out checks: small fictional documents in other styles (test/attribute/fixtures/), run
// through the whole pipeline with the shipped packs; none of their names is in any pack, so the
// speakers come from the attribution rules and the actor layer's reading of names.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/load.js';
import { createPipeline } from '../../src/pipeline.js';
import { readDoc } from '../../src/read/index.js';
import type { DocResult } from '../../src/types.js';
import { repoRoot } from '../helpers.js';

const pipeline = createPipeline({ packs: loadPacks() });
const cache = new Map<string, DocResult>();
function run(file: string): DocResult {
  let r = cache.get(file);
  if (!r) cache.set(file, (r = pipeline.process(readDoc(path.join(repoRoot(), 'test', 'attribute', 'fixtures', file)))));
  return r;
}

/** The speaker's name (with aliases) of the quote that starts with `start`. */
function speakerOf(file: string, start: string): string {
  const r = run(file);
  const s = r.statements.find((x) => r.doc.text.slice(x.quote.start, x.quote.end).startsWith(start));
  assert.ok(s, `no quote starting ${start}`);
  const e = r.entities.find((x) => x.key === s.speaker);
  return [e?.name ?? String(s.speaker), ...(e?.aliases ?? [])].join(' / ');
}
function statementOf(file: string, start: string) {
  const r = run(file);
  const s = r.statements.find((x) => r.doc.text.slice(x.quote.start, x.quote.end).startsWith(start))!;
  const name = (k?: string): string | undefined => (k ? r.entities.find((x) => x.key === k)?.name : undefined);
  return { ...s, citedName: name(s.cited), occasionText: s.occasion ? r.doc.text.slice(s.occasion.start, s.occasion.end) : undefined };
}

const WIRE = 'wire-many-speakers.md';
test('wire: "...," X told reporters names X', () => {
  assert.match(speakerOf(WIRE, 'Nobody wins'), /Moravec/);
});
test('wire: a sentence without a verb after a quote continues its speaker', () => {
  assert.match(speakerOf(WIRE, 'We will sit'), /Moravec/);
});
test('wire: "The head of the union, Name, said the promise was" names the appositive, not "the promise"', () => {
  assert.match(speakerOf(WIRE, 'a first step'), /Hruby/);
});
test('wire: "he said" goes to the most recent man, not the minister quoted before', () => {
  assert.match(speakerOf(WIRE, 'Our members'), /Hruby/);
});
test('wire: "she said" after "Mrs." goes to the woman though a man spoke last', () => {
  assert.match(speakerOf(WIRE, 'I will not set'), /Moravec/);
});
test('wire: a relative clause after the subject does not hide it; a split quote keeps one speaker', () => {
  assert.match(speakerOf(WIRE, 'The ships'), /Ebner/);
  assert.match(speakerOf(WIRE, 'and the first of them'), /Ebner/);
});
test('wire: a surname alone after the full name is the same speaker', () => {
  assert.match(speakerOf(WIRE, 'watch every word'), /Hruby/);
});

const OPED = 'oped-officials.txt';
test('op-ed: "told the Marlow Gazette that" names the speaker and cites the paper', () => {
  assert.match(speakerOf(OPED, 'there is no shortage'), /Lessing/);
  assert.equal(statementOf(OPED, 'there is no shortage').citedName, 'Marlow Gazette');
});
test('op-ed: a participial opener ("Speaking at a council hearing,") is the occasion, not the speaker', () => {
  assert.match(speakerOf(OPED, 'two of the four'), /Blaha/);
  assert.match(statementOf(OPED, 'two of the four').occasionText ?? '', /council hearing/);
});
test('op-ed: "in an interview with Radio Marlow" is an interview cited to the station', () => {
  const s = statementOf(OPED, 'We are pricing');
  assert.match(speakerOf(OPED, 'We are pricing'), /Kalina/);
  assert.equal(s.medium, 'interview');
});
test('op-ed: "when asked on Monday ..., X said:" dates the quote by the weekday', () => {
  assert.match(speakerOf(OPED, 'Not this year'), /Lessing/);
  assert.equal(statementOf(OPED, 'Not this year').date, '2024-06-17');
});

const PRESS = 'press-statement.txt';
test('press release: "...," said <role> Name names the speaker after the verb', () => {
  assert.match(speakerOf(PRESS, 'Our first thought'), /Lindqvist/);
});
test('press release: reported speech without quotes makes its speaker the antecedent of "he said"', () => {
  assert.match(speakerOf(PRESS, 'The track has been'), /Dahl/);
});
test('press release: "In a statement, the council said:" is the council\'s statement', () => {
  assert.match(speakerOf(PRESS, 'We thank the emergency'), /council/i);
  assert.equal(statementOf(PRESS, 'We thank the emergency').medium, 'statement');
});
test('press release: "<Org> spokeswoman Name added that" names the spokeswoman', () => {
  assert.match(speakerOf(PRESS, 'will cover every cost'), /Berg/);
});

const SOCIAL = 'social-roundup.md';
test('social: "posted on X:" is a post by the poster', () => {
  assert.match(speakerOf(SOCIAL, 'A bridge for people'), /Vesely/);
  assert.equal(statementOf(SOCIAL, 'A bridge for people').medium, 'post');
});
test('social: "wrote on Facebook that the vote was" is a post', () => {
  assert.match(speakerOf(SOCIAL, 'a gift to the cycling'), /Stransky/);
  assert.equal(statementOf(SOCIAL, 'a gift to the cycling').medium, 'post');
});
test('social: "Posting on Telegram, the association said:" names the association', () => {
  assert.match(speakerOf(SOCIAL, 'We were not consulted'), /association/);
});
test('social: "X replied to Y on X:" is X speaking', () => {
  assert.match(speakerOf(SOCIAL, 'The shops on Bridge'), /Horak/);
});

test('"she said" goes to the woman named earlier, not to the man named last', () => {
  const text = 'May 4, 2024\n\nTalks In Brenn\n\nMs. Lena Dvorak, the ombudswoman, met union leader Petr Kral on Tuesday. Kral said the meeting was useful.\n\n"We found common ground," she said.\n';
  const r = pipeline.process({ name: 't.txt', origin: 't.txt', mediaType: 'text/plain', raw: text, text, hash: '', meta: {} });
  const e = r.entities.find((x) => x.key === r.statements[0]!.speaker);
  assert.match([e?.name, ...(e?.aliases ?? [])].join(' '), /Dvorak/);
});

test('"he said" skips a woman named last and goes to the man', () => {
  const text = 'May 4, 2024\n\nTalks In Brenn\n\nUnion leader Petr Kral met Ms. Lena Dvorak on Tuesday. She said the meeting was useful, and Kral agreed.\n\n"We found common ground," he said.\n';
  const r = pipeline.process({ name: 't.txt', origin: 't.txt', mediaType: 'text/plain', raw: text, text, hash: '', meta: {} });
  const e = r.entities.find((x) => x.key === r.statements[0]!.speaker);
  assert.match([e?.name, ...(e?.aliases ?? [])].join(' '), /Kral/);
});

test('a role phrase "expert on <outlet>" is the expert speaking, the outlet cited', () => {
  const text = 'May 4, 2024\n\nThe Editorial\n\nThe daily wrote: "According to the analyst on Sentinel Daily, the posts were empty. \'We were all surprised!\' he said."\n';
  const r = pipeline.process({ name: 't.txt', origin: 't.txt', mediaType: 'text/plain', raw: text, text, hash: '', meta: {} });
  const inner = r.statements.find((x) => x.quote.parent !== undefined)!;
  const e = r.entities.find((x) => x.key === inner.speaker);
  assert.doesNotMatch(e?.name ?? '', /^Sentinel Daily$/);
});

const QT = 'quoted-transcript.txt';
test('transcript turns set in quotation marks take the interview\'s day, medium and channel from the lead', () => {
  for (const start of ['Mr. Valdas, thank you', 'We make our rockets', 'Leave the valley']) {
    const s = statementOf(QT, start);
    assert.equal(s.date, '2026-06-02', start);
    assert.equal(s.medium, 'interview', start);
    assert.equal(s.citedName, 'Vesper 9', start);
  }
  assert.match(speakerOf(QT, 'Leave the valley'), /Valdas/);
});

const NR = 'numbered-roundup.txt';
test('a roundup\'s numbered item heading "Outlet (description), Day" gives each passage its outlet and day', () => {
  const first = statementOf(NR, 'The border will stay');
  assert.equal(first.date, '2026-07-06');
  assert.equal(first.citedName, 'Dunmar Press');
  assert.equal(statementOf(NR, 'punishes farmers').date, '2026-07-07');
  assert.equal(statementOf(NR, 'punishes farmers').citedName, 'Oberlin Herald');
  // ("Dunmar Press, July 8": known as an outlet from the first item)
  assert.equal(statementOf(NR, 'is not negotiable').date, '2026-07-08');
  assert.equal(statementOf(NR, 'is not negotiable').citedName, 'Dunmar Press');
});

const SOURCE = 'monitoring-transcript.txt';
test('transcript under a monitoring source line: the broadcast\'s day and outlet, not the days the note tells of', () => {
  const r = run(SOURCE);
  assert.equal(r.statements.length, 2);
  for (const start of ['Good morning', 'It was a frank']) {
    const s = statementOf(SOURCE, start);
    assert.equal(s.date, '2025-05-12');
    assert.equal(s.medium, 'broadcast');
    assert.equal(s.citedName, 'Beacon 9 TV');
  }
});

const DIGEST = 'post-digest.txt';
test('digest of posts: an item heading "N. Who, Platform, day, time" gives the poster, the day and the medium of its passages', () => {
  assert.match(speakerOf(DIGEST, 'Our fighters'), /Maske/);
  assert.match(speakerOf(DIGEST, 'Our soldiers'), /Dravan/);
  assert.match(speakerOf(DIGEST, 'Salute to'), /Halek/);
  assert.equal(statementOf(DIGEST, 'Our fighters').date, '2025-06-03');
  assert.equal(statementOf(DIGEST, 'Salute to').date, '2025-06-04');
  for (const q of ['Our fighters', 'Our soldiers', 'Salute to']) {
    assert.equal(statementOf(DIGEST, q).medium, 'post');
    assert.equal(statementOf(DIGEST, q).cited, undefined, 'a platform is no cited outlet');
  }
});
