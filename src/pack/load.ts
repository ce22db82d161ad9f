// pack/load: reads a pack directory (pack.json + actors + lexicons files), validates it
// against packs/pack.schema.json and the integrity rules, and returns a Pack.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { integrityErrors, type LocatedActor } from './integrity.js';
import { builtinPackDir } from './root.js';
import { schemaErrors, type PackFileKind } from './schema.js';
import type { Pack, PackActor, PackLexicons, PackManifest } from './types.js';

/** Thrown when a pack does not load; `errors` name the file and the entry. */
export class PackError extends Error {
  constructor(
    readonly dir: string,
    readonly errors: readonly string[],
  ) {
    super(`pack ${dir} is invalid:\n  ${errors.join('\n  ')}`);
    this.name = 'PackError';
  }
}

interface ReadResult {
  readonly pack?: Pack;
  readonly errors: string[];
}

const label = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
};

function readJson(file: string, kind: PackFileKind, errors: string[]): unknown {
  if (!existsSync(file)) {
    errors.push(`${label(file)}: file not found`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`${label(file)}: not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
  const found = schemaErrors(kind, data, label(file));
  errors.push(...found);
  return found.length ? undefined : data;
}

/** Merges lexicon files: lists concatenate (first occurrence kept), maps merge per key. */
export function mergeLexicons(parts: readonly PackLexicons[]): PackLexicons {
  const lists = ['speechVerbs', 'denials', 'hedges', 'titles', 'roleNouns', 'collectives', 'nameParticles', 'organizationHeads', 'outletHeads', 'placeHeads'] as const;
  const out: Record<string, unknown> = {};
  const uniq = (xs: readonly string[]): string[] => [...new Set(xs)];
  for (const k of lists) {
    const all = parts.flatMap((p) => p[k] ?? []);
    if (all.length) out[k] = uniq(all);
  }
  for (const k of ['media', 'predicates', 'themes'] as const) {
    const merged: Record<string, string[]> = {};
    for (const p of parts) {
      for (const [key, words] of Object.entries(p[k] ?? {})) {
        merged[key] = uniq([...(merged[key] ?? []), ...((words as readonly string[] | undefined) ?? [])]);
      }
    }
    if (Object.keys(merged).length) out[k] = merged;
  }
  return out as PackLexicons;
}

function readPack(dir: string, outside: ReadonlySet<string>): ReadResult {
  const root = resolve(dir);
  const errors: string[] = [];
  const manifest = readJson(join(root, 'pack.json'), 'manifest', errors) as PackManifest | undefined;
  if (!manifest) return { errors };
  const located: LocatedActor[] = [];
  for (const f of manifest.files.actors) {
    const file = join(root, f);
    const data = readJson(file, 'actorsFile', errors) as { actors: PackActor[] } | undefined;
    data?.actors.forEach((actor, index) => located.push({ actor, file: label(file), index }));
  }
  const lexParts: PackLexicons[] = [];
  for (const f of manifest.files.lexicons ?? []) {
    const data = readJson(join(root, f), 'lexiconsFile', errors) as (PackLexicons & { $schema?: string }) | undefined;
    if (data) {
      const { $schema: _ignored, ...lex } = data;
      lexParts.push(lex);
    }
  }
  errors.push(...integrityErrors(located, outside));
  if (errors.length) return { errors };
  const pack: Pack = {
    name: manifest.name,
    version: manifest.version,
    ...(manifest.description !== undefined ? { description: manifest.description } : {}),
    actors: located.map((l) => l.actor),
    lexicons: mergeLexicons(lexParts),
    source: root,
  };
  return { pack, errors };
}

let builtin: Pack | undefined;

/** Loads and validates one pack directory; throws PackError listing every problem. */
export function loadPack(dir: string, outside: ReadonlySet<string> = new Set()): Pack {
  const { pack, errors } = readPack(dir, outside);
  if (!pack) throw new PackError(dir, errors);
  return pack;
}

/** The pack that ships with Dossier (packs/iran), loaded once. */
export function loadBuiltinPack(): Pack {
  builtin ??= loadPack(builtinPackDir());
  return builtin;
}

/** The builtin pack followed by extra pack dirs; extras may refer to ids of packs before them. */
export function loadPacks(extra: readonly string[] = []): Pack[] {
  const packs = [loadBuiltinPack()];
  for (const dir of extra) {
    const outside = new Set(packs.flatMap((p) => p.actors.map((a) => a.id)));
    packs.push(loadPack(dir, outside));
  }
  return packs;
}

/**
 * For `dossier pack validate PATH`: every problem in the pack, without throwing.
 * References to ids of the builtin pack count as known (unless PATH is the builtin pack).
 */
export function validatePackDir(dir: string): { ok: boolean; errors: string[] } {
  let outside = new Set<string>();
  if (resolve(dir) !== resolve(builtinPackDir())) {
    try {
      outside = new Set(loadBuiltinPack().actors.map((a) => a.id));
    } catch {
      // The builtin pack is broken: check the pack alone.
    }
  }
  const { errors } = readPack(dir, outside);
  return { ok: errors.length === 0, errors };
}
