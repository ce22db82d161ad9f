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
  if (!m) return [];
  const out: TagEntry[] = [];
  let at = b.start + s.indexOf(m[1]!);
  for (const part of m[1]!.split(';')) {
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

/**
 * For each block an item's tag covers, the tag's entries. `isBoundary` says where an item
 * starts (its heading).
 */
export function tagsByBlock(text: string, blocks: readonly Block[], isBoundary: (b: Block) => boolean): Map<number, TagEntry[]> {
  const out = new Map<number, TagEntry[]>();
  let open: number[] = [];
  for (const b of blocks) {
    if (isSourceTag(text, b)) {
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
