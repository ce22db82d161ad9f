// Groups named by where they are: "Iranians in the city of Qom", "the commanders in Iran",
// "protesters in Halden". The people of a place are not the place's state, and the
// commanders in a country are not every commander: the phrase names a group of its own.
import { nameKey } from '../resolve/name-key.js';
import type { Mention } from '../types.js';

/** A plural people-noun: a demonym ("Iranians", "Varnians") or a collective mention. */
const DEMONYM_PLURAL = /\b(?:[Tt]he\s+)?(\p{Lu}\p{Ll}+(?:ians|ans|ese|is|ers))$/u;
/** What joins the group to its place: " in ", " in the city of ", " from ". */
const AT_PLACE = /^\s+(?:in|from)\s+(?:the\s+(?:city|town|province|village|region|camp)\s+of\s+)?/;

/** A demonym and a plural of institutions: "Sevrenian banks", "Kestrian shipping companies". */
const NATION_FIRMS = /\b(\p{Lu}\p{Ll}+) (?:banks|lenders|companies|firms|exporters|shipping companies|exchange houses|refineries)\b/gu;

/** After an organisation's name, a panel of its own: " panel of experts", " expert panel". */
const PANEL_AFTER = /^(?:['’]s)?\s+(?:expert\s+)?panel(?:\s+of\s+experts)?\b/;

/** "the people of the Marches", "the sons of the hills", "people in the highlands" (group 1: a leading "the "). */
const PEOPLE_OF = /\b([Tt]he\s+)?(?:people|sons|inhabitants|residents)\s+(?:of|in)\s+(?:the\s+)?(?:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?|highlands|hills|mountains|valley|marshes|border villages)\b/gu;

/**
 * Mentions with "<group> in <place>" merged into one group mention (type collective, its own
 * key); the place mention inside stays, so the place is still named.
 */
export function locatedGroups(text: string, mentions: readonly Mention[]): Mention[] {
  const places = mentions.filter((m) => m.type === 'place' || m.type === 'state');
  if (!places.length && !/\b(?:people|sons|inhabitants|residents) (?:of|in)\b|\bpanel\b/.test(text)) return [...mentions];
  const added: Mention[] = [];
  const removed = new Set<Mention>();
  const covered = (s: number, e: number): boolean => mentions.some((m) => m.start < e && m.end > s);
  const placeAfter = (end: number): Mention | undefined => {
    const m = AT_PLACE.exec(text.slice(end, end + 40));
    if (!m) return undefined;
    const at = end + m[0].length;
    return places.find((p) => p.start === at);
  };
  const group = (start: number, end: number, place: Mention): Mention => {
    const surface = text.slice(start, place.end);
    return { start, end: place.end, surface, type: 'collective', key: `x:${nameKey(surface.replace(/^the\s+/i, ''), [])}`, source: 'collective' };
  };
  // A collective the matcher found ("the commanders", "protesters") followed by its place.
  for (const m of mentions) {
    if (m.source !== 'collective') continue;
    const place = placeAfter(m.end);
    if (!place) continue;
    added.push(group(m.start, m.end, place));
    removed.add(m);
  }
  // A collective named by its nation ("Sulvani lawmakers", "Kestrian clerics"): the nation's
  // lawmakers, not every lawmaker and not the state. (The state's mention inside stays.)
  for (const m of mentions) {
    if (m.source !== 'collective' || removed.has(m) || /^the\s/i.test(m.surface)) continue;
    const nation = places.find((p) => p.type === 'state' && p.end === m.start - 1 && text[p.end] === ' ' && /\p{Ll}$/u.test(p.surface) && !/\s/.test(p.surface));
    if (!nation) continue;
    const surface = text.slice(nation.start, m.end);
    added.push({ start: nation.start, end: m.end, surface, type: 'collective', key: `x:${nameKey(surface, [])}`, source: 'collective' });
    removed.add(m);
  }
  // A nation's institutions, addressed as one ("I call on Sevrenian banks to freeze ..."): a
  // group of its own, not the state. (Only these nouns: "Sevrenian officials" speak for the state.)
  for (const g of text.matchAll(NATION_FIRMS)) {
    const end = g.index + g[0].length;
    const nation = places.find((p) => p.type === 'state' && p.start === g.index && p.end === g.index + g[1]!.length);
    if (!nation || mentions.some((m) => m !== nation && m.start < end && m.end > nation.end)) continue;
    const surface = g[0];
    added.push({ start: g.index, end, surface, type: 'collective', key: `x:${nameKey(surface, [])}`, source: 'collective' });
  }
  // The people of a region, named ("the people of the Marches", "the people of Ambrel") or not
  // ("the people of the highlands", "the sons of the hills"): a group of its own, not the
  // region and not a state ("the people of Varnia" is left to the state).
  for (const g of text.matchAll(PEOPLE_OF)) {
    const start = g.index + (g[1] ? g[1].length : 0);
    const end = g.index + g[0].length;
    // ("the people" alone, a collective the matcher found, gives way to the longer phrase)
    const head = mentions.filter((m) => m.source === 'collective' && m.start >= g.index && m.start <= start && m.end < end);
    const inner = mentions.filter((m) => m.start >= start && m.end <= end && !head.includes(m));
    if (inner.some((m) => m.type === 'state' || m.type === 'collective') || mentions.some((m) => !head.includes(m) && m.start < start + 1 && m.end > start)) continue;
    for (const m of head) removed.add(m);
    const surface = text.slice(start, end);
    added.push({ start, end, surface, type: 'collective', key: `x:${nameKey(surface.replace(/^the\s+/i, ''), [])}`, source: 'collective' });
  }
  // A body of a named organisation: "the UN panel of experts", "the Council's panel" is not the UN.
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'state') continue;
    const body = PANEL_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!body) continue;
    const end = m.end + body[0].length;
    const surface = text.slice(m.start, end);
    // (one body however it is written: "the UN panel of experts", "the UN panel")
    added.push({ start: m.start, end, surface, type: 'organization', key: `x:${nameKey(`${m.surface} panel`, [])}`, source: 'titled' });
  }
  // A plural demonym in no mention ("Iranians in the city of Qom").
  for (const p of places) {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const lead = /\s+(?:in|from)\s+(?:the\s+(?:city|town|province|village|region|camp)\s+of\s+)?$/.exec(before);
    if (!lead) continue;
    const head = DEMONYM_PLURAL.exec(before.slice(0, lead.index));
    if (!head) continue;
    const start = p.start - before.length + head.index + (head[0].length - head[1]!.length);
    const end = start + head[1]!.length;
    if (covered(start, end)) continue;
    added.push(group(start, end, p));
  }
  if (!added.length) return [...mentions];
  return [...mentions.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
