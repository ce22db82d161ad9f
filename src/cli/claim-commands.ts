// claim-commands: `dossier claims`, `dossier contradictions` and `dossier grade`. Claims print
// with their Admiralty grade and corroboration (independent claimants of the same subject,
// predicate, object and polarity across the store); contradictions print side by side with
// their evidence. Registered by main.ts with registerClaimCommands(program, ctx).
import type { Command } from 'commander';
import { corroboration, findContradictions, formatGrade, parseGrade, tupleKey } from '../claims/index.js';
import type { Pack, PackActor } from '../pack/types.js';
import type { SqliteStore } from '../store/sqlite-store.js';
import { loadPacksFor } from './packs.js';
import type { ClaimFilter, ClaimRow } from '../store/types.js';
import type { Predicate } from '../types.js';

export interface ClaimCommandContext {
  readonly store: (readonly?: boolean) => SqliteStore;
  readonly resolveActor: (name: string) => string;
  /** The loaded packs (roles and memberships lift claims in `contradictions`); default: the built-in and --pack ones. */
  readonly packs?: () => readonly Pack[];
}

const PREDICATES: readonly Predicate[] = ['funds', 'arms', 'trains', 'directs', 'founded', 'supports', 'part_of', 'leads',
  'praises', 'thanks', 'threatens', 'calls_on', 'meets', 'contacts', 'attacks'];

const print = (o: unknown): void => {
  process.stdout.write(`${JSON.stringify(o)}\n`);
};

const oneLine = (s: string, max = 160): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function describe(c: ClaimRow, corr: number): string {
  const pol = c.polarity === 'denied' ? ' (DENIED)' : '';
  const hedge = c.hedge ? ` [${c.hedge}]` : '';
  return (
    `#${c.id} ${c.subjectName} ${c.predicate} ${c.objectName}${pol}  ${formatGrade(c.grade)}  corroboration ${corr}\n` +
    `    claimant ${c.claimantName} (chain ${c.chain.join(' > ')})${hedge}  ${c.docName} ${c.evidence.start}-${c.evidence.end}${c.date ? ` ${c.date}` : ''}\n` +
    `    "${oneLine(c.evidenceText)}"`
  );
}

/** Adds `claims`, `contradictions` and `grade` to the program. */
export function registerClaimCommands(program: Command, ctx: ClaimCommandContext): void {
  program
    .command('claims')
    .description('List claims (who claims that one actor funds, arms, praises... another), with grade and corroboration.')
    .option('--subject <name>', 'only claims about this actor as subject')
    .option('--predicate <p>', `only this predicate (${PREDICATES.join(', ')})`)
    .option('--object <name>', 'only claims with this actor as object')
    .option('--json', 'print one JSON record per claim')
    .addHelpText('after', '\nExample:\n  $ dossier claims --subject Iran --predicate arms')
    .action((o: { subject?: string; predicate?: string; object?: string; json?: boolean }) => {
      if (o.predicate && !PREDICATES.includes(o.predicate as Predicate)) {
        process.stderr.write(`dossier: unknown predicate '${o.predicate}' (one of ${PREDICATES.join(', ')})\n`);
        process.exitCode = 2;
        return;
      }
      const s = ctx.store(true);
      try {
        const corr = corroboration(s.claims());
        const filter: ClaimFilter = {
          ...(o.subject ? { subject: ctx.resolveActor(o.subject) } : {}),
          ...(o.object ? { object: ctx.resolveActor(o.object) } : {}),
          ...(o.predicate ? { predicate: o.predicate as Predicate } : {}),
        };
        let n = 0;
        for (const c of s.claims(filter)) {
          const k = corr.get(tupleKey(c)) ?? 1;
          if (o.json) print({ ...c, grade: formatGrade(c.grade), corroboration: k });
          else process.stdout.write(`${describe(c, k)}\n`);
          n++;
        }
        if (!o.json && n === 0) process.stdout.write('no claims match\n');
      } finally {
        s.close();
      }
    });

  program
    .command('contradictions')
    .description('Claims that contradict each other: the same relation asserted by some and denied by others, side by side; '
      + 'a claim about a person or unit also meets a denial about the organisation or state it is part of (by the packs\' roles).')
    .option('--json', 'print one JSON record per contradiction')
    .addHelpText('after', '\nExample:\n  $ dossier contradictions --json')
    .action((o: { json?: boolean }) => {
      const s = ctx.store(true);
      try {
        const packs = ctx.packs ? ctx.packs() : loadPacksFor(program.opts<{ pack?: string[] }>().pack ?? []);
        const actors = new Map<string, PackActor>(packs.flatMap((p) => p.actors.map((a) => [a.id, a] as const)));
        const found = findContradictions(s.claims(), { actorOf: (k) => actors.get(k) });
        for (const c of found) {
          if (o.json) {
            print(c);
            continue;
          }
          process.stdout.write(`${c.subjectName} ${c.predicate} ${c.objectName}${c.link ? `  (via ${c.link.text})` : ''}\n`);
          for (const a of c.asserted) process.stdout.write(`  ASSERTED by ${a.claimantName} (#${a.id}, ${a.docName}): "${oneLine(a.evidenceText)}"\n`);
          for (const d of c.denied) process.stdout.write(`  DENIED   by ${d.claimantName} (#${d.id}, ${d.docName}): "${oneLine(d.evidenceText)}"\n`);
        }
        if (!o.json && !found.length) process.stdout.write('no contradictions found\n');
      } finally {
        s.close();
      }
    });

  program
    .command('grade')
    .description('Set the Admiralty grade of a claim: source reliability A-F and information credibility 1-6.')
    .argument('<claim-id>', 'the claim number shown by `dossier claims`')
    .argument('<grade>', 'e.g. B2')
    .addHelpText('after', '\nExample:\n  $ dossier grade 42 B2')
    .action((id: string, code: string) => {
      const g = parseGrade(code);
      const n = Number(id);
      if (!g || !Number.isInteger(n) || n <= 0) {
        process.stderr.write(`dossier: grade takes a claim number and a grade like B2 (A-F, 1-6); got '${id}' '${code}'\n`);
        process.exitCode = 2;
        return;
      }
      const s = ctx.store(false);
      try {
        s.setGrade(n, g);
        process.stdout.write(`claim #${n} graded ${formatGrade(g)}\n`);
      } catch (e) {
        process.stderr.write(`dossier: ${(e as Error).message}\n`);
        process.exitCode = 1;
      } finally {
        s.close();
      }
    });
}
