// Quote finding, one behaviour per test, on fictional text (Varnia, Ostrava, Sentinel Daily).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../src/quotes/index.js';
import { segment } from '../../src/segment/index.js';

const spans = (text: string): string[] => findQuotes(text, segment(text)).map((q) => text.slice(q.start, q.end));

test('a straight double quote spans from inside the opening mark to before the closing mark', () => {
  assert.deepEqual(spans('Petar Lenko said: "We will not retreat from Ostrava." Then he left.\n'), ['We will not retreat from Ostrava.']);
});

test('curly double quotes pair', () => {
  assert.deepEqual(spans('Lenko said: \u201cThe border stays closed until spring.\u201d\n'), ['The border stays closed until spring.']);
});

test('angle quotes pair', () => {
  assert.deepEqual(spans('Tolan declared: \u00abThe valley belongs to its people.\u00bb\n'), ['The valley belongs to its people.']);
});

test('a single mark used as a quote mark is a quote, an apostrophe is not', () => {
  assert.deepEqual(spans("Varnia's envoy Ra'ad Lenko said 'we stand with the valley and its fighters' on Monday.\n"), ['we stand with the valley and its fighters']);
});

test('a quote inside a quote is its own quote with its parent', () => {
  const text = 'Tolan said: "Our enemies told us \'you will never see the sea again,\' and they were wrong."\n';
  const qs = findQuotes(text, segment(text));
  assert.equal(qs.length, 2);
  assert.equal(text.slice(qs[1]!.start, qs[1]!.end), 'you will never see the sea again,');
  assert.equal(qs[1]!.parent, qs[0]!.id);
});

test('a quoted single word inside a quote is a term, not a quote', () => {
  assert.deepEqual(spans('Tolan said: "Everyone speaks of \'defeat.\' I speak of the future."\n'), ['Everyone speaks of \'defeat.\' I speak of the future.']);
});

test('a passage over several paragraphs, each re-opened with a mark, is one quote', () => {
  const text = 'Tolan said:\n\n"The first point is that we are strong.\n\n"The second point is that we are patient."\n';
  assert.deepEqual(spans(text), ['The first point is that we are strong.\n\n"The second point is that we are patient.']);
});

test('a passage runs over a photo credit line between its paragraphs', () => {
  const text = 'Tolan said:\n\n"The first point is that we are strong.\n\nSupreme Guide Arvid Tolan (Source: Varnia Press Agency, Varnia, May 2, 2024)\n\n"The second point is that we are patient."\n';
  const qs = findQuotes(text, segment(text));
  assert.equal(qs.length, 1);
  assert.ok(text.slice(qs[0]!.start, qs[0]!.end).endsWith('we are patient.'));
});

test('a mark left open at a paragraph end closes there, before a footnote reference', () => {
  const text = 'In response, Lenko added: "The road to Ostrava is open.[4]\n\nThe talks ended at noon.\n';
  assert.deepEqual(spans(text), ['The road to Ostrava is open.']);
});

test('a quote closed with an opening mark still closes', () => {
  assert.deepEqual(spans('Lenko said \u201cwe have waited long enough\u201c and walked out.\n'), ['we have waited long enough']);
});

test('square-bracket insertions stay in the span and are listed', () => {
  const text = 'Tolan said: "This regime [Ostrava] will fall."\n';
  const [q] = findQuotes(text, segment(text));
  assert.equal(text.slice(q!.start, q!.end), 'This regime [Ostrava] will fall.');
  assert.deepEqual(q!.insertions.map((s) => text.slice(s.start, s.end)), ['[Ostrava]']);
});

test('a quote in a heading is marked inHeading', () => {
  const text = 'May 2, 2024\n\nSupreme Guide Arvid Tolan: "The Valley Will Be Free Again"\n\nTolan said: "The valley will be free again."\n';
  const qs = findQuotes(text, segment(text));
  assert.deepEqual(qs.map((q) => q.inHeading), [true, false]);
});

test('a quoted label directly before a name is dropped', () => {
  assert.deepEqual(spans('Varnia praised the "valley resistance organization" Crimson Front for its attack.\n'), []);
});

test('a quoted operation name is dropped', () => {
  assert.deepEqual(spans('The army launched Operation "Winter Gate" on Monday.\n'), []);
});

test('a quoted single word is dropped', () => {
  assert.deepEqual(spans('According to an "exclusive" report by Sentinel Daily, the envoy left.\n'), []);
});

test('a short quote that is attributed speech is kept', () => {
  assert.deepEqual(spans('Noting that Ostrava is "a thief [and] a liar", he added nothing more.\n'), ['a thief [and] a liar']);
});

test('transcript turns without quote marks are quotes spanning the text after "Name: "', () => {
  const text = 'Asked about the border, the envoy answered.\n\nVera Lind: Is the border open?\n\nPetar Lenko: It is closed. [The government] decided it.\n\nVera Lind: Until when?\n\nPetar Lenko: Until spring.\n';
  assert.deepEqual(spans(text), ['Is the border open?', 'It is closed. [The government] decided it.', 'Until when?', 'Until spring.']);
});

test('a single "Label: text" line in a report is not a transcript turn', () => {
  assert.deepEqual(spans('The council met on Monday.\n\nNote: The figures are provisional.\n\nThe vote is on Friday.\n'), []);
});

test('a short title-case name with the comma inside the marks is a name, not a quote', () => {
  assert.deepEqual(spans('Officials group the three militias together as the "Circle of Steadfastness," alongside two others.\n'), []);
});

test('a name given with "call the", "termed the" is no quote: \'which residents call the "school on the hill."\'', () => {
  assert.deepEqual(spans('The camp sits near a college which residents call the "school on the hill." It is guarded.\n'), []);
  assert.deepEqual(spans('Contractors build what is officially termed the "security belt." The work goes on.\n'), []);
  assert.deepEqual(spans('Fighters collect what they call the "road fee" at a checkpoint.\n'), []);
});

test('"Q:" and "A:" in an explainer are the publisher\'s own questions and answers, no turns; in an interview\'s transcript they are', () => {
  const body = 'Q: Who backs the Front?\n\nA: Varnia, above all, according to diplomats.\n\nQ: Does Varnia deny it?\n\nA: It admits only political sympathy.\n\nQ: What next?\n\nA: Talks, perhaps.\n';
  const explainer = `EXPLAINER: THE VALLEY WAR\n\n${body}`;
  assert.equal(findQuotes(explainer, segment(explainer)).length, 0);
  const interview = `Transcript of an interview with the envoy\n\n${body}`;
  assert.ok(findQuotes(interview, segment(interview)).length >= 3);
});
