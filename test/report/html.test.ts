// HTML rendering: one self-contained, escaped file that prints cleanly. The print test drives
// headless Chromium (playwright-core, /usr/bin/chromium) to make a PDF and reads it back with
// poppler's pdfinfo and pdftotext: Debian packages `chromium` and `poppler-utils`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { compileReport, renderHtml } from '../../src/report/index.js';
import { fromText } from '../../src/read/index.js';
import { openStore } from '../../src/store/sqlite-store.js';
import type { DocResult, Statement } from '../../src/types.js';
import { tempDir } from '../helpers.js';
import { ACTORS, fixtureStore, QUOTES } from '../export/fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function requireTool(file: string, pkg: string): void {
  assert.ok(fs.existsSync(file), `${file} is missing: install it with \`apt-get install -y ${pkg}\` (this test prints the report to PDF)`);
}

/** Prints `html` to an A4 PDF with headless Chromium; returns the PDF file. */
async function printPdf(html: string, dir: string): Promise<string> {
  requireTool(CHROMIUM, 'chromium');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // Nothing may be fetched: the report is self-contained.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    assert.deepEqual(requests, [], 'the report fetched something while loading');
    const file = path.join(dir, 'report.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    return file;
  } finally {
    await browser.close();
  }
}

function pages(pdf: string): number {
  requireTool('/usr/bin/pdfinfo', 'poppler-utils');
  const m = /^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  assert.ok(m, 'pdfinfo printed no page count');
  return Number(m[1]);
}

function pdfText(pdf: string, page?: number): string {
  requireTool('/usr/bin/pdftotext', 'poppler-utils');
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

test('the HTML is one self-contained file: inline CSS, no scripts, no external stylesheets, images or fonts', () => {
  const { store } = fixtureStore();
  const html = renderHtml(compileReport(store, {}));
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
  assert.doesNotMatch(html, /<script|<link|<img|@import|url\(|src=/i);
  store.close();
});

test('stored text is HTML-escaped: a quote cannot add markup', () => {
  const { store } = fixtureStore();
  const html = renderHtml(compileReport(store, { actors: ['reyvik'] }));
  assert.ok(html.includes('We thank Varnia for every rifle &amp; every *dinar* &lt;sent&gt; to us [1], 100% | &quot;all&quot; of it_'));
  assert.ok(html.includes('<title>Dossier report · Tomas Reyvik</title>'));
  assert.ok(!html.includes('<sent>'));
  assert.ok(!html.includes('<Leader>'));
  store.close();
});

test('every quote links to its numbered source note', () => {
  const { store } = fixtureStore();
  const r = compileReport(store, {});
  const html = renderHtml(r);
  for (const f of r.footnotes) {
    assert.ok(html.includes(`<li id="fn${f.n}" value="${f.n}">${f.docName}`), `source note ${f.n}`);
    assert.ok(html.includes(`<sup><a href="#fn${f.n}">${f.n}</a></sup>`), `reference ${f.n}`);
  }
  store.close();
});

test('printed to PDF by headless Chromium, a one-statement report is one page', async () => {
  const { store, dir } = fixtureStore();
  const pdf = await printPdf(renderHtml(compileReport(store, { actors: ['marrant'] })), dir);
  assert.equal(pages(pdf), 1);
  assert.ok(squash(pdfText(pdf)).includes(QUOTES.marrant1));
  store.close();
});

test('printed to PDF, the whole report holds every quote with its sources on at most three pages', async () => {
  const { store, dir } = fixtureStore();
  const pdf = await printPdf(renderHtml(compileReport(store, {})), dir);
  const n = pages(pdf);
  assert.ok(n >= 1 && n <= 3, `${n} pages`);
  const text = squash(pdfText(pdf));
  for (const q of Object.values(QUOTES)) assert.ok(text.includes(squash(q)), `quote missing from the PDF: ${q}`);
  assert.ok(text.includes('kestrel-thanks.txt, “Kestrel Brigades <Leader> Thanks Varnia & Its People”, cited: Varnia Today'));
  store.close();
});

test('a long report breaks over several pages without splitting any quote across a page break', async () => {
  const dir = tempDir('dossier-report-');
  const store = openStore(path.join(dir, 'long.db'));
  const sentences = Array.from({ length: 60 }, (_, i) => `Passage ${i + 1} of the long record, stated in full so that it wraps over two or three printed lines of the report page.`);
  const text = `A Long Record\n\n${sentences.map((s) => `Tomas Reyvik said: "${s}"`).join('\n\n')}\n`;
  const statements: Statement[] = sentences.map((s, i) => {
    const start = text.indexOf(s);
    return {
      quote: { start, end: start + s.length, id: i, blocks: [], insertions: [], inHeading: false },
      speaker: 'reyvik',
      date: `2023-11-${String((i % 28) + 1).padStart(2, '0')}`,
    };
  });
  const result: DocResult = {
    doc: fromText('long-record.txt', '/fixture/long-record.txt', text, 'text/plain'),
    seg: { blocks: [], footnotes: [], title: { start: 0, end: 13 }, published: '2023-11-30' },
    publisher: 'varnia-today',
    quotes: statements.map((s) => s.quote),
    mentions: [],
    statements,
    claims: [],
    themes: [],
    entities: ACTORS.filter((a) => a.key === 'reyvik'),
  };
  store.putDocument(result);
  const pdf = await printPdf(renderHtml(compileReport(store, { actors: ['reyvik'] })), dir);
  const n = pages(pdf);
  assert.ok(n >= 3, `expected several pages, got ${n}`);
  const perPage = Array.from({ length: n }, (_, i) => squash(pdfText(pdf, i + 1)));
  for (const s of sentences) {
    const holding = perPage.filter((p) => p.includes(s)).length;
    assert.equal(holding, 1, `"${s.slice(0, 20)}…" is not whole on exactly one page`);
  }
  store.close();
});
