// occasion: when, how and from which outlet a statement came, read from the words around it.
// Dates are resolved with chrono-node against the document's date and kept only where they
// date the act of speaking ("On October 8,", "an October 10, 2023 ceremony", "said Saturday"),
// not a reported event ("a plan drawn up in January 2020").
import * as chrono from 'chrono-node';
import type { Medium } from '../types.js';
import type { AttributionLexicon } from './lexicon.js';
import { MASK } from './narration.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const ACCEPT_BEFORE = /(?:^|[\s(])(?:on|an|a|dated|this|last|past)\s*$|,\s*$|^\s*$/i;

/** ISO dates that date an act of speaking in `s` (masked text), nearest to `near` first. */
export function speakingDates(s: string, ref: Date | undefined, lex: AttributionLexicon, near = s.length): string[] {
  if (!/\d|day\b|year\b|week\b|month\b|yesterday|today/i.test(s)) return [];
  const found: { iso: string; at: number }[] = [];
  for (const r of chrono.parse(s.replaceAll(MASK, ' '), ref ?? new Date(), { forwardDate: false })) {
    const before = s.slice(Math.max(0, r.index - 20), r.index);
    const prevWord = (/([\p{L}]+)\W*$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (!ACCEPT_BEFORE.test(before) && !lex.speechVerbs.has(prevWord)) continue;
    if (/^\d{1,2}:\d{2}/.test(r.text) || /^(?:now|today|tonight)$/i.test(r.text)) continue;
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (!y || !(c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday') || /year|month|week/i.test(r.text))) continue;
    const iso = c.isCertain('day') || (c.isCertain('weekday') && !c.isCertain('month'))
      ? `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`
      : c.isCertain('month') ? `${y}-${pad(m ?? 1)}` : `${y}`;
    found.push({ iso, at: r.index });
  }
  return found.sort((a, b) => Math.abs(a.at - near) - Math.abs(b.at - near)).map((f) => f.iso);
}

const PRIORITY: readonly Medium[] = ['post', 'call', 'letter', 'interview', 'chant', 'poster', 'speech', 'meeting', 'statement', 'broadcast', 'article'];
const cueCache = new WeakMap<AttributionLexicon, RegExp>();
function cueRe(lex: AttributionLexicon): RegExp {
  let re = cueCache.get(lex);
  if (!re) {
    const alts = lex.media.map(([c]) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    re = new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi');
    cueCache.set(lex, re);
  }
  return re;
}

/** The medium a piece of narration tells, by the strongest cue in it. */
export function mediumIn(s: string, lex: AttributionLexicon): Medium | undefined {
  const re = cueRe(lex);
  const map = new Map(lex.media);
  let best: Medium | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const med = map.get(m[0].toLowerCase().replace(/\s+/g, ' '));
    if (med && (!best || PRIORITY.indexOf(med) < PRIORITY.indexOf(best))) best = med;
  }
  return best;
}

/** The medium an outlet speaks in, from the words that describe it ("Telegram channel", "TV"). */
export function outletMedium(descr: string): Medium {
  if (/\b(?:telegram|twitter|x account|facebook|instagram|channel on|blog)\b/i.test(descr)) return 'post';
  if (/\b(?:tv|television|radio|broadcaster)\b/i.test(descr)) return 'broadcast';
  return 'article';
}

/** Outlets credited in the narration: "told Al-Mayadeen", "as quoted by Al Arabiya", "ISNA reported". */
export function citedIn(s: string): { name: string; at: number } | undefined {
  const NAME = "((?:Al[- ])?\\p{Lu}[\\p{L}\\p{N}'’.\\-]*(?:\\s+(?:TV|News|Agency|\\p{Lu}[\\p{L}\\p{N}'’.\\-]*)){0,4})";
  const res = [
    new RegExp(`\\b(?:quoted|cited|reported|carried|published|aired)\\s+by\\s+(?:the\\s+)?${NAME}`, 'u'),
    new RegExp(`\\btold\\s+(?:the\\s+)?${NAME}`, 'u'),
    new RegExp(`\\b(?:interview|speaking)\\s+(?:with|to)\\s+(?:the\\s+)?${NAME}`, 'u'),
    new RegExp(`${NAME}\\s+(?:reported|quoted|carried|cited)\\b`, 'u'),
  ];
  for (const re of res) {
    const m = re.exec(s);
    if (m && !/^(?:He|She|It|They|We|I|The)$/.test(m[1]!)) return { name: m[1]!, at: m.index + m[0].indexOf(m[1]!) };
  }
  return undefined;
}
