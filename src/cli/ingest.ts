// `dossier ingest`: files and folders into the store, with a progress bar on a terminal and a
// summary at the end. A file that cannot be used is reported and the rest goes on.
import { SingleBar, Presets } from 'cli-progress';
import type { Pipeline } from '../pipeline.js';
import { listFiles, readDoc, ReadError } from '../read/index.js';
import type { Store } from '../store/types.js';

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
}

/** Ingests every file under `paths` into `store`, one transaction per document. */
export function ingest(paths: readonly string[], store: Store, pipeline: Pipeline, opts: IngestOptions = {}): IngestSummary {
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
  for (const file of files) {
    bar?.increment(0, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    try {
      const doc = readDoc(file, opts.maxBytes);
      if (store.hasHash(doc.hash)) {
        results.push({ file, outcome: 'unchanged' });
      } else {
        const r = pipeline.process(doc);
        const { outcome, id } = store.putDocument(r);
        results.push({ file, outcome, id });
        if (outcome === 'new') {
          statements += r.statements.length;
          claims += r.claims.length;
          for (const e of r.entities) actors.add(e.key);
        }
      }
    } catch (e) {
      const err = e instanceof ReadError ? e : new ReadError(file, `could not be processed: ${(e as Error).message}`);
      opts.onError?.(err);
      results.push({ file, outcome: 'failed', reason: err.reason });
    }
    bar?.increment(1);
  }
  bar?.stop();
  const count = (o: string): number => results.filter((r) => r.outcome === o).length;
  return { new: count('new'), unchanged: count('unchanged'), failed: count('failed'), statements, claims, actors: actors.size, files: results };
}
