// A worker thread of a parallel ingest: builds the pipeline once, then reads and extracts the
// files it is sent and posts back what it found. It never writes to the store.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPacks } from '../pack/index.js';
import { createPipeline } from '../pipeline.js';
import { readDoc, ReadError } from '../read/index.js';
import { openStore, type SqliteStore } from '../store/sqlite-store.js';
import type { WorkerInit, WorkerJob, WorkerReply } from './messages.js';

const init = workerData as WorkerInit;
const pipeline = createPipeline({ packs: loadPacks(init.packDirs), ...(init.publisher ? { publisher: init.publisher } : {}) });
for (const e of init.known) if (!pipeline.matcher.resolver.actor(e.key)) pipeline.matcher.resolver.addKnown(e.key, e.names, e.type);
let store: SqliteStore | undefined;
try {
  store = init.db ? openStore(init.db, { readonly: true }) : undefined;
} catch {
  store = undefined; // a new store: nothing to skip
}

parentPort!.on('message', (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    const doc = readDoc(job.file, init.maxBytes);
    reply = store?.hasHash(doc.hash)
      ? { id: job.id, file: job.file, kind: 'unchanged' }
      : { id: job.id, file: job.file, kind: 'result', result: pipeline.process(doc) };
  } catch (e) {
    reply = { id: job.id, file: job.file, kind: 'error', reason: e instanceof ReadError ? e.reason : `could not be processed: ${(e as Error).message}` };
  }
  parentPort!.postMessage(reply);
});
