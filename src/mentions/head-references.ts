// Capitalised head references within one document: after "the Crimson Banner Front" or "Hamas's
// Qassam Brigades", "the Front" and "the Brigades" name that organisation again. Only a head
// that ends exactly one organisation's name in the document is followed.
import type { Mention } from '../types.js';

const ORG_TYPES = new Set<Mention['type']>(['organization', 'group']);
const REF = /\b[Tt]he\s+(\p{Lu}[\p{Ll}]+)\b/gu;
/** "Front fighters", "Battalions leader Nadir Qastelli": the bare head before a lower-case word. */
const BARE = /(?<=[\p{Ll}\d,;]\s)(\p{Lu}[\p{Ll}]+)(?=\s\p{Ll})/gu;

const ACRONYM_DEF = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,7})\)/u;

/**
 * "the Sunward Liberation Front (SLF) ... the SLF": an acronym the document defines in brackets
 * right after an organisation's name names it wherever it stands alone.
 */
export function acronymReferences(text: string, found: readonly Mention[]): Mention[] {
  let mentions = found;
  const defs = new Map<string, { key: string; type: Mention['type']; at: number } | null>();
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'place') continue;
    const d = ACRONYM_DEF.exec(text.slice(m.end, m.end + 14));
    if (!d) continue;
    const prev = defs.get(d[1]!);
    defs.set(d[1]!, prev === undefined || prev?.key === m.key ? { key: m.key, type: m.type, at: m.end } : null);
  }
  // "the Ridgeline Defence Movement ... RDM fighters": capitals that spell an organisation's
  // initials name it, when no bracket defined them and exactly one name spells them.
  const byInitials = new Map<string, { key: string; type: Mention['type']; at: number } | null>();
  for (const m of mentions) {
    if (!ORG_TYPES.has(m.type) && m.type !== 'outlet') continue;
    const words = m.surface.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|THE)$/.test(w));
    if (words.length < 2) continue;
    const acr = words.map((w) => w[0]).join('');
    const prev = byInitials.get(acr);
    byInitials.set(acr, prev === undefined || prev?.key === m.key ? { key: m.key, type: m.type, at: Math.min(prev?.at ?? m.end, m.end) } : null);
  }
  // ("the Nalvarian Defence Forces (NDF)": the document's own bracket beats a pack's acronym
  // from then on; the pack's NDF is another body)
  const bracketed = new Map([...defs].filter((e): e is [string, { key: string; type: Mention['type']; at: number }] => e[1] !== null));
  mentions = mentions.map((m) => {
    const d = m.source === 'pack' ? bracketed.get(m.surface) : undefined;
    return d && m.key !== d.key && m.start >= d.at ? { ...m, key: d.key, type: d.type } : m;
  });
  for (const [acr, d] of byInitials) if (!defs.has(acr) && d) defs.set(acr, d);
  if (!defs.size) return [...mentions];
  const covered = (s: number, e: number): boolean => mentions.some((m) => m.start < e && m.end > s);
  const added: Mention[] = [];
  for (const [acr, d] of defs) {
    if (!d) continue;
    const re = new RegExp(`(?<![\\p{L}\\d])${acr.replace(/[-&]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu');
    for (const r of text.matchAll(re)) {
      const start = r.index!;
      // (a headline or lead may use the short form before the text spells it out: "EVLF co-founder
      // X killed" above "the Ebrenne Valley Liberation Front (EVLF)"; two letters are too easily another's)
      if ((start < d.at && acr.length < 3) || covered(start, start + acr.length)) continue;
      added.push({ start, end: start + acr.length, surface: acr, type: d.type, key: d.key, source: 'short' });
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** People a body sends, after its name's first word: "Ember officers", "Tarrow fighters". */
const PEOPLE_AFTER = /^\s+(?:officers|instructors|operatives|fighters|commanders|agents|personnel|advisers|advisors|trainers|units)\b/;

/**
 * "the Ember Directorate ... Ember officers trained them": an organisation written back by the
 * first word of its name, before the people it sends. Only after the full name, only a first
 * word one organisation of the document has, and only a word no other mention is.
 */
export function leadWordReferences(text: string, mentions: readonly Mention[]): Mention[] {
  const leads = new Map<string, { key: string; type: Mention['type']; first: number } | null>();
  for (const m of mentions) {
    if (!ORG_TYPES.has(m.type) || m.type === 'state') continue;
    const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(words[0]!)) continue;
    const prev = leads.get(words[0]!);
    if (prev === undefined) leads.set(words[0]!, { key: m.key, type: m.type, first: m.end });
    else if (prev && prev.key !== m.key) leads.set(words[0]!, null);
  }
  // (a word that is a name of its own somewhere, "Karvan" the state's, is not the body's)
  for (const m of mentions) if (!/\s/.test(m.surface) && leads.has(m.surface) && leads.get(m.surface)?.key !== m.key) leads.set(m.surface, null);
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const added: Mention[] = [];
  for (const [word, d] of leads) {
    if (!d) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])${word}(?![\\p{L}\\p{N}'’-])`, 'gu');
    for (const r of text.matchAll(re)) {
      const start = r.index, end = start + word.length;
      if (start < d.first || covered[start] || !PEOPLE_AFTER.test(text.slice(end, end + 16))) continue;
      added.push({ start, end, surface: word, type: d.type, key: d.key, source: 'short' });
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Mentions of "the <Head>" added for organisations named in full earlier, sorted by start. */
export function headReferences(text: string, found: readonly Mention[]): Mention[] {
  // "the Harrow Front for the Liberation of the Marches": the name's head comes before "for"/"of",
  // and the words up to it ("Harrow Front") are the name shortened, one actor with it.
  const wordsOf = (m: Mention): string[] => {
    const all = m.surface.split(/\s+/);
    // (a pack's names are its own: only names the document taught are cut)
    const joiner = m.source === 'pack' ? -1 : all.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
    return joiner > 0 ? all.slice(0, joiner) : all;
  };
  const shortened = new Map<string, string | null>();
  for (const m of found) {
    if (!ORG_TYPES.has(m.type)) continue;
    const words = wordsOf(m);
    if (words.length < 2 || words.length === m.surface.split(/\s+/).length) continue;
    const short = words.join(' ');
    const prev = shortened.get(short);
    shortened.set(short, prev === undefined || prev === m.key ? m.key : null);
  }
  const mentions = shortened.size === 0 ? found : found.map((m) => {
    const key = ORG_TYPES.has(m.type) ? shortened.get(m.surface.replace(/^the\s+/i, '')) : undefined;
    return key && key !== m.key ? { ...m, key } : m;
  });
  const heads = new Map<string, { key: string; type: Mention['type']; first: number } | null>();
  for (const m of mentions) {
    // ("the Corvane Post ... The Post also reports": an outlet by the last word of its name, after "the")
    if (!ORG_TYPES.has(m.type) && m.type !== 'outlet') continue;
    const words = wordsOf(m);
    // ("the Ministry of Foreign Affairs of X": a name that opens with its head, "the Ministry")
    const headFirst = words.length === 1 && /^(?:of|for)$/.test(m.surface.split(/\s+/)[1] ?? '') && m.source !== 'pack';
    if (words.length < 2 && !headFirst) continue;
    const head = words[words.length - 1]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(head)) continue;
    const prev = heads.get(head);
    if (prev === undefined) heads.set(head, { key: m.key, type: m.type, first: m.start });
    else if (prev && prev.key !== m.key) heads.set(head, null);
  }
  if (!heads.size) return [...mentions];
  const covered = (s: number, e: number): boolean => mentions.some((m) => m.start < e && m.end > s);
  const added: Mention[] = [];
  for (const r of text.matchAll(REF)) {
    const h = heads.get(r[1]!);
    if (!h) continue;
    const start = r.index! + r[0].length - r[1]!.length;
    const end = start + r[1]!.length;
    // Only after the full name, and not the start of a longer name ("the Front Line Group").
    if (start < h.first || covered(r.index!, end) || /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    added.push({ start: r.index!, end, surface: text.slice(r.index!, end), type: h.type, key: h.key, source: 'short' });
  }
  for (const r of text.matchAll(BARE)) {
    const h = heads.get(r[1]!);
    // (an outlet is written back with its article only: "Post reporters" is no outlet)
    if (!h || h.type === 'outlet') continue;
    const start = r.index!;
    const end = start + r[1]!.length;
    if (start < h.first || covered(start, end) || added.some((a) => a.start <= start && a.end >= end)) continue;
    added.push({ start, end, surface: r[1]!, type: h.type, key: h.key, source: 'short' });
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Last words of a firm's legal name, dropped when the document shortens it ("Golden Ferry"). */
const FIRM_TAIL = /^(?:Company|Co\.?|Corporation|Corp\.?|Ltd\.?|LLC|Inc\.?|Group|Holding|Holdings|Establishment|Enterprises|GmbH|SA|S\.A\.)$/i;
/** Words of what a firm does, before its tail ("Exchange Company", "Shipping Lines Ltd"). */
const FIRM_TRADE = /^(?:Exchange|Trading|Shipping|Logistics|Investment|Investments|Money|Financial|Finance|Services|Transport|Import|Export|General|Commercial|International|Industries|Industrial|Engineering|Construction|Lines)$/i;

const titleCase = (w: string): string => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

/**
 * "GOLDEN FERRY EXCHANGE COMPANY ... Golden Ferry receives transfers": a firm named in full
 * (in capitals, as designation notices write it, or not) and then by the words before its trade
 * and legal form. Only a short form that one firm of the document has is followed.
 */
export function firmReferences(text: string, mentions: readonly Mention[]): Mention[] {
  const stems = new Map<string, { key: string; type: Mention['type'] } | null>();
  for (const m of mentions) {
    if (!ORG_TYPES.has(m.type)) continue;
    const words = m.surface.split(/\s+/);
    let n = words.length;
    if (n < 2 || !FIRM_TAIL.test(words[n - 1]!)) continue;
    n--;
    while (n > 1 && FIRM_TRADE.test(words[n - 1]!)) n--;
    const stem = words.slice(0, n).filter((w) => !/^(?:The|THE)$/.test(w)).map(titleCase);
    if (!stem.length || stem.some((w) => !/^\p{Lu}/u.test(w))) continue;
    const s = stem.join(' ');
    const prev = stems.get(s);
    stems.set(s, prev === undefined || prev?.key === m.key ? { key: m.key, type: m.type } : null);
  }
  if (![...stems.values()].some(Boolean)) return [...mentions];
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const added: Mention[] = [];
  for (const [stem, d] of stems) {
    if (!d) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index, end = start + stem.length;
      if (covered[start] || covered[end - 1]) continue;
      // ("Golden Ferry Shipping": a longer name of its own)
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      added.push({ start, end, surface: stem, type: d.type, key: d.key, source: 'short' });
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
