import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CORPUS, CORPUS_FILES, GOLD, repoRoot, tempDir } from '../helpers.js';

/** Raise when the extractor improves; never lower. */
const RELATION_F1_FLOOR = 0.6;

test('relation F1 on the development corpus stays above its floor', { skip: !CORPUS_FILES.length || !fs.existsSync(GOLD) }, () => {
  const root = repoRoot();
  const out = path.join(tempDir(), 'claims.jsonl');
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  fs.writeFileSync(out, execFileSync(tsx, [path.join(root, 'scripts', 'score-claims.ts'), CORPUS], { encoding: 'utf8' }));
  const scorer = path.join(GOLD, '..', 'score.mjs');
  const r = JSON.parse(execFileSync('node', [scorer, '--gold', GOLD, '--docs', CORPUS, '--pred', out, '--json'], { encoding: 'utf8' })) as {
    total: { relation_f1: number };
  };
  assert.ok(r.total.relation_f1 >= RELATION_F1_FLOOR, `relation F1 ${r.total.relation_f1} < ${RELATION_F1_FLOOR}`);
});
