// Source credits: the footnotes at the end of a report ("[7] ISNA (Iran), October 8, 2023.")
// and the "(Source: Tasnim, Iran, October 8, 2023)" credits under images, parsed into
// outlet, country, date and URL. A footnote that is an explanatory note has no outlet.
import type { SourceCredit } from '../types.js';
import { findDates } from './dates.js';

type Credit = Omit<SourceCredit, 'start' | 'end'>;

const URL = /\bhttps?:\/\/[^\s)\]>"]+/;
const IBID = /^\s*ibid\b/i;
const CREDIT = /\((Source|Photo|Image|Photo credit|Credit|Photo by|Image source)\s*(?:by|:)?\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*\.?\s*$/i;

/** "(Fars, Iran, October 8, 2023)": a credit without "Source:". */
const BARE = /\(()([^()]{2,60},[^()]*\d{4})\)\s*\.?\s*$/;

/** "Photograph: Meridian Post" at the end of a caption. */
const TRAILING = /(Photograph|Photo|Picture|Image|Source|Credit|Photo credit)s?:\s*([^.:]{2,80})\.?\s*$/;

function clean(s: string): string {
  return s.replace(/^[\s,.;:–-]+|[\s,.;:–-]+$/g, '');
}

/**
 * Parses a footnote's body (the text after "[n]").
 * @param previous the footnote before, which "Ibid." repeats.
 */
export function parseFootnoteBody(body: string, previous?: Credit): Credit {
  if (IBID.test(body)) {
    return previous ? { outlet: previous.outlet, ...pick(previous) } : { outlet: '' };
  }
  const url = URL.exec(body)?.[0];
  const text = url ? body.replace(url, ' ') : body;
  const dates = findDates(text);
  const first = dates[0];
  // A citation is short: outlet, maybe country and date, maybe a URL or a title after it.
  const head = first ? text.slice(0, first.start) : text;
  const tail = first ? text.slice(first.end) : '';
  const isCitation = text.length < 300 && head.length <= 120 && clean(tail).length <= 160 && !/[.!?]\s+[A-Z]/.test(head);
  if (!isCitation) return { outlet: '', ...(url ? { url } : {}) };
  // "..., as quoted in Pavrok Courier": the outlet that carried it.
  const via = /\b(?:as (?:quoted|reported|cited|published) (?:in|by)|quoted (?:in|by)|cited (?:in|by)|via)\s+([^,;]+?)\s*(?:[,;.]|$)/i.exec(text);
  if (via) {
    const later = dates.find((d) => d.start > via.index);
    return { outlet: clean(via[1]!), ...(later ?? first ? { date: (later ?? first)!.iso } : {}), ...(url ? { url } : {}) };
  }
  // A letter, an interview or correspondence with the author is no outlet.
  if (/^\s*(?:letter|e-?mail|correspondence|interviews?|conversation|personal communication|author)\b/i.test(head)) {
    return { outlet: '', ...(first ? { date: first.iso } : {}), ...(url ? { url } : {}) };
  }
  const m = /^\s*([^()]*?)\s*(?:\(([^()]+)\))?\s*[,.]?\s*$/.exec(head.replace(/\s*[,;]\s*$/, ''));
  // 'Amsel Ledger, "The Budget Files,"', 'Selmora 24, interview with X': the outlet is the first part.
  const outlet = clean((m?.[1] ?? head).split(/,\s*(?=["“']|interview|statement|report|article|editorial|analysis|broadcast|programme|program|speech|post|video)/i)[0]!);
  const country = m?.[2] ? clean(m[2]) : undefined;
  // "Calderan Joint Task Force statement", "Prime Minister's Office": the speaker's own release, no outlet.
  if (/\b(?:statement|communiqu[eé]|press release|news release|Office)$/.test(outlet)) {
    return { outlet: '', ownRelease: true, ...(first ? { date: first.iso } : {}), ...(url ? { url } : {}) };
  }
  return {
    outlet,
    ...(country ? { country } : {}),
    ...(first ? { date: first.iso } : {}),
    ...(url ? { url } : {}),
  };
}

function pick(c: Credit): Partial<Credit> {
  return {
    ...(c.country ? { country: c.country } : {}),
    ...(c.date ? { date: c.date } : {}),
    ...(c.url ? { url: c.url } : {}),
  };
}

/**
 * Finds a "(Source: Outlet, Country, Date)" or "(Photo by Outlet)" credit at the end of `s`.
 * Offsets are relative to `s`.
 */
export function parseCredit(s: string): { credit: Credit; start: number; end: number } | null {
  const m = CREDIT.exec(s) ?? BARE.exec(s) ?? TRAILING.exec(s);
  if (!m) return null;
  const inner = m[2] ?? '';
  const innerStart = m.index + m[0].indexOf(inner, (m[1] ?? '').length + 1);
  const url = URL.exec(inner)?.[0];
  const dates = findDates(inner);
  const first = dates[0];
  const head = first ? inner.slice(0, first.start) : inner;
  const parts = head.split(',').map(clean).filter(Boolean);
  const outlet = parts[0] ?? '';
  const country = parts.length > 1 ? parts[1] : undefined;
  return {
    credit: {
      outlet,
      ...(country ? { country } : {}),
      ...(first ? { date: first.iso } : {}),
      ...(url ? { url } : {}),
    },
    start: innerStart,
    end: innerStart + inner.length,
  };
}
