// The output commands: `report` (Markdown or HTML), `export` (STIX 2.1, FollowTheMoney,
// GraphML, CSV) and `import-stix`. main.ts registers them with its store and actor resolver.
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { Argument, Command, Option } from 'commander';
import { exportCsv } from '../export/csv.js';
import { exportJsonl } from '../export/jsonl.js';
import { EXPORTERS, type ExportFormat } from '../export/bench.js';
import { finish } from '../export/sink.js';
import { importStix } from '../export/stix-ingest.js';
import { compileReport, renderHtml, renderMarkdown } from '../report/index.js';
import type { SqliteStore } from '../store/sqlite-store.js';

export interface OutputContext {
  /** Opens the store (read-only when asked). */
  readonly store: (readonly?: boolean) => SqliteStore;
  /** An actor's name or alias -> its entity key (throws with a helpful message when unknown). */
  readonly resolveActor: (name: string) => string;
}

/** Writes to the file, or to stdout when none is given; files are ended and flushed. */
async function withOutput(file: string | undefined, write: (out: Writable) => Promise<unknown>): Promise<void> {
  if (!file || file === '-') {
    await write(process.stdout);
    return;
  }
  const out = fs.createWriteStream(file);
  try {
    await write(out);
  } finally {
    await finish(out);
  }
}

export function registerOutputCommands(program: Command, ctx: OutputContext): void {
  program
    .command('report')
    .description('Compile a report in which every quoted line carries its source: passages per speaker, claims, contradictions.')
    .argument('[actors...]', 'actors the report is about (names or aliases)')
    .option('--actor <name>', 'an actor the report is about (repeatable; the same as naming it as an argument)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--words <words>', 'full-text words every passage must contain')
    .option('--query <words>', 'the same as --words')
    .option('--from <date>', 'earliest date (YYYY-MM-DD)')
    .option('--to <date>', 'latest date (YYYY-MM-DD)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'json']).default('md'))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .addHelpText('after', '\nExamples:\n  $ dossier report "Kestrel Brigades" --from 2023-10-01 --format html -o kestrel.html\n  $ dossier report --words "drones" --format md')
    .action(async (names: string[], o: { actor: string[]; words?: string; query?: string; from?: string; to?: string; format: 'md' | 'html' | 'json'; out?: string }) => {
      const actors = [...names, ...o.actor].map((n) => ctx.resolveActor(n));
      const words = o.words ?? o.query;
      const s = ctx.store(true);
      try {
        const report = compileReport(s, {
          ...(actors.length ? { actors } : {}),
          ...(words ? { query: words } : {}),
          ...(o.from ? { from: o.from } : {}),
          ...(o.to ? { to: o.to } : {}),
        });
        const text = o.format === 'html' ? renderHtml(report) : o.format === 'json' ? `${JSON.stringify(report)}\n` : renderMarkdown(report);
        await withOutput(o.out, async (out) => {
          out.write(text);
        });
        if (o.out) process.stderr.write(`${o.out}: ${report.summary.statements} passages, ${report.summary.claims} claims, ${report.footnotes.length} sources\n`);
      } finally {
        s.close();
      }
    });

  program
    .command('export')
    .description('Export the store: STIX 2.1 bundle, FollowTheMoney JSON lines, GraphML network, or CSV files.')
    .addArgument(new Argument('[format]', 'stix | ftm | graphml | csv | jsonl').choices(['stix', 'ftm', 'graphml', 'csv', 'jsonl']))
    .addOption(new Option('--format <format>', 'the same as the argument').choices(['stix', 'ftm', 'graphml', 'csv', 'jsonl']))
    .option('-o, --out <path>', 'output file (stdout when absent); for csv, the folder to write the three files into')
    .addHelpText('after', '\nExamples:\n  $ dossier export stix -o dossier.stix.json\n  $ dossier export graphml > network.graphml\n  $ dossier export csv -o csv/')
    .action(async (arg: ExportFormat | 'csv' | 'jsonl' | undefined, o: { out?: string; format?: ExportFormat | 'csv' | 'jsonl' }) => {
      const format = arg ?? o.format;
      if (!format) {
        process.stderr.write('dossier: which format? dossier export stix|ftm|graphml|csv|jsonl (or --format)\n');
        process.exitCode = 2;
        return;
      }
      const s = ctx.store(true);
      try {
        if (format === 'jsonl') {
          await withOutput(o.out, (out) => exportJsonl(s, out));
          return;
        }
        if (format === 'csv') {
          if (!o.out) {
            process.stderr.write('dossier: export csv writes three files: give the folder with --out <dir>\n');
            process.exitCode = 2;
            return;
          }
          const r = await exportCsv(s, o.out);
          process.stderr.write(`${r.files.join(', ')}: ${r.statements} statements, ${r.actors} actors, ${r.claims} claims\n`);
          return;
        }
        await withOutput(o.out, (out) => EXPORTERS[format](s, out));
      } finally {
        s.close();
      }
    });

  program
    .command('import-stix')
    .description('Read a STIX 2.1 bundle into the store: actors, claims (relationships) and statements (notes), one document per report.')
    .argument('<file>', 'a STIX 2.1 bundle (JSON)')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', '\nExample:\n  $ dossier import-stix bundle.json   (the same as: dossier ingest --format stix bundle.json)')
    .action((file: string, o: { json?: boolean }) => {
      const s = ctx.store();
      try {
        const r = importStix(s, file);
        const summary = { documents: r.documents, actors: r.entities.length, claims: r.claims.length, statements: r.statements.length, skipped: r.skipped };
        process.stdout.write(
          o.json
            ? `${JSON.stringify(summary)}\n`
            : `${r.documents.new} new documents, ${r.documents.unchanged} unchanged; ${summary.actors} actors, ${summary.claims} claims, ` +
                `${summary.statements} statements; ${r.skipped} relationships skipped (no Dossier predicate or not between actors)\n`,
        );
      } finally {
        s.close();
      }
    });
}
