import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/index.js';
import type { Pack } from '../../src/pack/types.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const region: Pack = {
  name: 'test-region',
  version: '0.1.0',
  actors: [{ id: 'channel_one', type: 'outlet', name: 'Varnia Channel One', medium: 'broadcast' }],
  lexicons: {},
};
const pipeline = createPipeline({ packs: [...loadPacks([]), region] });

test('a passage heard on an outlet the pack knows as a broadcaster is a broadcast', () => {
  const text =
    'May 3, 2025\n\nAccording to an analyst on Varnia Channel One, the border will stay closed. "We will not open it before the spring," he said.\n';
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const st = r.statements.find((s) => text.slice(s.quote.start, s.quote.end).startsWith('We will not open'));
  assert.equal(st?.medium, 'broadcast');
});

test('words about the passage itself win over the outlet it was heard on', () => {
  const text =
    'May 3, 2025\n\nIn a letter read on Varnia Channel One, the minister wrote: "We will not open the border before the spring."\n';
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.equal(r.statements[0]?.medium, 'letter');
});
