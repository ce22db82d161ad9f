// Extraction spread over worker threads, results handed back in the order of the files so a
// parallel ingest stores documents in the same order as a serial one. Bounded: at most two
// jobs per worker are in flight, so memory stays flat however many files there are.
import { Worker } from 'node:worker_threads';
import type { WorkerInit, WorkerJob, WorkerReply } from './messages.js';

/** Runs `files` through `jobs` workers and yields each reply in file order. */
export async function* extractInWorkers(files: readonly string[], jobs: number, init: WorkerInit): AsyncGenerator<WorkerReply> {
  const url = new URL('./extract-worker.js', import.meta.url);
  const workers = Array.from({ length: Math.max(1, jobs) }, () => new Worker(url, { workerData: init }));
  const done = new Map<number, WorkerReply>();
  const waiting = new Map<number, (r: WorkerReply) => void>();
  let failure: Error | null = null;
  const limit = 2 * workers.length;
  const idle: Worker[] = [];
  let next = 0;
  const send = (w: Worker): void => {
    // Replies waiting for the writer are bounded: a worker with nothing to do waits.
    if (next >= files.length) return;
    if (done.size >= limit) {
      idle.push(w);
      return;
    }
    const job: WorkerJob = { id: next, file: files[next]! };
    next++;
    w.postMessage(job);
  };
  for (const w of workers) {
    w.on('message', (r: WorkerReply) => {
      const resolve = waiting.get(r.id);
      if (resolve) {
        waiting.delete(r.id);
        resolve(r);
      } else done.set(r.id, r);
      send(w);
    });
    w.on('error', (e) => {
      failure = e;
      for (const resolve of waiting.values()) resolve({ id: -1, file: '', kind: 'error', reason: e.message });
    });
    send(w);
    send(w);
  }
  try {
    for (let id = 0; id < files.length; id++) {
      if (failure) throw failure;
      const r = done.get(id) ?? (await new Promise<WorkerReply>((resolve) => waiting.set(id, resolve)));
      done.delete(id);
      if (failure) throw failure;
      while (idle.length && done.size < limit && next < files.length) send(idle.shift()!);
      yield r;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
