import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parseDate, segment } from '../../src/segment/index.js';
import { parseCredit, parseFootnoteBody } from '../../src/segment/credits.js';
import { CORPUS_FILES, EXAMPLES, readCorpus, repoRoot } from '../helpers.js';

const dispatch = fs.readFileSync(path.join(EXAMPLES, 'varnia-dispatch.txt'), 'utf8');
const textOf = (t: string, s: { start: number; end: number }): string => t.slice(s.start, s.end);

test('a dispatch gives its publication date, series and number from the dateline', () => {
  const s = segment(dispatch);
  assert.equal(s.published, '2025-03-12');
  assert.equal(s.series, 'Special Dispatch');
  assert.equal(s.number, '4821');
});

test('the title is the first Title Case line after the dateline', () => {
  const s = segment(dispatch);
  assert.match(textOf(dispatch, s.title!), /^Varnian Supreme Guide Dravan Hails/);
});

test('headings are told apart from body paragraphs', () => {
  const s = segment(dispatch);
  const headings = s.blocks.filter((b) => b.kind === 'heading').map((b) => textOf(dispatch, b));
  assert.ok(headings.some((h) => h.startsWith('Supreme Guide Dravan: "The Young Men')));
  const para = s.blocks.find((b) => textOf(dispatch, b).startsWith('On March 9, 2025, addressing'));
  assert.equal(para?.kind, 'paragraph');
});

test('captions carry their (Source: ...) credit parsed into outlet, country and date', () => {
  const s = segment(dispatch);
  const cap = s.blocks.find((b) => b.kind === 'caption' && textOf(dispatch, b).startsWith('Supreme Guide Aurel Dravan at'));
  assert.ok(cap?.credit);
  assert.equal(cap.credit.outlet, 'VPA');
  assert.equal(cap.credit.country, 'Varnia');
  assert.equal(cap.credit.date, '2025-03-09');
  assert.equal(textOf(dispatch, cap.credit), 'VPA, Varnia, March 9, 2025');
});

