// npm run bench: the whole pipeline from text into a fresh store over the development corpus
// replicated to about 50 MB (each copy a distinct document), beside wink-nlp's readDoc over the
// same text in the same run. Prints MB/s, documents/s, peak memory, time per stage and ratios.
//   npm run bench -- --mb 50 --corpus ../shared/corpus
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { arg, corpusDir } from './args.js';
import { createPipeline, type StageTimes } from '../src/pipeline.js';
import { fromText } from '../src/read/index.js';
import { openStore } from '../src/store/sqlite-store.js';
import { loadPacksFor } from '../src/cli/packs.js';
import '../src/cli/register-packs.js';
import type { RawDoc } from '../src/types.js';
import { ingest } from '../src/cli/ingest.js';

const targetMb = Number(arg('mb', '50'));

const sources = fs
  .readdirSync(corpusDir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: fs.readFileSync(path.join(corpusDir, f), 'utf8') }));
if (!sources.length) throw new Error(`${corpusDir}: no .txt or .md documents to benchmark`);

// Each copy differs (a copy line at the end), so each is a distinct document by content hash.
const docs: RawDoc[] = [];
let bytes = 0;
for (let copy = 0; bytes < targetMb * 1e6; copy++) {
  for (const s of sources) {
    const text = `${s.text}\n\nCopy ${copy}.\n`;
    docs.push(fromText(`${copy}-${s.name}`, `bench:${copy}/${s.name}`, text, 'text/plain'));
    bytes += Buffer.byteLength(text);
  }
}
const mb = bytes / 1e6;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

function timed<T>(f: () => T): { ms: number; value: T } {
  const t0 = process.hrtime.bigint();
  const value = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

// Dossier: pipeline + store, one transaction per document, into a fresh file.
const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
const store = openStore(path.join(dbDir, 'bench.db'));
const times: StageTimes = {};
const pipeline = createPipeline({ packs: loadPacksFor([]), times });
const dossier = timed(() => {
  let statements = 0;
  for (const d of docs) {
    const r = pipeline.process(d);
    const t0 = process.hrtime.bigint();
    store.putDocument(r);
    times.store = (times.store ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6;
    statements += r.statements.length;
  }
  return statements;
});
store.close();
const dossierPeak = peakRss;

// The same documents as files, through `ingest` with extraction in worker threads.
const jobs = Math.max(1, os.availableParallelism());
const filesDir = path.join(dbDir, 'files');
fs.mkdirSync(filesDir);
docs.forEach((d, i) => fs.writeFileSync(path.join(filesDir, `${String(i).padStart(6, '0')}-${d.name}`), d.text));
const parStore = openStore(path.join(dbDir, 'parallel.db'));
const t0 = process.hrtime.bigint();
const summary = await ingest([filesDir], parStore, pipeline, { jobs, workerInit: { packDirs: [], known: [] } });
const parallelMs = Number(process.hrtime.bigint() - t0) / 1e6;
parStore.close();
fs.rmSync(dbDir, { recursive: true, force: true });

// Peer: wink-nlp's readDoc (tokens, sentences, entities) over the same texts.
const require = createRequire(import.meta.url);
type WinkDoc = { tokens(): { length(): number } };
const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(text: string): WinkDoc };
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const wink = timed(() => {
  let tokens = 0;
  for (const d of docs) tokens += nlp.readDoc(d.text).tokens().length();
  return tokens;
});
clearInterval(sampler);

const row = (label: string, ms: number): string =>
  `${label.padEnd(28)} ${(mb / (ms / 1000)).toFixed(2).padStart(8)} MB/s ${(docs.length / (ms / 1000)).toFixed(0).padStart(7)} docs/s ${(ms / 1000).toFixed(2).padStart(8)} s`;
console.log(`input: ${docs.length} documents, ${mb.toFixed(1)} MB (from ${corpusDir}), node ${process.version}, ${os.cpus().length} cores`);
console.log(row('dossier pipeline + store', dossier.ms), ` ${dossier.value} statements`);
console.log(row(`dossier ingest, ${jobs} workers`, parallelMs), ` ${summary.statements} statements (files read from disk)`);
console.log(row('wink-nlp readDoc', wink.ms), ` ${wink.value} tokens`);
console.log(`ratio (dossier speed / wink-nlp speed): ${(wink.ms / dossier.ms).toFixed(2)}x in one thread, ${(wink.ms / parallelMs).toFixed(2)}x with ${jobs} workers`);
console.log(`peak RSS: ${(dossierPeak / 2 ** 20).toFixed(0)} MiB during dossier, ${(peakRss / 2 ** 20).toFixed(0)} MiB overall`);
console.log('time per stage (s):');
const total = Object.values(times).reduce((a, b) => a + b, 0);
for (const [stage, ms] of Object.entries(times)) {
  console.log(`  ${stage.padEnd(12)} ${(ms / 1000).toFixed(2).padStart(7)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
}
const qa = (times.quotes ?? 0) + (times.attribute ?? 0);
console.log(`quotes + attribute add ${((100 * qa) / Math.max(1, total - qa)).toFixed(1)}% to the rest of the pipeline`);
