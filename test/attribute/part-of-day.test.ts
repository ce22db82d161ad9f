import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';

const pipeline = createPipeline({ packs: loadPacks([]) });

test('"on the evening of March 8" dates the statement, not the footnote of the day after', () => {
  const text =
    'March 12, 2025 Special Dispatch No. 7\n\nA Title For The Report Here\n\n' +
    'On the evening of March 8, Varnian commander Sorin Halek issued a statement saluting "the brave men of the Front."[1]\n\n' +
    '[1] VPA (Varnia), March 9, 2025.\n';
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.equal(r.statements[0]?.date, '2025-03-08');
});

test('the one addressed answers in the same exchange: a reply in a phone call is a call', () => {
  const text =
    'March 12, 2025 Special Dispatch No. 7\n\nA Title For The Report Here\n\n' +
    'On March 9, President Teodor Maske held a telephone conversation with Milos Ferrant. Maske told Ferrant: "Your victory belongs to every free person in the region."\n\n' +
    'Ferrant thanked Maske for his support, saying: "We will not forget who stood beside us."\n';
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  const reply = r.statements.find((s) => text.slice(s.quote.start, s.quote.end).startsWith('We will not forget'));
  assert.equal(reply?.medium, 'call');
  assert.equal(reply?.date, '2025-03-09');
});

test('"to pass, this month, a bill" is a deadline, not the day a speech was given', () => {
  const text =
    'August 18, 2025\n\nA Title For The Report Here\n\n' +
    'On Saturday night, in a speech broadcast by Kestrel TV, the group\'s secretary-general, Ilkar Tavrosh, spoke for an hour. "We are not ashamed of our friends," Tavrosh told supporters.\n\n' +
    'Tavrosh also called on lawmakers to pass, this month, a bill expelling foreign forces.\n';
  const r = pipeline.process(fromText('t.txt', 't.txt', text, 'text/plain'));
  assert.equal(r.statements[0]?.date, '2025-08-16');
});
