// The dossier command as a user runs it: the built CLI in a child process, on a real store file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, EXAMPLES, tempDir } from '../helpers.js';

const dir = tempDir();
const run = (...args: string[]): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('ingest of the examples prints a summary and exits 0; again says nothing is new', () => {
  const db = path.join(dir, 'a.db');
  const first = run('ingest', EXAMPLES, '--db', db);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /^4 new, 0 unchanged, 0 failed/);
  const second = run('ingest', EXAMPLES, '--db', db);
  assert.equal(second.code, 0);
  assert.match(second.out, /0 new, 4 unchanged, 0 failed/);
  assert.match(second.out, /nothing new/);
});

test('a bad file is reported by name with the reason, the rest is ingested, and the exit code is 1', () => {
  const docs = path.join(dir, 'mixed');
  fs.mkdirSync(docs);
  fs.copyFileSync(path.join(EXAMPLES, 'wire-story.md'), path.join(docs, 'good.md'));
  fs.writeFileSync(path.join(docs, 'broken.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
  const r = run('ingest', docs, '--db', path.join(dir, 'b.db'), '--json');
  assert.equal(r.code, 1);
  assert.match(r.err, /broken\.txt: binary file/);
  const summary = JSON.parse(r.out) as { new: number; failed: number };
  assert.equal(summary.new, 1);
  assert.equal(summary.failed, 1);
});

test('search prints each hit with its passage and document', () => {
  const db = path.join(dir, 'c.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('search', 'Lenko', '--db', db, '--json');
  assert.equal(r.code, 0, r.err);
  const hits = r.out.trim().split('\n').map((l) => JSON.parse(l) as { docName: string; snippet: string });
  assert.ok(hits.length >= 1);
  assert.ok(hits.every((h) => /«Lenko»/.test(h.snippet)));
  assert.ok(hits.some((h) => h.docName === 'wire-story.md'));
});

test('show prints the segments of a document', () => {
  const db = path.join(dir, 'd.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('show', 'varnia-dispatch.txt', '--db', db, '--json');
  assert.equal(r.code, 0, r.err);
  const d = JSON.parse(r.out) as { published: string; number: string; blocks: { kind: string }[]; footnotes: { outlet: string }[] };
  assert.equal(d.published, '2025-03-12');
  assert.equal(d.number, '4821');
  assert.ok(d.blocks.some((b) => b.kind === 'caption'));
  assert.equal(d.footnotes.length, 6);
  const missing = run('show', 'no-such.txt', '--db', db);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no document 'no-such.txt'/);
});

test('extract prints one contract line per document', () => {
  const r = run('extract', EXAMPLES);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; entities: unknown[]; quotes: unknown[]; relations: unknown[] });
  assert.deepEqual(lines.map((l) => l.doc).sort(), ['interview-transcript.txt', 'saved-page.html', 'varnia-dispatch.txt', 'wire-story.md']);
  for (const l of lines) assert.ok(Array.isArray(l.entities) && Array.isArray(l.quotes) && Array.isArray(l.relations));
});

test('every command explains itself with an example', () => {
  for (const c of ['ingest', 'extract', 'search', 'show']) {
    const r = run(c, '--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /Example:\n\s+\$ dossier /, `${c} --help has an example`);
  }
});
