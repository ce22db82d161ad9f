// occasion: when, how and from which outlet a statement came, read from the words around it.
// Dates are resolved with chrono-node against the document's date and kept only where they
// date the act of speaking ("On October 8,", "an October 10, 2023 ceremony", "said Saturday"),
// not a reported event ("a plan drawn up in January 2020").
import * as chrono from 'chrono-node';
import type { Medium } from '../types.js';
import type { AttributionLexicon } from './lexicon.js';
import { MASK } from './narration.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const MONTH_FIRST = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?$/;
const ACCEPT_BEFORE = /(?:^|[\s(])(?:on|an|a|dated|this|last|past|on\s+the|in\s+the)\s*$|,\s*$|^\s*$/i;

/** ISO dates that date an act of speaking in `s` (masked text), nearest to `near` first. */
export function speakingDates(s: string, ref: Date | undefined, lex: AttributionLexicon, near = s.length): string[] {
  if (!/\d|day\b|year\b|week\b|month\b|yesterday|today|January|February|March|April|May|June|July|August|September|October|November|December/i.test(s)) return [];
  // The same narration is read for every quote around it: parse it once (chrono is the cost here).
  const key = `${ref?.getTime() ?? ''}\u0000${s}`;
  let found = DATE_CACHE.get(key);
  if (!found) {
    found = datesIn(s, ref, lex);
    if (DATE_CACHE.size > 4096) DATE_CACHE.clear();
    DATE_CACHE.set(key, found);
  }
  return [...found].sort((a, b) => Math.abs(a.at - near) - Math.abs(b.at - near)).map((f) => f.iso);
}

const DATE_CACHE = new Map<string, readonly { iso: string; at: number }[]>();

function datesIn(s: string, ref: Date | undefined, lex: AttributionLexicon): { iso: string; at: number }[] {
  const found: { iso: string; at: number }[] = [];
  // chrono reads "the evening of March 8" as this evening: drop the part of day, keep offsets.
  const plain = s.replaceAll(MASK, ' ').replace(/\b(?:morning|evening|night|afternoon|eve)\s+of\s+/gi, (w) => ' '.repeat(w.length));
  for (const r of chrono.parse(plain, ref ?? new Date(), { forwardDate: false })) {
    const before = plain.slice(Math.max(0, r.index - 20), r.index).replace(/\s+$/, ' ');
    const prevWord = (/([\p{L}]+)\W*$/u.exec(before)?.[1] ?? '').toLowerCase();
    // ("said in April", "told Skyridge TV in March": a month after "in" dates the act.)
    const lead = plain.slice(Math.max(0, r.index - 40), r.index).toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const inMonth = prevWord === 'in' && MONTH_FIRST.test(r.text) && lead.slice(-5, -1).some((w) => lex.speechVerbs.has(w));
    if (!inMonth && !ACCEPT_BEFORE.test(before) && !lex.speechVerbs.has(prevWord) && !(/^on\s/i.test(r.text) && !/\b(?:because|when|after|before|since|that|while|until|if|as|where|which|who)\s*$/i.test(before))) continue;
    if (/^\d{1,2}:\d{2}/.test(r.text) || /^(?:now|today|tonight)$/i.test(r.text)) continue;
    // ("to pass, this month, a bill": a deadline, not when anything was said)
    if (/^(?:this|next)\s+(?:week|month|year)$/i.test(r.text) && !lex.speechVerbs.has(prevWord)) continue;
    const c = r.start;
    const y = c.get('year');
    const m = c.get('month');
    const d = c.get('day');
    if (!y || !(c.isCertain('year') || c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday') || /year|month|week/i.test(r.text))) continue;
    let iso = c.isCertain('day') || (c.isCertain('weekday') && !c.isCertain('month'))
      ? `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`
      : c.isCertain('month') ? `${y}-${pad(m ?? 1)}` : `${y}`;
    // ("told NNA on Saturday" in a report of Friday 14 March: the Saturday before, not the next;
    // what was said is never after the report that tells it)
    if (ref && c.isCertain('weekday') && !c.isCertain('day') && !/\b(?:next|coming)\b/i.test(r.text) && iso.length === 10) {
      const t = Date.parse(`${iso}T12:00:00Z`);
      if (t > ref.getTime() + 12 * 3600 * 1000) iso = new Date(t - 7 * 86400000).toISOString().slice(0, 10);
    }
    found.push({ iso, at: r.index });
  }
  return found;
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

const mapCache = new WeakMap<AttributionLexicon, Map<string, Medium>>();
const SPOKE_TO = /\b(?:[Ss]poke|[Ss]peaking|speaks|talked|[Tt]alking)\s+(?:(?:later|again|earlier|separately|exclusively)\s+)?to\s+/;
const PRESS = /^\s+(?:the\s+)?(?:reporters|journalists|press|media|a\s+news\s+conference|a\s+press\s+conference)\b/i;
const NAMED = /^\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}'’.\-]*)(?:\s+\p{Lu}[\p{L}\p{N}'’.\-]*){0,4}(?:\s+\d{1,3}(?![\d.,:]\d))?)/u;

