// Who published a document: the author of its own narration, and so the claimant of what it
// narrates. Taken, in order, from the user (--publisher), the series the document carries
// ("Special Dispatch No. ..." names its publisher in the pack), the page's site name, or a
// wire dateline or byline ("OSTRAVA CITY, March 3 (Sentinel Wire) -", "By N. Holt | Sentinel Wire").
import type { Pack } from '../pack/types.js';
import type { Mention, RawDoc, Segmented } from '../types.js';
import type { Resolver } from './resolver.js';

export interface Publisher {
  readonly key: string;
  readonly name: string;
  readonly why: string;
}

const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .'’-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\(([^)]{2,60})\)\s*[-–—]/u;
const BYLINE = /^[*_ ]*By\s+[^|\n]{2,60}\|\s*([^|\n*_]{2,60}?)\s*(?:\||[*_]|$)/;

/**
 * @param mentions the document's actor mentions: an organisation signing the series line is the
 * publisher; when several pack publishers carry the series, the one the document names wins,
 * else the one from the pack loaded last.
 */
export function findPublisher(
  doc: RawDoc,
  seg: Segmented,
  packs: readonly Pack[],
  resolver: Resolver,
  given?: string,
  mentions: readonly Mention[] = [],
): Publisher {
  const mentioned = new Set(mentions.map((m) => m.key));
  // (a publisher is an organisation or an outlet, never a person)
  const named = (name: string, why: string, type: 'organization' | 'outlet' = 'organization'): Publisher => {
    const r = resolver.resolve(name, { type });
    return { key: r.key, name: r.isNew ? name : r.canonical, why };
  };
  if (given) return named(given, 'given with --publisher');
  if (seg.series && seg.number) {
    // A signature line: "Regional Media Watch Institute (RMWI) – Special Dispatch No. 4821".
    const tag = `${seg.series} No. ${seg.number}`;
    for (const b of seg.blocks) {
      const line = doc.text.slice(b.start, b.end);
      const at = line.indexOf(tag);
      if (at <= 0 || line.length > 200) continue;
      const org = mentions.find((m) => m.start >= b.start && m.end <= b.start + at && (m.type === 'organization' || m.type === 'outlet'));
      if (org) return { key: org.key, name: org.surface, why: `signs the series line "${line.trim()}"` };
    }
  }
  if (seg.series) {
    const s = seg.series.toLowerCase();
    const candidates = packs.flatMap((p) => p.actors.filter((a) => a.publishes?.some((x) => x.toLowerCase() === s)));
    const pick = candidates.find((a) => mentioned.has(a.id)) ?? candidates[candidates.length - 1];
    if (pick) return { key: pick.id, name: pick.name, why: `publishes the series "${seg.series}"` };
  }
  if (doc.meta.site) return named(doc.meta.site, 'the page names its site');
  for (const b of seg.blocks.slice(0, 6)) {
    const line = doc.text.slice(b.start, b.end);
    const m = WIRE_DATELINE.exec(line) ?? BYLINE.exec(line);
    if (m?.[1]) return named(m[1].trim(), 'named in the dateline or byline', 'outlet');
  }
  const masthead = mastheadOf(doc, seg);
  if (masthead) return named(masthead, 'named in the masthead', OUTLET_HEADS.test(masthead) ? 'outlet' : 'organization');
  return { key: 'x:publisher', name: 'publisher (unknown)', why: 'no publisher named; pass --publisher' };
}

/** Words of a masthead that make the publisher a news outlet rather than an institute. */
const OUTLET_HEADS = /\b(?:times|post|news|herald|gazette|tribune|journal|daily|weekly|press|wire|ledger|courier|chronicle)\b/i;
/** Words that end the name of a publisher: "Lumen Media Monitor", "Greyfield Institute". */
const PUBLISHER_HEADS = /\b(?:institute|service|monitor|monitoring|observer|observatory|center|centre|agency|times|post|news|review|digest|bulletin|foundation|council|project|network|studies|policy|herald|gazette|tribune|journal|daily|weekly|press|media|wire|ledger|courier|chronicle)\b/i;

/**
 * The masthead: a short first line that names an organisation ("LUMEN MEDIA MONITOR | Broadcast
 * Transcripts", "Greyfield Institute for Security Policy"), not a headline.
 */
function mastheadOf(doc: RawDoc, seg: Segmented): string | undefined {
  const b = seg.blocks[0];
  if (!b || seg.blocks.length < 3) return undefined;
  const line = doc.text.slice(b.start, b.end).split('|')[0]!.trim();
  if (line.length < 3 || line.length > 60 || /["“”:;!?,.]|\d/.test(line)) return undefined;
  const words = line.split(/\s+/);
  if (words.length > 8 || !words.every((w) => /^(?:\p{Lu}|of\b|for\b|the\b|and\b|on\b|&)/u.test(w))) return undefined;
  const caps = line === line.toUpperCase();
  if (!PUBLISHER_HEADS.test(line) && !(caps && words.length <= 5)) return undefined;
  const name = caps ? line.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Of|For|The|And|On)\b/g, (w, _m, i: number) => (i === 0 ? w : w.toLowerCase())) : line;
  return name.replace(/^The\s+/, 'The ');
}
