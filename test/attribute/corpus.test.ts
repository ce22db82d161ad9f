// The quote and attribution stages on the development corpus, held to floors on the scorer's
// figures (../shared/eval/score.mjs). Skipped when the corpus is not beside the repository.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CORPUS, GOLD, repoRoot, tempDir } from '../helpers.js';

const SCORER = path.join(repoRoot(), '..', 'shared', 'eval', 'score.mjs');

test('quotes and speakers on the development corpus stay above their floors', { skip: !fs.existsSync(CORPUS) || !fs.existsSync(SCORER) }, () => {
  const out = path.join(tempDir(), 'quotes.jsonl');
  const tsx = path.join(repoRoot(), 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [path.join(repoRoot(), 'scripts', 'score-quotes.ts'), CORPUS], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  fs.writeFileSync(out, run.stdout);
  const score = spawnSync(process.execPath, [SCORER, '--gold', GOLD, '--docs', CORPUS, '--pred', out, '--json'], { encoding: 'utf8' });
  assert.equal(score.status, 0, score.stderr);
  const { total } = JSON.parse(score.stdout) as { total: Record<string, number> };
  assert.ok(total['quote_f1']! >= 0.95, `quote F1 ${total['quote_f1']}`);
  assert.ok(total['attribution']! >= 0.95, `attribution ${total['attribution']}`);
  assert.ok(total['date_acc']! >= 0.9, `date ${total['date_acc']}`);
  assert.ok(total['cited_acc']! >= 0.9, `cited ${total['cited_acc']}`);
  assert.ok(total['medium_acc']! >= 0.9, `medium ${total['medium_acc']}`);
});
