// Measuring the exports: each one written into a sink that only counts bytes, with time and the
// highest heap seen while writing, so bench/ can show that memory stays flat as the store grows.
import fs from 'node:fs';
import { Writable } from 'node:stream';
import type { Store } from '../store/types.js';
import { exportCsv } from './csv.js';
import { exportFtm } from './ftm.js';
import { exportGraphml } from './graphml.js';
import { exportStix } from './stix.js';

export type ExportFormat = 'stix' | 'ftm' | 'graphml';

export interface ExportBench {
  readonly format: ExportFormat | 'csv';
  readonly bytes: number;
  readonly ms: number;
  /** Highest heapUsed sampled while writing (bytes). */
  readonly peakHeap: number;
}

/** A Writable that counts bytes and samples the heap every `every` chunks. */
function countingSink(every = 1000): { out: Writable; stats: () => { bytes: number; peakHeap: number } } {
  let bytes = 0;
  let chunks = 0;
  let peakHeap = process.memoryUsage().heapUsed;
  const out = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      bytes += Buffer.byteLength(chunk);
      if (++chunks % every === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      done();
    },
  });
  return { out, stats: () => ({ bytes, peakHeap: Math.max(peakHeap, process.memoryUsage().heapUsed) }) };
}

export const EXPORTERS: Readonly<Record<ExportFormat, (store: Store, out: Writable) => Promise<unknown>>> = {
  stix: exportStix,
  ftm: exportFtm,
  graphml: exportGraphml,
};

/** Runs the streaming exports (and CSV into `csvDir` when given) and reports size, time and peak heap of each. */
export async function benchExport(store: Store, opts: { formats?: readonly ExportFormat[]; csvDir?: string } = {}): Promise<ExportBench[]> {
  const results: ExportBench[] = [];
  for (const format of opts.formats ?? (Object.keys(EXPORTERS) as ExportFormat[])) {
    const { out, stats } = countingSink();
    const t0 = performance.now();
    await EXPORTERS[format](store, out);
    results.push({ format, ms: performance.now() - t0, ...stats() });
  }
  if (opts.csvDir) {
    const t0 = performance.now();
    const before = process.memoryUsage().heapUsed;
    const { files } = await exportCsv(store, opts.csvDir);
    const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
    results.push({ format: 'csv', bytes, ms: performance.now() - t0, peakHeap: Math.max(before, process.memoryUsage().heapUsed) });
  }
  return results;
}
