// Compiling a report: a title from the query only, counts, passages per speaker in date order
// quoted exactly with their sources, the actors' claims with grades, and contradictions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileReport } from '../../src/report/index.js';
import { DOC1, fixtureStore, QUOTES } from '../export/fixture.js';

test('the title is the fixed label followed by the actor names, the words and the dates of the query', () => {
  const { store } = fixtureStore();
  assert.equal(compileReport(store, { actors: ['varnia', 'reyvik'] }).title, 'Dossier report · Varnia, Tomas Reyvik');
  assert.equal(
    compileReport(store, { query: 'rifle', from: '2023-10-01', to: '2023-10-31' }).title,
    'Dossier report · “rifle” · 2023-10-01 – 2023-10-31',
  );
  store.close();
});

test('each passage is the stored statement text exactly, under its speaker, in date order', () => {
  const { store } = fixtureStore();
  const r = compileReport(store, {});
  assert.deepEqual(
    r.sections.map((s) => [s.speakerName, s.passages.map((p) => p.text)]),
    [
      ['Tomas Reyvik', [QUOTES.reyvik1, QUOTES.reyvik2]],
      ['Lio Marrant', [QUOTES.marrant1]],
    ],
  );
  store.close();
});

test('every passage has a footnote with document name and title, cited outlet, date and the span of the quote', () => {
  const { store } = fixtureStore();
  const r = compileReport(store, { actors: ['reyvik'] });
  const p = r.sections[0]!.passages[0]!;
  const f = r.footnotes.find((x) => x.n === p.footnote)!;
  assert.equal(f.docName, 'kestrel-thanks.txt');
  assert.equal(f.docTitle, 'Kestrel Brigades <Leader> Thanks Varnia & Its People');
  assert.equal(f.outlet, 'Varnia Today');
  assert.equal(f.date, '2023-10-07');
  assert.equal(DOC1.slice(f.span.start, f.span.end), QUOTES.reyvik1);
  store.close();
});

test('the summary counts statements, speakers, documents and claims, and names the most frequent', () => {
  const { store } = fixtureStore();
  const s = compileReport(store, {}).summary;
  assert.deepEqual([s.statements, s.speakers, s.documents, s.claims], [3, 2, 2, 5]);
  assert.deepEqual(s.dates, { from: '2023-10-07', to: '2023-10-09' });
  assert.deepEqual(s.topSpeakers[0], { name: 'Tomas Reyvik', count: 2 });
  store.close();
});

test('the claims are those involving the query actors, with claimant, grade and evidence text', () => {
  const { store } = fixtureStore();
  const r = compileReport(store, { actors: ['ardent'] });
  assert.deepEqual(
    r.claims.map((c) => [c.subjectName, c.predicate, c.objectName, c.claimantName, c.grade, c.evidence]),
    [['Kestrel Brigades', 'part_of', 'Ardent Front', 'Varnia Today', 'C3', 'which are part of the Ardent Front']],
  );
  assert.equal(r.sections.length, 0);
  store.close();
});

test('a claim asserted in one source and denied in another is a contradiction, both sides with their sources', () => {
  const { store } = fixtureStore();
  const r = compileReport(store, { actors: ['kestrel'] });
  assert.equal(r.contradictions.length, 1);
  const x = r.contradictions[0]!;
  assert.deepEqual([x.subjectName, x.predicate, x.objectName], ['Varnia', 'funds', 'Kestrel Brigades']);
  assert.deepEqual(x.asserted.map((c) => [c.claimantName, c.evidence]), [['Varnia Today', 'Varnia funds the Kestrel Brigades']]);
  assert.deepEqual(x.denied.map((c) => [c.claimantName, c.evidence]), [['Lio Marrant', QUOTES.marrant1]]);
  for (const c of [...x.asserted, ...x.denied]) assert.ok(r.footnotes.some((f) => f.n === c.footnote));
  store.close();
});

test('words and dates narrow the passages', () => {
  const { store } = fixtureStore();
  assert.deepEqual(compileReport(store, { query: 'never funded' }).sections.flatMap((s) => s.passages.map((p) => p.text)), [QUOTES.marrant1]);
  assert.deepEqual(compileReport(store, { from: '2023-10-08' }).sections.flatMap((s) => s.passages.map((p) => p.text)), [QUOTES.marrant1]);
  assert.equal(compileReport(store, { to: '2023-10-08' }).summary.statements, 2);
  store.close();
});
