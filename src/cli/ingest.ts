// `dossier ingest`: files and folders into the store, with a progress bar on a terminal and a
// summary at the end. A file that cannot be used is reported and the rest goes on. Extraction
// runs in this thread or in worker threads (--jobs); either way this thread is the one writer,
// one transaction per document, in the order of the files.
import { SingleBar, Presets } from 'cli-progress';
import type { Pipeline } from '../pipeline.js';
import { listFiles, readDoc, ReadError } from '../read/index.js';
import type { Store } from '../store/types.js';
import type { DocResult } from '../types.js';
import type { WorkerInit, WorkerReply } from '../workers/messages.js';
import { extractInWorkers } from '../workers/pool.js';
import { withRunSeats } from '../run/seats.js';

export interface IngestSummary {
  readonly new: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly statements: number;
  readonly claims: number;
  readonly actors: number;
  readonly files: readonly { file: string; outcome: 'new' | 'unchanged' | 'failed'; id?: number; reason?: string }[];
}

export interface IngestOptions {
  readonly maxBytes?: number;
  readonly progress?: boolean;
  /** Called for each failure as it happens (the CLI prints it at once). */
  readonly onError?: (e: ReadError) => void;
  /** Extract in this many worker threads (1 or less: in this thread). */
  readonly jobs?: number;
  /** What the workers need to build the same pipeline (with jobs > 1). */
  readonly workerInit?: Omit<WorkerInit, 'maxBytes'>;
}

/** Files this small in number are not worth starting workers for (each loads the packs). */
const MIN_FILES_FOR_WORKERS = 8;

/** Replies for each file, from this thread's pipeline. */
async function* extractHere(files: readonly string[], store: Store, pipeline: Pipeline, maxBytes?: number): AsyncGenerator<WorkerReply> {
  for (const [id, file] of files.entries()) {
    try {
      const doc = readDoc(file, maxBytes);
      yield store.hasHash(doc.hash) ? { id, file, kind: 'unchanged' } : { id, file, kind: 'result', result: pipeline.process(doc) };
    } catch (e) {
      yield { id, file, kind: 'error', reason: e instanceof ReadError ? e.reason : `could not be processed: ${(e as Error).message}` };
    }
  }
}

/** Ingests every file under `paths` into `store`, one transaction per document. */
export async function ingest(paths: readonly string[], store: Store, pipeline: Pipeline, opts: IngestOptions = {}): Promise<IngestSummary> {
  const { files, missing } = listFiles(paths);
  const results: IngestSummary['files'][number][] = [];
  for (const m of missing) {
    opts.onError?.(m);
    results.push({ file: m.file, outcome: 'failed', reason: m.reason });
  }
  const bar = opts.progress && files.length > 1 ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(files.length, 0, { file: '' });
  let statements = 0;
  let claims = 0;
  const actors = new Set<string>();
  const parallel = (opts.jobs ?? 1) > 1 && opts.workerInit && files.length >= MIN_FILES_FOR_WORKERS;
  const replies = parallel
    ? extractInWorkers(files, opts.jobs!, { ...opts.workerInit!, maxBytes: opts.maxBytes ?? 20 * 1024 * 1024 })
    : extractHere(files, store, pipeline, opts.maxBytes);
  // (the run stage: capitals one document shows carried to the others, and the seats and
  // publishers of the documents earlier runs stored: an ingest of one new report still learns them)
  for await (const r of withRunSeats(replies, pipeline, store.runMemory())) {
    const shown = r.file.length > 40 ? `…${r.file.slice(-39)}` : r.file;
    if (r.kind === 'error') {
      const err = new ReadError(r.file, r.reason);
      opts.onError?.(err);
      results.push({ file: r.file, outcome: 'failed', reason: r.reason });
    } else if (r.kind === 'unchanged') {
      results.push({ file: r.file, outcome: 'unchanged' });
    } else {
      const doc: DocResult = r.result;
      try {
        const { outcome, id } = store.putDocument(doc);
        results.push({ file: r.file, outcome, id });
        if (outcome === 'new') {
          statements += doc.statements.length;
          claims += doc.claims.length;
          for (const e of doc.entities) actors.add(e.key);
        }
      } catch (e) {
        const err = new ReadError(r.file, `could not be stored: ${(e as Error).message}`);
        opts.onError?.(err);
        results.push({ file: r.file, outcome: 'failed', reason: err.reason });
      }
    }
    bar?.increment(1, { file: shown });
  }
  bar?.stop();
  const count = (o: string): number => results.filter((x) => x.outcome === o).length;
  return { new: count('new'), unchanged: count('unchanged'), failed: count('failed'), statements, claims, actors: actors.size, files: results };
}
