// Quotes and speakers through the whole pipeline (the built CLI's `extract`), held to floors on
// the scorer's figures: on the development corpus, and on the bundled fictional examples,
// which stand in for documents of other outlets and styles. Skipped without the scorer.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { CORPUS, EXAMPLES, EXAMPLES_GOLD, GOLD, SCORER, scoreWithCli } from '../helpers.js';

test('quotes and speakers on the development corpus stay above their floors', { skip: !fs.existsSync(CORPUS) || !fs.existsSync(SCORER) }, () => {
  const total = scoreWithCli(CORPUS, GOLD);
  assert.ok(total['quote_f1']! >= 0.95, `quote F1 ${total['quote_f1']}`);
  assert.ok(total['attribution']! >= 0.95, `attribution ${total['attribution']}`);
  assert.ok(total['date_acc']! >= 0.9, `date ${total['date_acc']}`);
  assert.ok(total['cited_acc']! >= 0.9, `cited ${total['cited_acc']}`);
  assert.ok(total['medium_acc']! >= 0.9, `medium ${total['medium_acc']}`);
});

test('quotes and speakers on the fictional examples, with no pack that knows them, stay above their floors', { skip: !fs.existsSync(SCORER) }, () => {
  const total = scoreWithCli(EXAMPLES, EXAMPLES_GOLD);
  assert.ok(total['quote_f1']! >= 0.95, `quote F1 ${total['quote_f1']}`);
  assert.ok(total['attribution']! >= 0.95, `attribution ${total['attribution']}`);
  assert.ok(total['date_acc']! >= 0.85, `date ${total['date_acc']}`);
  assert.ok(total['cited_acc']! >= 0.9, `cited ${total['cited_acc']}`);
  assert.ok(total['medium_acc']! >= 0.85, `medium ${total['medium_acc']}`);
});
