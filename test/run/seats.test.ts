// The run stage: seats one document shows, pooled for the others; a city two states claim is neither's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPacks } from '../../src/pack/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { fromText } from '../../src/read/index.js';
import { countPublishers, poolSeats, runPublisher, seatsFor, withRunSeats } from '../../src/run/seats.js';
import type { Seat } from '../../src/types.js';
import type { WorkerReply } from '../../src/workers/messages.js';

const pipeline = createPipeline({ packs: loadPacks([]) });
const doc = (name: string, text: string) => pipeline.process(fromText(name, name, text, 'text/plain'));

const teaches = doc('a.txt', "In Halvane, Ostrevia's foreign minister, Ravel Dusk, said the talks would go on.\n");
const uses = doc('b.txt', "Ostrevia's foreign ministry denies any role. The Marsh Brigades are paid, armed and commanded from Halvane, the monitors say.\n");

test('a document shows the seat its officials act in; another that writes the city alone gets it', () => {
  assert.deepEqual(teaches.seats?.map((s) => s.city), ['Halvane']);
  const pool = new Map<string, Seat | null>();
  poolSeats([teaches, uses], pool);
  assert.deepEqual([...seatsFor(uses, pool).keys()], ['Halvane']);
  // (the document that showed it needs nothing from the pool)
  assert.equal(seatsFor(teaches, pool).size, 0);
});

test('a city two documents give to two states is neither\'s', () => {
  const other = doc('c.txt', "In Halvane, Kessaria's foreign minister, Ida Lorne, said the talks would go on.\n");
  const pool = new Map<string, Seat | null>();
  poolSeats([teaches, other], pool);
  assert.equal(pool.get('Halvane'), null);
  assert.equal(seatsFor(uses, pool).size, 0);
});

test('withRunSeats redoes only the documents that need a seat, in order', async () => {
  const replies: WorkerReply[] = [
    { id: 0, file: 'b.txt', kind: 'result', result: uses },
    { id: 1, file: 'bad.txt', kind: 'error', reason: 'bad.txt: not UTF-8' },
    { id: 2, file: 'a.txt', kind: 'result', result: teaches },
  ];
  const out: WorkerReply[] = [];
  for await (const r of withRunSeats(replies, pipeline)) out.push(r);
  assert.deepEqual(out.map((r) => r.file), ['b.txt', 'bad.txt', 'a.txt']);
  const b = out[0]!;
  assert.ok(b.kind === 'result' && b.result !== uses, 'b.txt was extracted again');
  assert.ok(out[2]!.kind === 'result' && out[2]!.result === teaches, 'a.txt was left as it was');
  const name = (r: typeof uses, k: string) => r.entities.find((e) => e.key === k)?.name;
  const arms = b.kind === 'result' ? b.result.claims.filter((c) => c.predicate === 'arms').map((c) => `${name(b.result, c.subject)} arms ${name(b.result, c.object)}`) : [];
  assert.ok(arms.some((t) => t.startsWith('Ostrevia') && t.endsWith('Marsh Brigades')), JSON.stringify(arms));
});

test('a document that names no publisher takes the one most documents of the run name (two at least, and more than any other)', async () => {
  const signed = (n: number) => doc(`s${n}.txt`, `Halden Media Watch\n\nSpecial Dispatch No. ${n}\n\nA Report\n\nThe Marsh Brigades attacked the Ridge Guardians.\n`);
  const unsigned = doc('u.txt', 'A Report Without A Masthead\n\nThe Marsh Brigades attacked the Ridge Guardians.\n');
  assert.equal(unsigned.publisher, 'x:publisher');
  const replies: WorkerReply[] = [signed(1), unsigned, signed(2)].map((result, id) => ({ id, file: result.doc.name, kind: 'result', result }));
  const out: WorkerReply[] = [];
  for await (const r of withRunSeats(replies, pipeline)) out.push(r);
  const u = out[1]!;
  assert.ok(u.kind === 'result');
  assert.equal(u.result.publisher, signed(3).publisher);
  assert.ok(u.result.claims.every((c) => c.claimant === u.result.publisher), JSON.stringify(u.result.claims));
  // (one signed document is no majority)
  const counts = new Map<string, { name: string; n: number }>();
  countPublishers([signed(1), unsigned], counts);
  assert.equal(runPublisher(counts), undefined);
});

test('withPublisher puts the publisher in place as extracting again with it would', () => {
  const text = 'A Report Without A Masthead\n\nThe Marsh Brigades attacked the Ridge Guardians. "We will win," Aurel Dravan, the Marsh Brigades\' leader, said.\n';
  const bare = doc('u.txt', text);
  const swapped = pipeline.withPublisher(bare, 'Halden Media Watch');
  const again = pipeline.process(fromText('u.txt', 'u.txt', text, 'text/plain'), { publisher: 'Halden Media Watch' });
  const view = (r: typeof bare) => r.claims.map((c) => [c.subject, c.predicate, c.object, c.claimant, c.chain.join('>'), `${c.grade?.reliability}${c.grade?.credibility}`].join(' ')).sort();
  assert.equal(swapped.publisher, again.publisher);
  assert.deepEqual(view(swapped), view(again));
  assert.ok(swapped.entities.some((e) => e.key === again.publisher) && !swapped.entities.some((e) => e.key === 'x:publisher'));
});

test('an ingest of one document learns the seats and the publisher that earlier ingests stored', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { ingest } = await import('../../src/cli/ingest.js');
  const { openStore } = await import('../../src/store/sqlite-store.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-memory-'));
  try {
    const write = (name: string, text: string): string => {
      const f = path.join(dir, name);
      writeFileSync(f, text);
      return f;
    };
    const a = write('a.txt', `Halden Media Watch\n\nSpecial Dispatch No. 1\n\nA Report\n\n${teaches.doc.text}`);
    const b = write('b.txt', 'Halden Media Watch\n\nSpecial Dispatch No. 2\n\nA Report\n\nThe Marsh Brigades attacked the Ridge Guardians.\n');
    const c = write('c.txt', `A Report Without A Masthead\n\n${uses.doc.text}`);
    const db = path.join(dir, 'store.db');
    let store = openStore(db);
    await ingest([a, b], store, pipeline);
    const memory = store.runMemory();
    assert.deepEqual(memory.seats.map((s) => s.city), ['Halvane']);
    assert.equal(memory.publishers[0]?.n, 2);
    store.close();
    // (a second run, of the unsigned document alone)
    store = openStore(db);
    await ingest([c], store, pipeline);
    const claims = [...store.claims({})].filter((x) => x.docName === 'c.txt');
    assert.ok(claims.some((x) => x.predicate === 'arms' && x.subjectName.startsWith('Ostrevia') && x.objectName === 'Marsh Brigades'), JSON.stringify(claims));
    assert.ok(claims.every((x) => x.claimantName === 'Halden Media Watch'), JSON.stringify(claims.map((x) => x.claimantName)));
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
