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

const MADE_BY = /\b(?:translated|prepared|compiled|produced|published)\s+by\s+(?:the\s+)?(?=\p{Lu})/u;
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
    for (const [bi, b] of seg.blocks.entries()) {
      const line = doc.text.slice(b.start, b.end);
      const at = line.indexOf(tag);
      // ("Observatory for Regional Media Studies" on the line above "Special Dispatch No. 412")
      if (at === 0 && bi > 0 && bi <= 2) {
        const above = mastheadLine(doc.text.slice(seg.blocks[bi - 1]!.start, seg.blocks[bi - 1]!.end).trim().replace(/\s*\(\p{Lu}{2,8}\)$/u, ''), true);
        if (above) return named(above, `stands over the series line "${line.trim()}"`);
      }
      if (at <= 0 || line.length > 200) continue;
      const org = mentions.find((m) => m.start >= b.start && m.end <= b.start + at && (m.type === 'organization' || m.type === 'outlet'));
      if (org) return { key: org.key, name: org.surface, why: `signs the series line "${line.trim()}"` };
      // ("Observatory for Regional Media Studies\nSpecial Dispatch No. 412": a masthead over the series line)
      const head = line.slice(0, at).trim().split('\n').pop()!.replace(/\s*[–—|-]\s*$/, '').replace(/\s*\(\p{Lu}{2,8}\)$/u, '');
      const masthead = mastheadLine(head, true);
      if (masthead) return named(masthead, `signs the series line "${line.trim()}"`);
    }
  }
  let seriesPick: Publisher | undefined;
  if (seg.series) {
    const s = seg.series.toLowerCase();
    const candidates = packs.flatMap((p) => p.actors.filter((a) => a.publishes?.some((x) => x.toLowerCase() === s)));
    const named = candidates.find((a) => mentioned.has(a.id));
    if (named) return { key: named.id, name: named.name, why: `publishes the series "${seg.series}"` };
    const last = candidates[candidates.length - 1];
    if (last) seriesPick = { key: last.id, name: last.name, why: `publishes the series "${seg.series}"` };
  }
  // "The following are excerpts, translated by the Corbel Institute for Media Research (CIMR)":
  // the document names who made it (before a pack's guess from a series name alone).
  const made = MADE_BY.exec(doc.text.slice(0, 3000));
  if (made) {
    const org = mentions.find((m) => m.start >= made.index + made[0].length - 1 && m.start <= made.index + made[0].length + 5 && (m.type === 'organization' || m.type === 'outlet'));
    if (org) return { key: org.key, name: org.surface, why: `"${made[0].trim()} ${org.surface}"` };
  }
  if (seriesPick) return seriesPick;
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

const PUBLISHER_TAIL = /\b(?:institute|service|monitor|monitoring|observatory|center|centre|foundation|council|project|network|studies|policy|research)$/i;
/** Words of a masthead that make the publisher a news outlet rather than an institute. */
const OUTLET_HEADS = /\b(?:times|post|news|herald|gazette|tribune|journal|daily|weekly|press|wire|ledger|courier|chronicle)\b/i;
/** Words that end the name of a publisher: "Lumen Media Monitor", "Greyfield Institute". */
const PUBLISHER_HEADS = /\b(?:institute|service|monitor|monitoring|observer|observatory|center|centre|agency|times|post|news|review|digest|bulletin|foundation|council|project|network|studies|policy|herald|gazette|tribune|journal|daily|weekly|press|media|wire|ledger|courier|chronicle)\b/i;

/**
 * The masthead: a short first line that names an organisation ("LUMEN MEDIA MONITOR | Broadcast
 * Transcripts", "Greyfield Institute for Security Policy"), not a headline.
 */
function mastheadOf(doc: RawDoc, seg: Segmented): string | undefined {
  if (seg.blocks.length < 3) return undefined;
  // (the first short lines: "TIDEWATCH MONITORING — DAILY PRESS REVIEW", or a title, then
  // "Quillon Institute for Conflict Studies (QICS)")
  for (const [i, b] of seg.blocks.slice(0, 3).entries()) {
    const lines = doc.text.slice(b.start, b.end).split("\n");
    const name = mastheadLine(lines[0]!.split(/\s*(?:\||—|–|\s-\s)\s*/)[0]!.replace(/\s*\(\p{Lu}{2,8}\)\s*$/u, '').trim(), i === 0);
    if (!name) continue;
    // ("FEDERAL TREASURY OF BRENNMARK" over "Office of Financial Restrictions (OFR)": the office
    // under the ministry issues the notice)
    const next = (lines.length > 1 ? lines[1]! : seg.blocks[i + 1] ? doc.text.slice(seg.blocks[i + 1]!.start, seg.blocks[i + 1]!.end).split("\n")[0]! : '').trim();
    const unit = ISSUING_UNIT.exec(next);
    if (unit) return unit[1]!;
    // ("FEDERATION OF ESTMARK" over "MINISTRY OF FINANCE": the state's ministry issues it)
    const ministry = /^(?:ministry|MINISTRY|Ministry) (?:of|OF|for|FOR) [\p{L} ]{3,40}$/u.test(next) ? titleCase(next) : undefined;
    if (ministry) {
      const state = STATE_FORM.exec(name);
      return state ? `${state[1]} ${ministry}` : ministry;
    }
    return name;
  }
  return undefined;
}

/** A state's formal name: "Federation of Estmark", "Republic of Talvessa" (group 1: the name). */
const STATE_FORM = /^(?:The )?(?:Federation|Republic|Kingdom|Sultanate|Emirate|Principality|Commonwealth|State|Government|Confederation) of (?:the )?(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)$/u;

/** "MINISTRY OF FINANCE" as it is named: "Ministry of Finance". */
const titleCase = (line: string): string => line.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Of|For|The|And|On)\b/g, (w, _m, i: number) => (i === 0 ? w : w.toLowerCase()));

/** A ministry's unit on the line under its name: "Office of Financial Restrictions (OFR)". */
const ISSUING_UNIT = /^((?:Office|Directorate|Department|Bureau|Agency|Division|Secretariat|Press Office|Service)(?: (?:of|for|the|and|\p{Lu}[\p{L}-]*)){1,8})(?: \(\p{Lu}{2,8}\))?$/u;

function mastheadLine(line: string, first: boolean): string | undefined {
  if (line.length < 3 || line.length > 60 || /["“”:;!?,.]|\d/.test(line)) return undefined;
  const words = line.split(/\s+/);
  if (words.length > 8 || !words.every((w) => /^(?:\p{Lu}|of\b|for\b|the\b|and\b|on\b|&)/u.test(w))) return undefined;
  const caps = line === line.toUpperCase();
  if (!PUBLISHER_HEADS.test(line) && !(caps && words.length <= 5 && first)) return undefined;
  // (after the first line, only a name that ends in a publisher's head word)
  if (!first && !PUBLISHER_TAIL.test(line)) return undefined;
  const name = caps ? titleCase(line) : line;
  return name.replace(/^The\s+/, 'The ');
}
