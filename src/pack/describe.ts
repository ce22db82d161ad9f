// pack/describe: a summary of loaded packs for `dossier pack list`.
import type { ActorType } from '../types.js';
import type { Pack } from './types.js';

export interface PackSummary {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly source?: string;
  readonly actors: number;
  readonly aliases: number;
  readonly byType: Partial<Record<ActorType, number>>;
  readonly lexicons: Readonly<Record<string, number>>;
}

/** One summary per pack: counts of actors by type, aliases and lexicon entries. */
export function describePacks(packs: readonly Pack[]): PackSummary[] {
  return packs.map((p) => {
    const byType: Partial<Record<ActorType, number>> = {};
    let aliases = 0;
    for (const a of p.actors) {
      byType[a.type] = (byType[a.type] ?? 0) + 1;
      aliases += (a.aliases?.length ?? 0) + (a.native?.length ?? 0) + (a.weakAliases?.length ?? 0);
    }
    const lexicons: Record<string, number> = {};
    for (const [k, v] of Object.entries(p.lexicons)) {
      lexicons[k] = Array.isArray(v)
        ? v.length
        : Object.values(v as Record<string, readonly string[]>).reduce((n, xs) => n + xs.length, 0);
    }
    return {
      name: p.name,
      version: p.version,
      ...(p.description !== undefined ? { description: p.description } : {}),
      ...(p.source !== undefined ? { source: p.source } : {}),
      actors: p.actors.length,
      aliases,
      byType,
      lexicons,
    };
  });
}

/** The summaries as text lines for a terminal. */
export function formatPackSummaries(summaries: readonly PackSummary[]): string {
  return summaries
    .map((s) => {
      const types = Object.entries(s.byType)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ');
      const lex = Object.entries(s.lexicons)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      return [
        `${s.name} ${s.version}${s.description ? `: ${s.description}` : ''}`,
        `  source:   ${s.source ?? '(built in)'}`,
        `  actors:   ${s.actors} (${types}); ${s.aliases} aliases`,
        `  lexicons: ${lex}`,
      ].join('\n');
    })
    .join('\n');
}
