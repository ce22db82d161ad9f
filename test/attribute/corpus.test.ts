// Quotes and speakers through the whole pipeline (the built CLI's `extract`), held to floors on
// the scorer's figures: on the development corpus, and on the bundled fictional examples,
// which stand in for documents of other outlets and styles. Skipped without the scorer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, CORPUS, EXAMPLES, EXAMPLES_GOLD, GOLD, repoRoot, tempDir } from '../helpers.js';

const SCORER = path.join(repoRoot(), '..', 'shared', 'eval', 'score.mjs');

function score(docs: string, gold: string, ...extra: string[]): Record<string, number> {
  const out = path.join(tempDir(), 'pred.jsonl');
  const run = spawnSync(process.execPath, [CLI, ...extra, 'extract', docs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  fs.writeFileSync(out, run.stdout);
  const s = spawnSync(process.execPath, [SCORER, '--gold', gold, '--docs', docs, '--pred', out, '--json'], { encoding: 'utf8' });
  assert.equal(s.status, 0, s.stderr);
  return (JSON.parse(s.stdout) as { total: Record<string, number> }).total;
}

test('quotes and speakers on the development corpus stay above their floors', { skip: !fs.existsSync(CORPUS) || !fs.existsSync(SCORER) }, () => {
  const total = score(CORPUS, GOLD);
  assert.ok(total['quote_f1']! >= 0.95, `quote F1 ${total['quote_f1']}`);
  assert.ok(total['attribution']! >= 0.95, `attribution ${total['attribution']}`);
  assert.ok(total['date_acc']! >= 0.9, `date ${total['date_acc']}`);
  assert.ok(total['cited_acc']! >= 0.9, `cited ${total['cited_acc']}`);
  assert.ok(total['medium_acc']! >= 0.9, `medium ${total['medium_acc']}`);
});

test('quotes and speakers on the fictional examples, with no pack that knows them, stay above their floors', { skip: !fs.existsSync(SCORER) }, () => {
  const total = score(EXAMPLES, EXAMPLES_GOLD);
  assert.ok(total['quote_f1']! >= 0.95, `quote F1 ${total['quote_f1']}`);
  assert.ok(total['attribution']! >= 0.95, `attribution ${total['attribution']}`);
  assert.ok(total['date_acc']! >= 0.85, `date ${total['date_acc']}`);
  assert.ok(total['cited_acc']! >= 0.9, `cited ${total['cited_acc']}`);
  assert.ok(total['medium_acc']! >= 0.85, `medium ${total['medium_acc']}`);
});
