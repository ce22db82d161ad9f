// Commands about actors and statements: entities, entity, resolve, quotes, and the domain
// pack commands (pack list, pack validate).
import type { Command } from 'commander';
import { describePacks, formatPackSummaries, validatePackDir } from '../pack/index.js';
import type { Pack } from '../pack/types.js';
import type { Resolver } from '../resolve/resolver.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import type { Medium } from '../types.js';

export interface ActorCommandContext {
  readonly store: (readonly?: boolean) => SqliteStore;
  /** The store when its file exists (name resolution works on the packs alone without one). */
  readonly storeIfAny: () => SqliteStore | undefined;
  readonly packs: () => Pack[];
  /** A resolver over the packs and the entities already in the store. */
  readonly resolver: (store?: SqliteStore) => Resolver;
}

const MEDIA: readonly Medium[] = ['speech', 'post', 'statement', 'letter', 'call', 'interview', 'article', 'broadcast', 'meeting', 'poster', 'chant', 'other'];
const print = (o: unknown): void => {
  process.stdout.write(`${JSON.stringify(o)}\n`);
};
const clip = (s: string, n: number): string => {
  const t = s.replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

export function registerActorCommands(program: Command, ctx: ActorCommandContext): void {
  program
    .command('quotes')
    .description('Stored statements, filtered by speaker, date range, medium and words.')
    .argument('[words...]', 'words the passage must contain')
    .option('--speaker <name>', 'any spelling of the speaker')
    .option('--from <date>', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before')
    .option('--medium <medium>', `one of ${MEDIA.join(', ')}`)
    .option('--limit <n>', 'most statements to print', (v) => Number(v), 50)
    .option('--json', 'print statements as JSON lines')
    .addHelpText('after', '\nExample:\n  $ dossier quotes --speaker Khamenei --from 2023-10-01 --medium post "Zionist"')
    .action((words: string[], o: { speaker?: string; from?: string; to?: string; medium?: string; limit: number; json?: boolean }) => {
      if (o.medium && !MEDIA.includes(o.medium as Medium)) {
        process.stderr.write(`dossier: --medium must be one of ${MEDIA.join(', ')}\n`);
        process.exitCode = 2;
        return;
      }
      const s = ctx.store(true);
      try {
        const speaker = o.speaker ? ctx.resolver(s).resolve(o.speaker).key : undefined;
        let n = 0;
        for (const st of s.statements({
          ...(speaker ? { speaker } : {}),
          ...(o.from ? { from: o.from } : {}),
          ...(o.to ? { to: o.to } : {}),
          ...(o.medium ? { medium: o.medium as Medium } : {}),
          ...(words.length ? { query: words.join(' ') } : {}),
          limit: o.limit,
        })) {
          n++;
          if (o.json) print(st);
          else {
            process.stdout.write(
              `${st.date ?? '(no date)'}  ${st.speakerName ?? st.speaker ?? '(unknown speaker)'}${st.medium ? ` [${st.medium}]` : ''}` +
                `${st.citedName ? ` via ${st.citedName}` : ''}\n  “${clip(st.text, 300)}”\n  — ${st.docName} ${st.span.start}-${st.span.end}\n`,
            );
          }
        }
        if (!n && !o.json) process.stdout.write('no statements match\n');
      } finally {
        s.close();
      }
    });

  program
    .command('entities')
    .description('Actors in the store with their counts of statements and claims; --explain shows how a name resolves.')
    .option('--explain <name>', 'why this name resolves to the entity it does (which rules joined or kept it apart)')
    .option('--json', 'print as JSON lines')
    .addHelpText('after', '\nExamples:\n  $ dossier entities\n  $ dossier entities --explain "Isma\'il Haniyeh"')
    .action((o: { explain?: string; json?: boolean }) => {
      if (o.explain) {
        const s = ctx.storeIfAny();
        try {
          const r = ctx.resolver(s).resolve(o.explain);
          if (o.json) print({ name: o.explain, id: r.key, canonical: r.canonical, isNew: r.isNew, why: r.why });
          else process.stdout.write(`${o.explain} -> ${r.key} (${r.canonical})${r.isNew ? ' [new]' : ''}\n${r.why.map((w) => `  - ${w}\n`).join('')}`);
        } finally {
          s?.close();
        }
        return;
      }
      const s = ctx.store(true);
      try {
        for (const e of s.entities()) {
          if (o.json) print(e);
          else if (e.statements || e.claimsMade || e.claimsAbout) {
            process.stdout.write(`${e.name.padEnd(40)} ${e.type.padEnd(12)} ${String(e.statements).padStart(5)} statements ${String(e.claimsMade).padStart(5)} claims made ${String(e.claimsAbout).padStart(5)} about  (${e.key})\n`);
          }
        }
      } finally {
        s.close();
      }
    });

  program
    .command('entity')
    .description("An actor's profile: names seen, roles, statements by date, claims made and received, documents.")
    .argument('<name>', 'any spelling')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  $ dossier entity Haniyeh')
    .action((name: string, o: { json?: boolean }) => {
      const s = ctx.store(true);
      try {
        const r = ctx.resolver(s).resolve(name);
        const e = s.entity(r.key);
        if (!e) {
          process.stderr.write(`dossier: '${name}' resolves to ${r.key} (${r.canonical}), which is in no stored document\n`);
          process.exitCode = 1;
          return;
        }
        const actor = ctx.packs().flatMap((p) => p.actors).find((a) => a.id === r.key);
        const statements = [...s.statements({ speaker: r.key })];
        const made = [...s.claims({ actor: r.key })].filter((c) => c.claimant === r.key);
        const about = [...s.claims({ actor: r.key })].filter((c) => c.subject === r.key || c.object === r.key);
        const seen = s.mentionSurfaces(r.key);
        const documents = s.documentsOf(r.key);
        const profile = { ...e, seen, roles: actor?.roles ?? [], statements, claimsMade: made, claimsAbout: about, documents };
        if (o.json) {
          print(profile);
          return;
        }
        const w = (l: string): boolean => process.stdout.write(`${l}\n`);
        w(`${e.name}  (${e.type}, ${e.key})`);
        if (seen.length) w(`names seen: ${seen.join('; ')}`);
        for (const ro of actor?.roles ?? []) w(`role: ${ro.title}${ro.of ? ` of ${ro.of}` : ''} ${ro.start ?? '…'} – ${ro.end ?? 'now'}`);
        w(`\nstatements (${statements.length}):`);
        for (const st of statements) w(`  ${st.date ?? '(no date)'} [${st.medium ?? '?'}] “${clip(st.text, 140)}” — ${st.docName}`);
        w(`\nclaims made (${made.length}):`);
        for (const c of made) w(`  ${c.subjectName} ${c.predicate} ${c.objectName} (${c.polarity}) — ${c.docName}`);
        w(`\nclaims about (${about.length}):`);
        for (const c of about) w(`  ${c.subjectName} ${c.predicate} ${c.objectName} (${c.polarity}, claimed by ${c.claimantName}) — ${c.docName}`);
        w(`\ndocuments (${documents.length}): ${documents.join(', ')}`);
      } finally {
        s.close();
      }
    });

  program
    .command('resolve')
    .description('The entity each name resolves to, against the packs and the store; an unknown name gets the id of the entity it would create.')
    .argument('<names...>', 'names in any spelling')
    .option('--json', 'print [{name, id, canonical}]')
    .addHelpText('after', '\nExample:\n  $ dossier resolve Haniya Hanieh "Isma\'il Haniyeh" --json')
    .action((names: string[], o: { json?: boolean }) => {
      const s = ctx.storeIfAny();
      try {
        const res = ctx.resolver(s);
        const out = names.map((name) => {
          const r = res.resolve(name);
          return { name, id: r.key, canonical: r.canonical };
        });
        if (o.json) print(out);
        else for (const r of out) process.stdout.write(`${r.name} -> ${r.id} (${r.canonical})\n`);
      } finally {
        s?.close();
      }
    });

  const pack = program.command('pack').description('Domain packs: actors, aliases, roles, outlets and lexicons as data.');
  pack
    .command('list')
    .description('The packs loaded (built-in and --pack) with their counts.')
    .option('--json', 'print as JSON')
    .addHelpText('after', '\nExample:\n  $ dossier --pack my-region/ pack list')
    .action((o: { json?: boolean }) => {
      const summaries = describePacks(ctx.packs());
      if (o.json) print(summaries);
      else process.stdout.write(formatPackSummaries(summaries));
    });
  pack
    .command('validate')
    .description('Check a pack folder against the schema and for broken references; errors name the file and the entry.')
    .argument('<dir>', 'the pack folder (with pack.json)')
    .option('--json', 'print {ok, errors}')
    .addHelpText('after', '\nExample:\n  $ dossier pack validate packs/iran')
    .action((dir: string, o: { json?: boolean }) => {
      const r = validatePackDir(dir);
      if (o.json) print(r);
      else process.stdout.write(r.ok ? `${dir}: valid\n` : `${r.errors.join('\n')}\n${r.errors.length} problems\n`);
      process.exitCode = r.ok ? 0 : 1;
    });
}
