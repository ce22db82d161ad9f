// The run stage: what one document of a run tells about the others. Documents are extracted
// one by one, but a folder of one monitor's reports may name the monitor in all but one, and
// a capital is often named as a state's seat in one report only ("In
// Istrenne, Velonhar's foreign minister ...") and used for the state in the others
// ("commanded from Istrenne"). After a window of documents is extracted, the seats they show
// are pooled, and the documents that write such a city without saying whose it is are
// extracted again with the pooled seats. Later windows get the seats of earlier ones too.
import type { Pipeline } from '../pipeline.js';
import type { DocResult, RunMemory, Seat } from '../types.js';
import type { WorkerReply } from '../workers/messages.js';

/** The key of a publisher no document names (see resolve/publisher). */
const UNKNOWN_PUBLISHER = 'x:publisher';

/** How many documents of the run each publisher published (by key, with its name). */
export function countPublishers(results: readonly DocResult[], counts: Map<string, { name: string; n: number }>): void {
  for (const r of results) {
    if (r.publisher === UNKNOWN_PUBLISHER) continue;
    const name = r.entities.find((e) => e.key === r.publisher)?.name ?? r.publisher;
    const c = counts.get(r.publisher);
    counts.set(r.publisher, { name, n: (c?.n ?? 0) + 1 });
  }
}

/**
 * The publisher of the run for its documents that name none: the one at least two documents
 * name, more often than any other (a folder of one monitor's reports, one of which has lost
 * its masthead). None in a mixed folder with no clear majority.
 */
export function runPublisher(counts: ReadonlyMap<string, { name: string; n: number }>): string | undefined {
  const sorted = [...counts.values()].sort((a, b) => b.n - a.n);
  const [first, second] = sorted;
  return first && first.n >= 2 && (!second || first.n > second.n) ? first.name : undefined;
}

/** Documents held back at most, so memory stays bounded in a long run. */
export const SEAT_WINDOW = 256;

/** The seats of `results` added to `pool`; a city that two states claim is dropped for good. */
export function poolSeats(results: readonly DocResult[], pool: Map<string, Seat | null>): void {
  for (const r of results) {
    for (const s of r.seats ?? []) {
      const prev = pool.get(s.city);
      pool.set(s.city, prev === undefined || prev?.state === s.state ? s : null);
    }
  }
}

/** The seats of `pool` that `r` does not show itself but writes alone, next to the state it names. */
export function seatsFor(r: DocResult, pool: ReadonlyMap<string, Seat | null>): Map<string, Seat> {
  const own = new Set((r.seats ?? []).map((s) => s.city));
  const keys = new Set(r.mentions.filter((m) => m.type === 'state').map((m) => m.key));
  const out = new Map<string, Seat>();
  for (const [city, seat] of pool) {
    if (!seat || own.has(city) || !keys.has(seat.state)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])${city}(?![\\p{L}\\p{N}-])`, 'u');
    if (re.test(r.doc.text)) out.set(city, seat);
  }
  return out;
}

/**
 * Replies of a run with each document's result redone where other documents of the run (or,
 * given `memory`, documents stored by earlier runs) showed the seat of a capital it writes; in
 * the same order. Holds back at most SEAT_WINDOW replies.
 */
export async function* withRunSeats(replies: AsyncIterable<WorkerReply> | Iterable<WorkerReply>, pipeline: Pipeline,
  memory: RunMemory = { seats: [], publishers: [] }): AsyncGenerator<WorkerReply> {
  // (what the documents already in the store showed counts as if they were part of this run)
  const pool = new Map<string, Seat | null>();
  for (const s of memory.seats) {
    const prev = pool.get(s.city);
    pool.set(s.city, prev === undefined || prev?.state === s.state ? s : null);
  }
  const source: AsyncIterator<WorkerReply> | Iterator<WorkerReply> = Symbol.asyncIterator in replies ? replies[Symbol.asyncIterator]() : replies[Symbol.iterator]();
  // The next window fills while this one is handed on, so worker threads keep extracting
  // while the writer stores (one pull at a time; at most a window ahead).
  const incoming: WorkerReply[] = [];
  let ended = false;
  let pulling: Promise<void> | null = null;
  const pull = (): Promise<void> => {
    pulling ??= Promise.resolve(source.next()).then((r) => {
      pulling = null;
      if (r.done) ended = true;
      else incoming.push(r.value);
    });
    return pulling;
  };
  const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const publishers = new Map<string, { name: string; n: number }>();
  for (const p of memory.publishers) if (p.key !== UNKNOWN_PUBLISHER) publishers.set(p.key, { name: p.name, n: p.n });
  while (!ended || incoming.length) {
    while (!ended && incoming.length < SEAT_WINDOW) await pull();
    const window = incoming.splice(0, SEAT_WINDOW);
    const results = window.flatMap((r) => (r.kind === 'result' ? [r.result] : []));
    poolSeats(results, pool);
    countPublishers(results, publishers);
    const publisher = runPublisher(publishers);
    for (const r of window) {
      // (a failure is thrown where the next window is awaited, not here)
      if (!ended && incoming.length < SEAT_WINDOW) pull().catch(() => undefined);
      if (r.kind !== 'result') yield r;
      else {
        const seats = seatsFor(r.result, pool);
        const named = r.result.publisher === UNKNOWN_PUBLISHER ? publisher : undefined;
        // (a publisher alone is put in place; a seat needs the document read again)
        if (seats.size) yield { ...r, result: pipeline.process(r.result.doc, { seats, ...(named ? { publisher: named } : {}) }) };
        else yield named ? { ...r, result: pipeline.withPublisher(r.result, named) } : r;
      }
      // (the event loop turns between replies: worker messages are taken in)
      await tick();
    }
  }
  if (pulling) await pulling;
}
