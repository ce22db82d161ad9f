#!/usr/bin/env node
// `dossier`: the command line. Each command is a thin layer over the pipeline and the store;
// `--json` prints records for scripts. Exit codes: 0 done, 1 some input failed, 2 bad usage.
import fs from 'node:fs';
import os from 'node:os';
import { Command, Option } from 'commander';
import { ingest } from './ingest.js';
import { listFiles, readDoc, ReadError } from '../read/index.js';
import { toContract } from '../export/contract.js';
import { withRunSeats } from '../run/seats.js';
import type { WorkerReply } from '../workers/messages.js';
import { importStix } from '../export/stix-ingest.js';
import { createPipeline, type Pipeline } from '../pipeline.js';
import { openStore, type SqliteStore } from '../store/sqlite-store.js';
import { loadPacksFor } from './packs.js';
import './register-packs.js';
import { registerActorCommands } from './actor-commands.js';
import { registerClaimCommands } from './claim-commands.js';
import { registerOutputCommands } from './output-commands.js';
import type { Resolver } from '../resolve/resolver.js';
import { findContradictions } from '../claims/index.js';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command();

program
  .name('dossier')
  .description('A sourced record of statements, actors and claims, built from monitoring documents.')
  .version('0.1.0')
  .option('--db <file>', 'the store (one SQLite file)', 'dossier.db')
  .option('--pack <dir>', 'a domain pack to load beside the built-in one (repeat for more)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .showHelpAfterError('(add --help for usage)');

interface Globals {
  db: string;
  pack?: string[];
}
const globals = (): Globals => program.opts<Globals>();

let pipelineCache: Pipeline | null = null;
function pipelineFor(publisher?: string, known?: SqliteStore): Pipeline {
  const p = publisher || !pipelineCache ? createPipeline({ packs: loadPacksFor(globals().pack ?? []), ...(publisher ? { publisher } : {}) }) : pipelineCache;
  if (!publisher) pipelineCache = p;
  // Actors in no pack that earlier ingests stored: later mentions of them merge.
  if (known) {
    const r = p.matcher.resolver;
    for (const e of known.knownNames()) if (!r.actor(e.key)) r.addKnown(e.key, e.names, e.type);
  }
  return p;
}

/** A resolver over the packs and the entities already in `known`. */
function resolverFor(known?: SqliteStore): Resolver {
  return pipelineFor(undefined, known).matcher.resolver;
}

function store(readonly = false): SqliteStore {
  const file = globals().db;
  if (readonly && !fs.existsSync(file)) {
    throw new Error(`no store at ${file}: ingest documents first (dossier ingest PATH --db ${file}) or pass --db FILE`);
  }
  return openStore(file, { readonly });
}

const print = (o: unknown): void => {
  process.stdout.write(`${JSON.stringify(o)}\n`);
};

program
  .command('ingest')
  .description('Read files and folders (text, Markdown, HTML) into the store. Unchanged documents are skipped.')
  .argument('<paths...>', 'files or folders (read recursively)')
  .option('--max-bytes <n>', 'skip files larger than this', (v) => Number(v), 20 * 1024 * 1024)
  .option('--publisher <name>', "the documents' publisher, when they do not name it")
  .option('--jobs <n>', 'extract in this many worker threads (default: the number of cores)', (v) => Number(v), Math.max(1, os.availableParallelism()))
  .option('--json', 'print the summary as JSON')
  .addOption(new Option('--format <format>', 'what the files are: documents, or STIX 2.1 bundles to read back').choices(['documents', 'stix']).default('documents'))
  .addHelpText('after', '\nExamples:\n  $ dossier ingest examples/ reports/2023 --db monitor.db\n  $ dossier ingest --format stix bundle.json')
  .action(async (paths: string[], o: { maxBytes: number; publisher?: string; json?: boolean; format: string; jobs: number }) => {
    const s = store();
    try {
      if (o.format === 'stix') {
        let failed = 0;
        for (const file of paths) {
          try {
            const r = importStix(s, file);
            const summary = { file, documents: r.documents, actors: r.entities.length, claims: r.claims.length, statements: r.statements.length };
            if (o.json) print(summary);
            else process.stdout.write(`${file}: ${r.documents.new} new documents, ${r.documents.unchanged} unchanged; ${summary.actors} actors, ${summary.claims} claims, ${summary.statements} statements\n`);
          } catch (e) {
            failed++;
            process.stderr.write(`dossier: ${file}: ${(e as Error).message}\n`);
          }
        }
        process.exitCode = failed ? 1 : 0;
        return;
      }
      const summary = await ingest(paths, s, pipelineFor(o.publisher, s), {
        maxBytes: o.maxBytes,
        jobs: o.jobs,
        workerInit: {
          packDirs: globals().pack ?? [],
          ...(o.publisher ? { publisher: o.publisher } : {}),
          known: [...s.knownNames()],
          db: globals().db,
        },
        progress: process.stderr.isTTY && !o.json,
        onError: (e) => process.stderr.write(`dossier: ${e.file}: ${e.reason}\n`),
      });
      if (o.json) print(summary);
      else {
        const c = s.counts();
        process.stdout.write(
          `${summary.new} new, ${summary.unchanged} unchanged, ${summary.failed} failed; ` +
            `${summary.statements} statements, ${summary.claims} claims, ${summary.actors} actors in the new documents\n` +
            `store ${globals().db}: ${c.documents} documents, ${c.statements} statements, ${c.claims} claims, ${c.entities} actors\n`,
        );
        if (summary.unchanged && !summary.new) process.stdout.write('nothing new: every document was already in the store\n');
      }
      process.exitCode = summary.failed ? 1 : 0;
    } finally {
      s.close();
    }
  });

program
  .command('extract')
  .description('Run the pipeline on documents without a store and print what it finds (the JSONL extraction contract).')
  .argument('<paths...>', 'files or folders')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
  .option('--publisher <name>', "the documents' publisher, when they do not name it")
  .addHelpText('after', '\nExample:\n  $ dossier extract ../shared/corpus --format jsonl > out.jsonl')
  .action(async (paths: string[], o: { publisher?: string }) => {
    const pipeline = pipelineFor(o.publisher);
    const { files, missing } = listFiles(paths);
    let failed = missing.length;
    for (const m of missing) process.stderr.write(`dossier: ${m.file}: ${m.reason}\n`);
    function* replies(): Generator<WorkerReply> {
      for (const [id, file] of files.entries()) {
        try {
          yield { id, file, kind: 'result', result: pipeline.process(readDoc(file)) };
        } catch (e) {
          yield { id, file, kind: 'error', reason: e instanceof ReadError ? e.message : `${file}: ${(e as Error).message}` };
        }
      }
    }
    // (the run stage: capitals one document shows carried to the others)
    for await (const r of withRunSeats(replies(), pipeline)) {
      if (r.kind === 'result') print(toContract(r.result));
      else {
        failed++;
        process.stderr.write(`dossier: ${r.kind === 'error' ? r.reason : r.file}\n`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  });

program
  .command('search')
  .description('Full-text search over document passages and statements; each hit with its passage and document.')
  .argument('<words...>', 'words that must all occur')
  .option('--limit <n>', 'most hits to print', (v) => Number(v), 20)
  .option('--json', 'print hits as JSON lines')
  .addHelpText('after', '\nExample:\n  $ dossier search Soleimani planning')
  .action((words: string[], o: { limit: number; json?: boolean }) => {
    const s = store(true);
    try {
      const hits = s.search(words.join(' '), o.limit);
      for (const h of hits) {
        if (o.json) print(h);
        else process.stdout.write(`${h.docName} [${h.kind} ${h.span?.start}-${h.span?.end}]\n  ${h.snippet}\n`);
      }
      if (!hits.length && !o.json) process.stdout.write('no matches\n');
    } finally {
      s.close();
    }
  });

program
  .command('show')
  .description("A document's segments: title, dateline, series, headings, paragraphs, captions, footnotes.")
  .argument('<doc>', 'document id, file name or content hash')
  .option('--json', 'print as JSON')
  .addHelpText('after', '\nExample:\n  $ dossier show varnia-dispatch.txt')
  .action((doc: string, o: { json?: boolean }) => {
    const s = store(true);
    try {
      const d = s.getDocument(doc);
      if (!d) {
        process.stderr.write(`dossier: no document '${doc}' in ${globals().db} (list them with: dossier search WORD, or ingest it first)\n`);
        process.exitCode = 2;
        return;
      }
      const blocks = s.blocks(d.id).map((b) => ({ ...b, text: d.text.slice(b.start, b.end) }));
      const footnotes = s.footnotes(d.id);
      const { text: _text, ...meta } = d;
      if (o.json) {
        print({ ...meta, blocks, footnotes });
        return;
      }
      process.stdout.write(`${d.name}  (${d.id}, ${d.mediaType}, ${d.hash.slice(0, 12)})\n`);
      if (d.title) process.stdout.write(`title:     ${d.title}\n`);
      if (d.published) process.stdout.write(`published: ${d.published}\n`);
      if (d.series) process.stdout.write(`series:    ${d.series} No. ${d.number ?? '?'}\n`);
      if (d.url) process.stdout.write(`url:       ${d.url}\n`);
      for (const b of blocks) {
        const t = b.text.length > 160 ? `${b.text.slice(0, 157)}...` : b.text;
        process.stdout.write(`${String(b.idx).padStart(4)} ${b.kind.padEnd(9)} ${t.replace(/\s+/g, ' ')}\n`);
      }
      for (const f of footnotes) {
        process.stdout.write(`     [${f.n}] outlet: ${f.outlet ?? '-'}  country: ${f.country ?? '-'}  date: ${f.date ?? '-'}${f.url ? `  ${f.url}` : ''}\n`);
      }
    } finally {
      s.close();
    }
  });

program
  .command('status')
  .description('What the store holds: counts, the most quoted speakers, the most claimed relations, contradictions.')
  .option('--json', 'print as JSON')
  .addHelpText('after', '\nExample:\n  $ dossier status --db monitor.db')
  .action((o: { json?: boolean }) => {
    const s = store(true);
    try {
      const counts = s.counts();
      const speakers = [...s.entities()].filter((e) => e.statements > 0).sort((a, b) => b.statements - a.statements).slice(0, 10);
      const claims = [...s.claims()];
      const tally = new Map<string, number>();
      for (const c of claims) {
        const k = `${c.subjectName} ${c.predicate} ${c.objectName}${c.polarity === 'denied' ? ' (denied)' : ''}`;
        tally.set(k, (tally.get(k) ?? 0) + 1);
      }
      const top = [...tally].sort((a, b) => b[1] - a[1]).slice(0, 10);
      const contradictions = findContradictions(claims);
      if (o.json) {
        print({ counts, speakers: speakers.map((e) => ({ key: e.key, name: e.name, statements: e.statements })), claims: top, contradictions: contradictions.length });
        return;
      }
      const w = (l: string): boolean => process.stdout.write(`${l}\n`);
      w(`${globals().db}: ${counts.documents} documents, ${counts.statements} statements, ${counts.claims} claims, ${counts.entities} actors`);
      w('\nmost quoted speakers:');
      for (const e of speakers) w(`  ${String(e.statements).padStart(5)}  ${e.name}`);
      w('\nmost claimed relations:');
      for (const [k, n] of top) w(`  ${String(n).padStart(5)}  ${k}`);
      w(`\ncontradictions: ${contradictions.length}${contradictions.length ? ' (dossier contradictions)' : ''}`);
    } finally {
      s.close();
    }
  });

const storeFor = (readonly?: boolean): SqliteStore => store(readonly ?? false);
const resolveActor = (name: string): string => {
  const s = fs.existsSync(globals().db) ? store(true) : undefined;
  try {
    return resolverFor(s).resolve(name).key;
  } finally {
    s?.close();
  }
};
registerActorCommands(program, {
  store: storeFor,
  storeIfAny: () => (fs.existsSync(globals().db) ? store(true) : undefined),
  packs: () => loadPacksFor(globals().pack ?? []), resolver: resolverFor });
registerClaimCommands(program, { store: storeFor, resolveActor });
registerOutputCommands(program, { store: storeFor, resolveActor });

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`dossier: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
