// Source tags of a monitoring bulletin: an item ends in "[Source: Voice of the Reeds radio,
// 13 March; NNA, 13 March]", the outlets the service monitored and the day each carried the
// item's material. The tag covers the item's paragraphs above it, back to the item's heading,
// a rule or the tag before.
import type { Block } from '../types.js';

/** One outlet a tag names and the words of its day ("13 March"), unparsed. */
export interface TagEntry {
  readonly outlet: string;
  /** The kind of outlet written after the name ("radio"), if any. */
  readonly kind?: string;
  readonly when: string;
  readonly start: number;
  readonly end: number;
}

const SOURCE_TAG = /^\s*\[\s*(?:Sources?|Src)\s*:\s*([^\]\n]+)\]\s*$/i;
/** A medium word after an outlet's name is no part of it ("Voice of the Reeds radio"). */
const MEDIUM_WORD = /\s+(?:radio|television|channel|website|site|agency|daily|newspaper|broadcast|Telegram channel)$/;
const RULE = /^\s*[-–—_*=~]{3,}\s*$/;

/** Whether a block is a bulletin's source tag. */
export const isSourceTag = (text: string, b: Block): boolean => SOURCE_TAG.test(text.slice(b.start, b.end));

/** The entries of a source tag line, in order. */
export function tagEntries(text: string, b: Block): TagEntry[] {
  const s = text.slice(b.start, b.end);
  const m = SOURCE_TAG.exec(s);
  return m ? entriesIn(m[1]!, b.start + s.indexOf(m[1]!)) : [];
}

/** "Voice of the Reeds radio, 13 March; NNA, 13 March", written at offset `at`: its entries. */
function entriesIn(list: string, at: number): TagEntry[] {
  const out: TagEntry[] = [];
  for (const part of list.split(';')) {
    const comma = part.indexOf(',');
    const written = (comma >= 0 ? part.slice(0, comma) : part).trim();
    const kind = MEDIUM_WORD.exec(written)?.[0].trim().toLowerCase();
    const name = written.replace(MEDIUM_WORD, '');
    const when = comma >= 0 ? part.slice(comma + 1).trim() : '';
    const nameAt = at + part.indexOf(name.slice(0, 1));
    if (name) out.push({ outlet: name, ...(kind ? { kind } : {}), when, start: nameAt, end: nameAt + name.length });
    at += part.length + 1;
  }
  return out;
}

/** A paragraph that ends in its own source in brackets: "... one arm.» [Radio Ebrenne, 3 February 2019]". */
const TRAILING_TAG = /\[\s*(?:Sources?\s*:\s*)?([^\[\]\n]{2,80}?\d{4})\s*\]\s*$/;

/** The entries of a source in brackets that closes a paragraph, if it has an outlet and a year. */
export function trailingEntries(text: string, b: Block): TagEntry[] {
  const s = text.slice(b.start, b.end);
  const m = TRAILING_TAG.exec(s);
  if (!m || !m[1]!.includes(',') || /^\s*(?:i\.\s?e\.|sic|the|his|her|its|their)\b/i.test(m[1]!)) return [];
  return entriesIn(m[1]!, b.start + m.index + m[0].indexOf(m[1]!));
}

/**
 * For each block an item's tag covers, the tag's entries. `isBoundary` says where an item
 * starts (its heading).
 */
export function tagsByBlock(text: string, blocks: readonly Block[], isBoundary: (b: Block) => boolean): Map<number, TagEntry[]> {
  const out = new Map<number, TagEntry[]>();
  let open: number[] = [];
  for (const b of blocks) {
    const tag = isSourceTag(text, b);
    // (a paragraph that closes with its own source is that source's, whatever a tag below says)
    const own = tag ? [] : trailingEntries(text, b);
    if (own.length) {
      out.set(b.index, own);
      continue;
    }
    if (tag) {
      const entries = tagEntries(text, b);
      if (entries.length) for (const i of open) out.set(i, entries);
      open = [];
      continue;
    }
    if (RULE.test(text.slice(b.start, b.end)) || isBoundary(b)) {
      open = [];
      continue;
    }
    open.push(b.index);
  }
  return out;
}

/**
 * The entry a passage's narration points to: one whose name it writes, else one whose kind
 * of outlet it names ("read on the group's radio station" for "... radio"); else none.
 */
export function namedEntry(entries: readonly TagEntry[], narration: string): TagEntry | undefined {
  const low = narration.toLowerCase();
  for (const e of entries) if (low.includes(e.outlet.toLowerCase())) return e;
  for (const e of entries) if (e.kind && new RegExp(`\\b${e.kind}\\b`).test(low)) return e;
  return undefined;
}
