// Relations through the whole pipeline (the built CLI's `extract`, the one pipeline), held to
// floors on the scorer's figures: on the development corpus, and on the bundled fictional
// examples with their pack. Skipped without the build or the scorer.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, CORPUS, EXAMPLES, EXAMPLES_GOLD, GOLD, SCORER, repoRoot, scoreWithCli } from '../helpers.js';

/** Raise when the extractor improves; never lower. */
const RELATION_F1_FLOOR = 0.85;
const EXAMPLES_RELATION_F1_FLOOR = 0.84;

const skip = !fs.existsSync(CLI) ? 'npm run build first' : !fs.existsSync(SCORER) && 'no scorer';

test('relation F1 on the development corpus stays above its floor', { skip: skip || (!fs.existsSync(CORPUS) && 'no corpus') }, () => {
  const total = scoreWithCli(CORPUS, GOLD);
  assert.ok(total['relation_f1']! >= RELATION_F1_FLOOR, `relation F1 ${total['relation_f1']} < ${RELATION_F1_FLOOR}`);
});

test('relation F1 on the fictional examples with their pack stays above its floor', { skip }, () => {
  const total = scoreWithCli(EXAMPLES, EXAMPLES_GOLD, '--pack', path.join(repoRoot(), 'examples', 'pack'));
  assert.ok(total['relation_f1']! >= EXAMPLES_RELATION_F1_FLOOR, `relation F1 ${total['relation_f1']} < ${EXAMPLES_RELATION_F1_FLOOR}`);
});
