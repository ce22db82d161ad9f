// Markdown rendering: GFM footnotes for every passage, and quotes escaped so that no stored
// character turns into markup while the text reads back exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileReport, mdInline, mdQuote, renderMarkdown } from '../../src/report/index.js';
import { fixtureStore, QUOTES } from '../export/fixture.js';

/** Undoes the escaping: what a CommonMark reader shows for escaped text. */
const unescape = (md: string): string => md.replace(/&#32;/g, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1');

test('every footnote reference has a GFM definition and every definition is referenced', () => {
  const { store } = fixtureStore();
  const md = renderMarkdown(compileReport(store, {}));
  const defs = new Set([...md.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1]));
  const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
  assert.ok(defs.size > 0);
  assert.deepEqual([...refs].sort(), [...defs].sort());
  store.close();
});

test('each quote is a block quote followed by its footnote reference, and reads back exactly', () => {
  const { store } = fixtureStore();
  const md = renderMarkdown(compileReport(store, { actors: ['reyvik'] }));
  const block = md.split('\n\n').find((b) => b.startsWith('> We thank'))!;
  assert.match(block, /\[\^1\]$/);
  assert.equal(unescape(block.replace(/^> /, '').replace(/\[\^1\]$/, '')), QUOTES.reyvik1);
  store.close();
});

test('Markdown syntax inside a quote is escaped: emphasis, HTML, links, tables, footnote markers', () => {
  const escaped = mdInline(QUOTES.reyvik1);
  assert.doesNotMatch(escaped, /(?<!\\)[*_<>|[\]&]/);
  assert.equal(unescape(escaped), QUOTES.reyvik1);
});

test('characters that open blocks at a line start are escaped there', () => {
  assert.equal(mdInline('- not a list'), '\\- not a list');
  assert.equal(mdInline('1. not a list'), '1\\. not a list');
  assert.equal(mdInline('# not a heading'), '\\# not a heading');
  assert.equal(mdInline('    not code'), '&#32;&#32;&#32;&#32;not code');
  assert.equal(mdInline('a well-known 2023-10-07 date'), 'a well-known 2023-10-07 date');
});

test('line breaks inside a quote stay line breaks and blank lines stay inside the block quote', () => {
  assert.equal(mdQuote('one\ntwo\n\nthree', '[^4]'), '> one\\\n> two\n>\n> three[^4]');
});

test('the footnote names document, title, cited outlet, date and span', () => {
  const { store } = fixtureStore();
  const md = renderMarkdown(compileReport(store, { actors: ['reyvik'] }));
  const def = md.split('\n').find((l) => l.startsWith('[^1]: '))!;
  assert.equal(
    unescape(def),
    '[^1]: kestrel-thanks.txt, “Kestrel Brigades <Leader> Thanks Varnia & Its People”, cited: Varnia Today, 2023-10-07, characters 114–199',
  );
  store.close();
});

test('contradictions are a two-column table, asserted beside denied', () => {
  const { store } = fixtureStore();
  const md = renderMarkdown(compileReport(store, { actors: ['varnia'] }));
  const at = md.indexOf('## Contradictions');
  assert.ok(at > 0);
  const table = md.slice(at).split('\n').filter((l) => l.startsWith('|'));
  assert.equal(table[0], '| Asserted | Denied |');
  assert.match(table[2]!, /^\| Varnia funds the Kestrel Brigades\[\^\d+\]<br>— Varnia Today, B2 \| We have never funded/);
  store.close();
});
