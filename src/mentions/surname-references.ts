// A titled surname spelled otherwise than the full name met in the same document ("Joaquín
// Urquiza" ... "Comandante Urquisa"): the same person when exactly one full name ends in a
// surname that differs from it only by the letters transliterations swap.
import { looseKey } from '../resolve/name-key.js';
import type { Mention } from '../types.js';

/** The mentions with each stray one-word person name given the key of the one full name it spells. */
export function surnameReferences(mentions: readonly Mention[]): Mention[] {
  const full = mentions.filter((m) => m.type === 'person' && /\s/.test(m.surface.trim()));
  if (!full.length) return [...mentions];
  const fullKeys = new Set(full.map((m) => m.key));
  // surname (loose) -> the one person key that ends in it, or null when two do
  const bySurname = new Map<string, string | null>();
  for (const m of full) {
    const last = m.surface.trim().split(/\s+/).pop()!;
    if (last.length < 4) continue;
    const k = `${last[0]!.toLowerCase()}:${looseKey(last)}`;
    const prev = bySurname.get(k);
    bySurname.set(k, prev === undefined || prev === m.key ? m.key : null);
  }
  return mentions.map((m) => {
    // (a pack's own name stays the pack's; a name already one of the full names' keys is linked)
    if (m.type !== 'person' || m.source === 'pack' || fullKeys.has(m.key) || /\s/.test(m.surface.trim())) return m;
    const w = m.surface.trim();
    const key = bySurname.get(`${w[0]!.toLowerCase()}:${looseKey(w)}`);
    return key ? { ...m, key } : m;
  });
}
