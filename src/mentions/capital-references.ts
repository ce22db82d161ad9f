// Capitals for their states. Monitoring copy names a government by its seat ("Istrenne denies
// arming the group", "commanded from Brannock"). A pack lists the capitals it knows as aliases
// of their states; for the others, a document that says which state a city is the capital of
// ("Oskavar, the Kestrian capital", "the Calderan capital, Brannock", "Renhollow [the Belvornian
// capital]", "Brannock [i.e., the Calderan government]") means that state wherever it writes
// the city's name alone.
import type { Mention } from '../types.js';

/** What follows a city to say whose seat it is: ", the Velonhari capital", " [i.e., the Calderan government]". */
const SEAT_BEFORE_STATE = /(?:,\s+(?:the\s+)?|\s*[[(](?:i\.\s?e\.,?\s+)?(?:the\s+)?)$/;
/** "[i.e., the Calderan government]": the bracket says whom the city stands for. */
const IE = /i\.\s?e\./;
/** After the state in that phrase: "capital" (", the X capital"), or the bracket's "government" too. */
const SEAT_AFTER_STATE = /^(?:['’]s)?\s+capital\b/;
const BRACKET_AFTER_STATE = /^(?:['’]s)?\s+(?:capital|government|regime|leadership|authorities)\s*[\])]/;
/** "[i.e., Calderan]" names the state alone. ("Voice of the Bulwark (Sulvane)" says where, not whom.) */
const BRACKET_CLOSE = /^\s*[\])]/;
/** "the Calderan capital, Brannock", "Velonhar's capital Istrenne", "the capital of Kasmundi, Teodrin". */
const CITY_AFTER_STATE = /^(?:['’]s)?\s+capital(?:\s+city)?,?\s+(\p{Lu}[\p{Ll}'’-]+)\b/u;
const CITY_AFTER_CAPITAL_OF = /^,\s+(\p{Lu}[\p{Ll}'’-]+)\b(?!\s+\p{Lu})/u;
/** A city name: one capitalised word. */
const CITY_BEFORE = /(\p{Lu}[\p{Ll}'’-]+)$/u;

/** Each city the document calls a state's capital or government: city -> the state's mention. */
function seatsOf(text: string, mentions: readonly Mention[]): Map<string, Mention> {
  const seats = new Map<string, Mention>();
  for (const s of mentions) {
    if (s.type !== 'state') continue;
    const after = text.slice(s.end, s.end + 40);
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    const lead = SEAT_BEFORE_STATE.exec(before);
    if (lead) {
      const bracket = /[[(]/.test(lead[0]);
      const city = CITY_BEFORE.exec(before.slice(0, before.length - lead[0].length));
      const says = bracket ? BRACKET_AFTER_STATE.test(after) || (IE.test(lead[0]) && BRACKET_CLOSE.test(after)) : SEAT_AFTER_STATE.test(after);
      if (city && says) seats.set(city[1]!, s);
    }
    const follows = CITY_AFTER_STATE.exec(after) ?? (/\bcapital of\s+$/.test(before) ? CITY_AFTER_CAPITAL_OF.exec(after) : null);
    if (follows) seats.set(follows[1]!, s);
  }
  // (a city that is itself a state the document names is no seat of another)
  for (const m of mentions) if (m.type === 'state' && seats.has(m.surface) && seats.get(m.surface)!.key !== m.key) seats.delete(m.surface);
  return seats;
}

/**
 * The mentions with every stand-alone writing of a capital city read as its state. A city
 * inside a longer name ("the Istrenne Daily") is left alone.
 */
export function capitalReferences(text: string, mentions: readonly Mention[]): Mention[] {
  const seats = seatsOf(text, mentions);
  if (!seats.size) return [...mentions];
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const out = mentions.map((m) => {
    const state = m.end - m.start === m.surface.length ? seats.get(m.surface) : undefined;
    return state && m.type === 'place' ? { ...m, type: 'state' as const, key: state.key } : m;
  });
  for (const [city, state] of seats) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])${city}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index, end = start + city.length;
      if (covered[start] || covered[end - 1]) continue;
      // ("the Istrenne Daily", "Port Brannock"): part of a longer name
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !/^\s+(?:[Dd]oes|[Hh]as|[Ii]s|[Ww]ill|[Ss]hould)\b/.test(text.slice(end, end + 8))) continue;
      if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 20), start)) && !/(?:^|[.!?:;,]\s*|\n)\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
      out.push({ start, end, surface: city, type: 'state', key: state.key, source: 'short' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