/**
 * The medium a piece of narration tells, by the strongest cue in it. A cue written as part of a
 * name ("the Crimson Banner Front") is no cue; "told" is an interview only when an outlet hears
 * it ("told Sentinel Daily", "told the channel"), a statement when reporters do, and no cue when
 * a person does ("told Ferrant").
 * @param isOutlet whether a name is an outlet (defaults to names with an outlet noun)
 */
export function mediumIn(s: string, lex: AttributionLexicon, isOutlet?: (name: string) => boolean): Medium | undefined {
  const re = cueRe(lex);
  let map = mapCache.get(lex);
  if (!map) mapCache.set(lex, (map = new Map(lex.media)));
  let best: Medium | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const cue = m[0].toLowerCase().replace(/\s+/g, ' ');
    let med = map.get(cue);
    if (/^\p{Lu}/u.test(m[0]) && m.index > 0) {
      // Inside a name: a capitalised word before or after it ("Crimson Banner Front", "Press TV" aside).
      const before = /(\p{Lu}[\p{L}\-]*)\s+$/u.exec(s.slice(Math.max(0, m.index - 30), m.index));
      const after = /^\s+\p{Lu}/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if ((before && !/[.!?:]\s*$/.test(s.slice(0, m.index - before[0].length))) || (after && before)) continue;
      // ("the Post reports": a common noun written with a capital mid-sentence is a name)
      if (/^(?:post|statement|letter|interview|speech|article|message|call)$/.test(cue) && /\p{Ll}[\s,]*$/u.test(s.slice(Math.max(0, m.index - 20), m.index))) continue;
    }
    // A banner or poster is the medium only when its words are given ("a banner reading"), not
    // when it is scenery ("standing beneath a banner bearing the portrait of").
    if (med === 'poster' && /^(?:banner|poster|billboard|placard)s?$/.test(cue) && !/^\s*(?:that\s+|which\s+)?(?:read|reading|reads|said|saying|says|proclaim\w*|declar\w*|with\s+the\s+(?:words|slogan)|bearing\s+the\s+(?:words|slogan)|:)/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (cue === 'told' || cue === 'told the') {
      const rest = s.slice(m.index + 4);
      if (PRESS.test(rest)) med = 'statement';
      else {
        const n = NAMED.exec(rest);
        // ("told Kestrel Press." : the full stop is no part of the name)
        const name = n?.[1]?.replace(/(?<=\p{Ll}{2})\.$/u, '');
        const outletLike = (x: string): boolean => (isOutlet ? isOutlet(x) : false) || x.split(/\s+/).some((w) => lex.outletNouns.has(w.toLowerCase()));
        // ("told the Maruveti weekly Glass Harbour": a demonym, then what kind of outlet)
        const kindAfter = n ? /^\s+(\p{Ll}+)/u.exec(rest.slice(n.index + n[0].length))?.[1] : undefined;
        // ("told Lumen 24": a name with a number is a channel's; "told the Institute": the
        // research body that publishes the report heard it)
        const channel = name !== undefined && /\s\d{1,3}$/.test(name);
        const researcher = name !== undefined && /^(?:Institute|Centre|Center|Foundation|Project)$/.test(name) && /^\s+the\s/.test(rest);
        if (name) med = outletLike(name) || channel || researcher || (kindAfter !== undefined && lex.outletNouns.has(kindAfter)) ? 'interview' : undefined;
        else if (/^\s+(?:the|a|an)\s+\w+/i.test(rest)) {
          const noun = /^\s+(?:the|a|an)\s+(?:\w+\s+)?(\w+)/i.exec(rest)?.[1] ?? '';
          med = lex.outletNouns.has(noun.toLowerCase()) || /^(?:interviewer|host|program|programme|show)$/i.test(noun) ? 'interview' : undefined;
        } else med = undefined;
      }
    }
    if (med && (!best || PRIORITY.indexOf(med) < PRIORITY.indexOf(best))) best = med;
  }
  // ("spoke to the radio station Voice of the Bulwark", "speaking to Sentinel Daily"): an outlet
  // that heard it in person is an interview, whatever it then aired.
  const spoke = SPOKE_TO.exec(s);
  if (spoke) {
    const rest = s.slice(spoke.index + spoke[0].length);
    const named = NAMED.exec(' ' + rest)?.[1];
    const kind = /^(?:the\s+|a\s+)?(?:\p{L}+\s+){0,2}?(\p{Ll}+)\b/u.exec(rest)?.[1];
    if ((kind && lex.outletNouns.has(kind)) || (named && isOutlet?.(named))) {
      if (!best || PRIORITY.indexOf('interview') < PRIORITY.indexOf(best)) best = 'interview';
    }
  }
  return best;
}

