// resolve/roles: whether a pack role is held at a date, and whether a role phrase from a text
// ("Qods Force commander", "head of the political bureau") names a pack role title.
import type { PackActor, PackRole } from '../pack/types.js';

const padStart = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const padEnd = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** True when `role` covers `date` (ISO, any precision); a role with no date bounds always does. */
export function roleActiveAt(role: PackRole, date: string | undefined): boolean {
  if (date === undefined) return role.end === undefined;
  const d = padStart(date);
  if (role.start !== undefined && d < padStart(role.start)) return false;
  if (role.end !== undefined && d > padEnd(role.end)) return false;
  return true;
}

const SYNONYMS: Readonly<Record<string, string>> = {
  chief: 'head', leader: 'head', chairman: 'head', chair: 'head', director: 'head',
  spokesperson: 'spokesman', spokeswoman: 'spokesman', adviser: 'advisor', aide: 'advisor',
  politburo: 'political', secretarygeneral: 'secretary-general', 'commander-in-chief': 'commander',
};
const FILLER = new Set(['of', 'the', 'for', 'in', 'to', 'bureau', 'and', 'a', 'top', 'senior']);

/** The content words of a role title, with synonyms unified: "political bureau chief" -> [political, head]. */
const wordsCache = new Map<string, string[]>();
export function roleWords(title: string): string[] {
  let hit = wordsCache.get(title);
  if (hit === undefined) {
    hit = computeRoleWords(title);
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(title, hit);
  }
  return hit;
}

function computeRoleWords(title: string): string[] {
  const joined = title.toLowerCase().replace(/secretary[\s-]general/g, 'secretary-general');
  return joined
    .split(/[\s,]+/)
    .filter((w) => w && !FILLER.has(w))
    .map((w) => SYNONYMS[w] ?? w);
}

/** True when the words of `phrase` and of `title` are the same set (order and filler ignored). */
export function roleMatches(phrase: string, title: string): boolean {
  const a = new Set(roleWords(phrase));
  const b = new Set(roleWords(title));
  if (a.size === 0 || a.size !== b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

/** The actor's roles matching a role phrase and organisation, held at the date. */
export function rolesAt(actor: PackActor, date: string | undefined, phrase?: string, of?: string): PackRole[] {
  return (actor.roles ?? []).filter(
    (r) =>
      roleActiveAt(r, date) &&
      (phrase === undefined || roleMatches(phrase, r.title)) &&
      (of === undefined || r.of === of),
  );
}
