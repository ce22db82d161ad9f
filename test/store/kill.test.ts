// An ingest killed with SIGKILL mid-way leaves a store that opens and holds only whole documents.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/sqlite-store.js';
import { segment } from '../../src/segment/index.js';
import { CLI, EXAMPLES, tempDir } from '../helpers.js';

test('SIGKILL during ingest leaves every committed document whole and no partial one', async () => {
  const dir = tempDir();
  const docs = path.join(dir, 'docs');
  fs.mkdirSync(docs);
  const base = fs.readFileSync(path.join(EXAMPLES, 'varnia-dispatch.txt'), 'utf8');
  for (let i = 0; i < 600; i++) fs.writeFileSync(path.join(docs, `d${String(i).padStart(4, '0')}.txt`), `${base}\nCopy ${i}.\n`);
  const db = path.join(dir, 'killed.db');
  const child = spawn(process.execPath, [CLI, 'ingest', docs, '--db', db], { stdio: 'ignore' });
  // Wait until some documents are committed, then kill without warning.
  const deadline = Date.now() + 60_000;
  let committed = 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    if (!fs.existsSync(db)) continue;
    try {
      const probe = new Database(db, { readonly: true, fileMustExist: true });
      committed = (probe.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
      probe.close();
    } catch {
      continue; // schema not created yet
    }
    if (committed >= 5) break;
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.ok(committed >= 5, 'the ingest committed some documents before the kill');

  const s = openStore(db);
  assert.equal(s.db.pragma('integrity_check', { simple: true }), 'ok');
  const n = s.counts().documents;
  assert.ok(n >= committed && n < 600, `killed mid-way (${n} of 600 stored)`);
  for (const d of s.documents()) {
    const stored = s.getDocument(d.id)!;
    assert.equal(s.blocks(d.id).length, segment(stored.text).blocks.length, `${d.name} has all its blocks`);
  }
  const orphans = s.db.prepare('SELECT count(*) AS n FROM blocks WHERE doc_id NOT IN (SELECT id FROM documents)').get() as { n: number };
  assert.equal(orphans.n, 0);
  s.close();

  // Ingesting again completes the rest and skips what was already whole.
  const again = spawn(process.execPath, [CLI, 'ingest', docs, '--db', db, '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  again.stdout.on('data', (b: Buffer) => (out += b.toString()));
  const code = await new Promise((r) => again.once('exit', r));
  assert.equal(code, 0);
  const summary = JSON.parse(out) as { new: number; unchanged: number; failed: number };
  assert.equal(summary.unchanged, n);
  assert.equal(summary.new, 600 - n);
});
