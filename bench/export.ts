// npm run bench (second part): exports stream. Builds a real store holding about a million
// statements (the development corpus ingested once, then its documents and their statements
// and claims copied by SQL), runs every export into a byte-counting sink, and prints the peak
// heap at a tenth of the rows and at all of them: flat memory means the exports stream.
//   node dist/bench/export.js --rows 1000000 --formats csv,graphml,ftm,stix
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arg, corpusDir } from './args.js';
import { benchExport } from '../src/export/bench.js';
import { createPipeline } from '../src/pipeline.js';
import { listFiles, readDoc } from '../src/read/index.js';
import { loadPacks } from '../src/pack/index.js';
import { openStore, type SqliteStore } from '../src/store/sqlite-store.js';

const rows = Number(arg('rows', '1000000'));
// STIX and FtM write ~5 KB and ~3 KB per statement: a million takes minutes, so they run on request.
const formats = arg('formats', 'csv,graphml').split(',').map((f) => f.trim()) as ('stix' | 'ftm' | 'graphml' | 'csv')[];

/** A store with about `target` statements: the corpus, its documents copied, their findings with them. */
function buildStore(file: string, target: number): SqliteStore {
  const store = openStore(file);
  const pipeline = createPipeline({ packs: loadPacks([]) });
  for (const f of listFiles([corpusDir]).files) store.putDocument(pipeline.process(readDoc(f)));
  const db = store.db;
  const base = Number((db.prepare('SELECT count(*) AS n FROM statements').get() as { n: number }).n);
  if (!base) throw new Error(`${corpusDir}: the corpus gave no statements to copy`);
  // Each copied document carries its statements ten times over, to keep the file small.
  const perDoc = 10;
  const copies = Math.max(0, Math.ceil((target - base) / (base * perDoc)));
  // Claims grow to about a tenth of the statements, as in real stores.
  const baseClaims = Number((db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n);
  const claimCopies = Math.ceil(target / 10 / Math.max(1, baseClaims));
  const docs = db.prepare('SELECT id FROM documents ORDER BY id').all() as { id: number }[];
  const copyDoc = db.prepare(`INSERT INTO documents (name, origin, media_type, hash, title, published, ref_date, series, number, url,
      publisher, raw, text, ingested_at)
    SELECT ? || name, origin, media_type, hash || ?, title, published, ref_date, series, number, url, publisher, raw, text, ingested_at
    FROM documents WHERE id = ?`);
  const copyStatements = db.prepare(`INSERT INTO statements (doc_id, quote_idx, start, end, text, speaker, date, medium, addressee,
      cited, occasion, parent_id, in_heading, insertions, themes)
    SELECT ?, quote_idx, start, end, text, speaker, date, medium, addressee, cited, occasion, NULL, in_heading, insertions, themes
    FROM statements WHERE doc_id = ?`);
  const copyClaims = db.prepare(`INSERT INTO claims (doc_id, subject, predicate, object, polarity, claimant, chain, hedge, ev_start,
      ev_end, date, reliability, credibility)
    SELECT ?, subject, predicate, object, polarity, claimant, chain, hedge, ev_start, ev_end, date, reliability, credibility
    FROM claims WHERE doc_id = ?`);
  const copyMentions = db.prepare(`INSERT INTO mentions (doc_id, key, surface, source, n, start, end)
    SELECT ?, key, surface, source, n, start, end FROM mentions WHERE doc_id = ?`);
  db.transaction(() => {
    for (let c = 1; c <= copies; c++) {
      for (const d of docs) {
        const id = Number(copyDoc.run(`copy${c}-`, `-${c}`, d.id).lastInsertRowid);
        for (let k = 0; k < perDoc; k++) copyStatements.run(id, d.id);
        if (c <= claimCopies) copyClaims.run(id, d.id);
        copyMentions.run(id, d.id);
      }
    }
  })();
  return store;
}

const mib = (b: number): string => `${(b / 2 ** 20).toFixed(0)} MiB`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-export-bench-'));
try {
  console.log(`\nexports (streamed into a byte-counting sink; CSV into files):`);
  for (const n of [Math.round(rows / 10), rows]) {
    const t0 = performance.now();
    const store = buildStore(path.join(dir, `s${n}.db`), n);
    const c = store.counts();
    console.log(`store: ${c.documents} documents, ${c.statements} statements, ${c.claims} claims (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    global.gc?.();
    const streamed = formats.filter((f): f is 'stix' | 'ftm' | 'graphml' => f !== 'csv');
    const csvDir = formats.includes('csv') ? { csvDir: path.join(dir, `csv${n}`) } : {};
    for (const r of await benchExport(store, { formats: streamed, ...csvDir })) {
      console.log(`  ${r.format.padEnd(8)} ${(r.bytes / 1e6).toFixed(0).padStart(6)} MB ${(r.ms / 1000).toFixed(1).padStart(7)} s  ${(r.bytes / 1e6 / (r.ms / 1000)).toFixed(1).padStart(6)} MB/s  peak heap ${mib(r.peakHeap)}`);
      global.gc?.();
    }
    store.close();
    fs.rmSync(path.join(dir, `csv${n}`), { recursive: true, force: true });
    fs.rmSync(path.join(dir, `s${n}.db`), { force: true });
  }
  console.log(`peak RSS of the process: ${mib(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
