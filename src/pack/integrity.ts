// pack/integrity: checks that go beyond the schema: duplicate ids, references to unknown
// ids (role `of`, memberOf, owner, country), one alias claimed by two actors, and roles
// that end before they start.
import { foldName } from '../normalize/index.js';
import type { PackActor } from './types.js';

/** An actor with the file and index it was read from (for messages). */
export interface LocatedActor {
  readonly actor: PackActor;
  readonly file: string;
  readonly index: number;
}

const where = (a: LocatedActor): string => `${a.file}: actors[${a.index}] (id "${a.actor.id}")`;

/**
 * Referential and uniqueness checks over a pack's actors.
 * `outside` holds ids known from other packs that references may point to.
 */
export function integrityErrors(actors: readonly LocatedActor[], outside: ReadonlySet<string> = new Set()): string[] {
  const errors: string[] = [];
  const byId = new Map<string, LocatedActor>();
  for (const a of actors) {
    const prev = byId.get(a.actor.id);
    if (prev) errors.push(`${where(a)}: duplicate id, first defined at ${prev.file}: actors[${prev.index}]`);
    else byId.set(a.actor.id, a);
  }
  const known = (id: string): boolean => byId.has(id) || outside.has(id);
  const claimed = new Map<string, LocatedActor>();
  for (const a of actors) {
    const { actor } = a;
    actor.roles?.forEach((r, i) => {
      if (r.of !== undefined && !known(r.of)) errors.push(`${where(a)}: /roles/${i}/of refers to unknown id "${r.of}"`);
      if (r.start && r.end && r.end < r.start) errors.push(`${where(a)}: /roles/${i} ends (${r.end}) before it starts (${r.start})`);
    });
    actor.memberOf?.forEach((m, i) => {
      if (!known(m.of)) errors.push(`${where(a)}: /memberOf/${i}/of refers to unknown id "${m.of}"`);
      if (m.of === actor.id) errors.push(`${where(a)}: /memberOf/${i}/of refers to itself`);
    });
    if (actor.owner !== undefined && !known(actor.owner)) errors.push(`${where(a)}: /owner refers to unknown id "${actor.owner}"`);
    if (actor.country !== undefined && /[a-z]/.test(actor.country) && !known(actor.country)) {
      errors.push(`${where(a)}: /country refers to unknown id "${actor.country}"`);
    }
    const seen = new Set<string>();
    for (const name of [actor.name, ...(actor.aliases ?? []), ...(actor.native ?? [])]) {
      const key = foldName(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const other = claimed.get(key);
      if (other && other.actor.id !== actor.id) {
        errors.push(`${where(a)}: alias "${name}" is already claimed by id "${other.actor.id}" (${other.file}: actors[${other.index}])`);
      } else claimed.set(key, a);
    }
  }
  return errors;
}