/** The medium a speaker's description tells: the users or accounts of a platform post ("X users"). */
export function speakerMedium(descr: string): Medium | undefined {
  return /\b(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|Weibo|VK)\s+(?:users?|accounts?|channels?|posts?|followers)\b/.test(descr) ? 'post' : undefined;
}

/** The medium an outlet speaks in, from the words that describe it ("Telegram channel", "TV"). */
export function outletMedium(descr: string): Medium {
  if (/\b(?:telegram|twitter|x account|facebook|instagram|channel on|blog)\b/i.test(descr)) return 'post';
  if (/\b(?:tv|television|radio|broadcaster)\b/i.test(descr)) return 'broadcast';
  return 'article';
}

/**
 * Outlets credited in the narration: "as quoted by Al Arabiya", "ISNA reported", and, when the
 * name is an outlet, "told Al-Mayadeen", "According to the Kestrel News Agency", "in an interview
 * with X" ("told Ferrant" credits no one).
 * @param isOutlet whether a name is an outlet; without it every name counts
 */
export function citedIn(s: string, isOutlet: (name: string) => boolean = () => true): { name: string; at: number } | undefined {
  const NAME = "((?:Al[- ])?\\p{Lu}[\\p{L}\\p{N}'’.\\-]*(?:\\s+(?:TV|News|Agency|\\p{Lu}[\\p{L}\\p{N}'’.\\-]*)){0,4}(?:\\s+\\d{1,3}(?![\\d.,:]\\d))?)";
  // ("told the Maruveti weekly Glass Harbour": what kind of outlet, then its name)
  const ADJ = "(?:(?:state|state-run|state-owned|pro-government|independent|opposition)\\s+)?";
  const KIND = `(?:the\\s+)?${ADJ}(?:(?:\\p{Lu}[\\p{L}'’-]+\\s+)?${ADJ}(?:daily|weekly|newspaper|paper|magazine|website|broadcaster|outlet|(?:TV|television|satellite|news)\\s+channel|channel|(?:news\\s+)?agency)\\s+)?`;
  const res: [RegExp, boolean][] = [
    [new RegExp(`\\b(?:quoted|cited|reported|carried|published|aired)\\s+by\\s+${KIND}${NAME}`, 'u'), false],
    [new RegExp(`\\btold\\s+${KIND}${NAME}`, 'u'), true],
    [new RegExp(`\\b(?:interview|[Ss]peaking|spoke)\\s+(?:(?:later|again|earlier|separately|exclusively)\\s+)?(?:with|to)\\s+${KIND}${NAME}`, 'u'), true],
    [new RegExp(`\\b[Aa]ccording\\s+to\\s+${KIND}${NAME}`, 'u'), true],
    [new RegExp(`${NAME}\\s+(?:aired|broadcast|ran|published)\\s+(?:an?\\s+)?(?:interview|conversation|video|speech|statement|report)\\b`, 'u'), true],
    [new RegExp(`${NAME}\\s+(?:reported|quoted|carried|cited)\\b`, 'u'), false],
  ];
  for (const [re, needsOutlet] of res) {
    const m = re.exec(s);
    // ("told Pandrel Press." : the sentence's full stop is no part of the name; "U.S." keeps its own)
    const name = m?.[1]?.replace(/(?<=\p{Ll}{2})\.$/u, '');
    if (m && name && !/^(?:He|She|It|They|We|I|The)$/.test(name) && (!needsOutlet || isOutlet(name))) return { name, at: m.index + m[0].indexOf(m[1]!) };
  }
  return undefined;
}