test('footnote references in the text point at parsed footnotes with outlet, country, date and URL', () => {
  const s = segment(dispatch);
  const refs = s.blocks.flatMap((b) => b.refs);
  assert.ok(refs.some((r) => r.n === 1 && textOf(dispatch, r) === '[1]'));
  const n4 = s.footnotes.find((f) => f.n === 4)!;
  assert.equal(n4.outlet, 'Lowland Herald');
  assert.equal(n4.country, 'Ostrava');
  assert.equal(n4.date, '2025-03-10');
  assert.match(n4.url ?? '', /^https:\/\/lowlandherald\.example\//);
});

test('"Ibid." repeats the footnote before it', () => {
  const prev = parseFootnoteBody(' Tessel Times (Ostrava), May 2, 2024.');
  assert.deepEqual(parseFootnoteBody(' Ibid.', prev), { outlet: 'Tessel Times', country: 'Ostrava', date: '2024-05-02' });
});

test('an explanatory footnote has no outlet', () => {
  const note = parseFootnoteBody(' Early on Sunday (May 5, 2024), the Front attacked three posts along the river, and by the evening the army had withdrawn from the whole district, leaving the bridges to the militia. Dozens were killed on both sides and hundreds fled across the valley.');
  assert.equal(note.outlet, '');
});

test('a footnote whose outlet link was lost keeps its date', () => {
  assert.deepEqual(parseFootnoteBody(', October 8 2023.'), { outlet: '', date: '2023-10-08' });
});

test('a credit without "Source:" is still a credit', () => {
  const c = parseCredit('Commander Volt (Beacon, Varnia, March 10, 2025)');
  assert.equal(c?.credit.outlet, 'Beacon');
  assert.equal(c?.credit.date, '2025-03-10');
});

test('dates in several written forms parse to ISO', () => {
  assert.equal(parseDate('October 8, 2023'), '2023-10-08');
  assert.equal(parseDate('8 October 2023'), '2023-10-08');
  assert.equal(parseDate('Oct. 8 2023'), '2023-10-08');
  assert.equal(parseDate('in August 2022'), '2022-08');
  assert.equal(parseDate('2023-10-08'), '2023-10-08');
});

test('Markdown headings and bullets are their own blocks, without their markers', () => {
  const md = '# Varnia denies it\n\nIntro paragraph that says things.\n\n## Reactions\n\n- first point\n- second point\n';
  const s = segment(md);
  assert.deepEqual(s.blocks.map((b) => b.kind), ['title', 'paragraph', 'heading', 'bullet', 'bullet']);
  assert.equal(textOf(md, s.blocks[2]!), 'Reactions');
  assert.equal(textOf(md, s.blocks[3]!), 'first point');
});

test('hard-wrapped lines of one paragraph are one block', () => {
  const t = 'HALDEN, May 2 (VPA) - The minister said on Thursday that the border\nwould stay closed until the talks resume, and that the army\nwas ready.\n\nA second paragraph.\n';
  const s = segment(t);
  assert.equal(s.blocks.filter((b) => b.kind === 'paragraph').length, 2);
});

test('a report without a dateline dates itself by the latest full date it mentions', () => {
  const s = segment('Some Title Of A Report On Events\n\nOn May 3, 2024, the minister spoke. On May 5, 2024, he spoke again.\n');
  assert.equal(s.published, undefined);
  assert.equal(s.refDate, '2024-05-05');
});

for (const file of CORPUS_FILES) {
  test(`corpus ${file}: blocks cover the text in order and footnotes parse`, () => {
    const t = readCorpus(file);
    const s = segment(t);
    assert.ok(s.blocks.length > 10);
    for (let i = 1; i < s.blocks.length; i++) assert.ok(s.blocks[i]!.start >= s.blocks[i - 1]!.end);
    assert.ok(s.blocks.some((b) => b.kind === 'heading'));
    for (const f of s.footnotes) if (f.outlet) assert.match(f.outlet, /^[A-Z]/);
  });
}

test('corpus: publication dates, series numbers, caption credits and footnote outlets', (t) => {
  if (!CORPUS_FILES.length) return t.skip('no corpus beside the repository');
  const a = segment(readCorpus(CORPUS_FILES[0]!));
  assert.equal(a.published, '2023-10-15');
  assert.equal(a.number, '10870');
  const credits = a.blocks.filter((b) => b.credit).map((b) => b.credit!.outlet);
  assert.ok(credits.includes('Tasnim') && credits.includes('ISNA') && credits.includes('Fars'));
  const n7 = a.footnotes.find((f) => f.n === 7)!;
  assert.deepEqual([n7.outlet, n7.country, n7.date], ['ISNA', 'Iran', '2023-10-08']);
  const b = segment(readCorpus(CORPUS_FILES[1]!));
  assert.equal(b.published, '2023-10-12');
  assert.equal(b.footnotes.find((f) => f.n === 2)?.outlet, 'Kayhan');
  assert.equal(b.footnotes.find((f) => f.n === 1)?.outlet, '');
});

test('a dated byline gives the publication date when there is no dateline', () => {
  const t = '# Envoy Denies Arms Shipments\n\n*By Ana Dral | Sentinel Wire | June 12, 2024*\n\nThe envoy said on Tuesday that nothing was sent.\n';
  assert.equal(segment(t).published, '2024-06-12');
});

test('a wire dateline without a year falls in the latest such day on or before the file was written', () => {
  const text = 'Ministers trade accusations\n\nRENHOLLOW, May 3 (Quillpost) - The minister said on Sunday that the talks had failed.\n';
  assert.equal(segment(text, { modified: '2026-11-21' }).published, '2026-05-03');
  assert.equal(segment(text, { modified: '2027-02-01' }).published, '2026-05-03');
  assert.equal(segment(text, { modified: '2026-05-03' }).published, '2026-05-03');
  assert.equal(segment(text).published, undefined, 'no reference, no guess');
  assert.equal(segment(text, { modified: '2026-11-21' }).newsDateline, true);
  // A monitoring report's date line is no news dateline.
  const report = 'March 12, 2025 Special Dispatch No. 4821\n\nTitle Of The Dispatch\n\nOn March 8, 2025, fighters stormed the posts.\n';
  assert.equal(segment(report).newsDateline, undefined);
});

test('a yearless wire dateline takes the year in which the story\'s weekday falls on that day', () => {
  const text = 'Minister accuses neighbour\n\nHALDEN, March 14 (Kestrel News Agency) - Varnia\'s defence minister on Friday accused Ostrava of arming the Front.\n';
  // March 14 was a Friday in 2025, not in 2026
  assert.equal(segment(text, { modified: '2026-11-22' }).published, '2025-03-14');
  assert.equal(segment(text.replace('on Friday', 'today'), { modified: '2026-11-22' }).published, '2026-03-14');
});

test('a footnote names the outlet first, the one it was quoted in, or none for a letter or interviews', () => {
  assert.equal(parseFootnoteBody(' Halden Ledger, "The Budget Files," September 12, 2023.').outlet, 'Halden Ledger');
  assert.equal(parseFootnoteBody(' Vesper 9, interview with Anton Greval, February 3, 2025.').outlet, 'Vesper 9');
  const via = parseFootnoteBody(' Ostravan Military Intelligence, assessment of January 2025, as quoted in Tessel Times, January 30, 2025.');
  assert.deepEqual(via, { outlet: 'Tessel Times', date: '2025-01-30' });
  assert.equal(parseFootnoteBody(' Letter from the Varnian foreign ministry to the institute, March 3, 2025.').outlet, '');
  assert.equal(parseFootnoteBody(' Interviews, Mirel, November 2024.').date, '2024-11');
});

const SOURCE_HEADER = fs.readFileSync(path.join(repoRoot(), 'test', 'attribute', 'fixtures', 'monitoring-transcript.txt'), 'utf8');

test('a monitoring header ("Source: X TV, City, in Lang 0930 gmt 12 May 25" / "Date: ...") gives the date and a credit, after a headline too', () => {
  const s = segment(SOURCE_HEADER);
  assert.equal(s.published, '2025-05-12');
  const cap = s.blocks.find((b) => b.credit);
  assert.equal(cap?.credit?.outlet, 'Beacon 9 TV');
  assert.equal(cap?.credit?.date, '2025-05-12');
  // a transcript turn in sentence case is prose, not a heading
  const turn = s.blocks.find((b) => textOf(SOURCE_HEADER, b).startsWith('Dravan: "Good'));
  assert.equal(turn?.kind, 'paragraph');
});


test('"Published 22 March 2024, 18:40 local time" under the masthead dates the piece; an unpunctuated "Name: "quote"" over the story is a headline, not a turn', () => {
  const text = 'PELLAM NEWS AGENCY | ENGLISH SERVICE\nTranslated from the original. Published 22 March 2024, 18:40 Pellam time.\n\nLeader Mezhar: “The patience of the nation has an end”\n\nPELLAM, 22 March (PNA) - President Ilkan Mezhar, addressing officers on Thursday, declared that the nation will never bow.\n';
  const s = segment(text);
  assert.equal(s.published, '2024-03-22');
  const headline = s.blocks.find((b) => textOf(text, b).startsWith('Leader Mezhar'));
  assert.equal(headline?.kind, 'heading');
  const t2 = 'Transcript of the interview\n\nMarch 3, 2025\n\nHost: “Welcome to the programme. What happened in the valley last night?”\n';
  const turn = segment(t2).blocks.find((b) => textOf(t2, b).startsWith('Host:'));
  assert.equal(turn?.kind, 'paragraph');
});

test('numeric dates: "14/03/2025" and "14.03.2025" are day first, "03/14/2025" month first; a bulletin line "No. 211 | Friday 14/03/2025" dates it', () => {
  assert.equal(parseDate('Friday 14/03/2025'), '2025-03-14');
  assert.equal(parseDate('14.03.2025'), '2025-03-14');
  assert.equal(parseDate('03/14/2025'), '2025-03-14');
  assert.equal(parseDate('05/04/2024'), '2024-04-05');
  assert.equal(parseDate('32/13/2024'), undefined);
  const text = 'SENTRY WATCH\nDAILY BULLETIN\nNo. 211 | Friday 14/03/2025\n\n1. ITEM\n\nThe group said it struck the depot.\n';
  assert.equal(segment(text).published, '2025-03-14');
});

test('a place and a numeric or written date alone on a line above the body date the notice ("Halden, 21.03.2025")', () => {
  const t = 'OSTRAVAN TREASURY\nPRESS NOTICE 19\nHalden, 21.03.2025\nFor immediate release\n\nToday the Treasury designated two firms. The firms denied it on 2 March 2024.\n';
  assert.equal(segment(t).published, '2025-03-21');
  assert.equal(segment('NOTICE\nMirel, 4 April 2025\n\nThe ministry spoke on 1 May 2025 about it.\n').published, '2025-04-04');
  // (a sentence that starts with a place and a comma is no dateline)
  assert.notEqual(segment('NOTICE\n\nHalden, the capital, was quiet on 4 April 2025 and on 1 May 2025.\n').published, '2025-04-04');
});

test('a weekday before the date ("Thursday, June 12, 2025") is no place: the report keeps month precision for undated quotes', () => {
  const s = segment('THE LEDGER\nThursday, June 12, 2025\n\nThe Front said on 1 May 2025 that it would fight on.\n');
  assert.equal(s.published, '2025-06-12');
  assert.ok(!s.newsDateline);
  assert.ok(segment('NOTICE\nHalden, 21.03.2025\n\nToday the Treasury designated two firms.\n').newsDateline);
});

test('"For immediate release, 21 May 2024" under a press-release masthead dates the document', () => {
  const text = 'FEDERATION OF ESTMARK\nMINISTRY OF FINANCE\n\nPRESS RELEASE\nFor immediate release, 21 May 2024\n\nEstmark names three financiers\n\nThe Ministry today designated three men.\n';
  assert.equal(segment(text).published, '2024-05-21');
});
