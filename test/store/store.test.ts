import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/sqlite-store.js';
import { tempDir } from '../helpers.js';

const dir = tempDir();
const pipeline = createPipeline({ packs: [] });
const doc = (name: string, text: string) => pipeline.process(fromText(name, `/fixtures/${name}`, text, 'text/plain'));

const REPORT = 'May 2, 2024 Special Dispatch No. 12\n\nVarnia Hails The Front\n\nThe Guide of Varnia praised the Front on Thursday.\n\nHe said the valley would be free.[1]\n\n[1] VPA (Varnia), May 2, 2024.\n';

test('a new store is a WAL-mode SQLite file at the latest schema version', () => {
  const file = path.join(dir, 'wal.db');
  openStore(file).close();
  const db = new Database(file, { readonly: true });
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  db.close();
});

test('the same document ingested twice is stored once and reported unchanged', () => {
  const s = openStore(path.join(dir, 'twice.db'));
  const a = s.putDocument(doc('a.txt', REPORT));
  const b = s.putDocument(doc('copy-of-a.txt', REPORT));
  assert.equal(a.outcome, 'new');
  assert.equal(b.outcome, 'unchanged');
  assert.equal(b.id, a.id);
  assert.equal(s.counts().documents, 1);
  s.close();
});

test('a stored document keeps its text, layout, footnotes and publication metadata', () => {
  const s = openStore(path.join(dir, 'doc.db'));
  const { id } = s.putDocument(doc('r.txt', REPORT));
  const d = s.getDocument('r.txt')!;
  assert.equal(d.id, id);
  assert.equal(d.text, REPORT);
  assert.equal(d.published, '2024-05-02');
  assert.equal(d.series, 'Special Dispatch');
  assert.equal(d.number, '12');
  assert.equal(d.title, 'Varnia Hails The Front');
  assert.deepEqual(s.footnotes(id).map((f) => [f.n, f.outlet, f.date]), [[1, 'VPA', '2024-05-02']]);
  assert.ok(s.blocks(id).some((b) => b.kind === 'paragraph'));
  s.close();
});

test('full-text search finds passages with their document, whatever the diacritics', () => {
  const s = openStore(path.join(dir, 'search.db'));
  s.putDocument(doc('r.txt', REPORT.replace('valley', 'vallée')));
  const hits = s.search('vallee');
  assert.equal(hits.length, 1);
  assert.equal(hits[0]!.docName, 'r.txt');
  assert.match(hits[0]!.snippet, /«vallée»/);
  assert.deepEqual(s.search('nothing-like-this'), []);
  s.close();
});

test('an older store is migrated forward when opened', () => {
  const file = path.join(dir, 'old.db');
  const db = new Database(file);
  db.pragma('user_version = 0');
  db.close();
  const s = openStore(file);
  assert.equal(s.db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  s.close();
});

test('a store written by a newer version is refused, not damaged', () => {
  const file = path.join(dir, 'newer.db');
  const db = new Database(file);
  db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
  db.close();
  assert.throws(() => openStore(file), /newer Dossier/);
});

test('a failure inside a document leaves nothing of it behind', () => {
  const s = openStore(path.join(dir, 'atomic.db'));
  const good = doc('g.txt', REPORT);
  // A statement whose quote refers to a missing span makes the insert fail half-way.
  const bad = { ...doc('b.txt', REPORT + 'more\n'), statements: [{ quote: null as never, speaker: null }] };
  assert.throws(() => s.putDocument(bad));
  s.putDocument(good);
  assert.equal(s.counts().documents, 1);
  const blocks = s.db.prepare('SELECT count(*) AS n FROM blocks').get() as { n: number };
  assert.equal(blocks.n, s.blocks(1).length);
  s.close();
});
