// Capitals for their states. Monitoring copy names a government by its seat ("Istrenne denies
// arming the group", "commanded from Brannock"). A pack lists the capitals it knows as aliases
// of their states; for the others, a document that says which state a city is the capital of
// ("Oskavar, the Kestrian capital", "the Calderan capital, Brannock", "Renhollow [the Belvornian
// capital]", "Brannock [i.e., the Calderan government]") means that state wherever it writes
// the city's name alone.
import type { Mention, Seat } from '../types.js';

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
/** Prepositions of place before a city. */
const LOCATIVE_BEFORE = /\b(?:[Ii]n|at|near|inside|outside|around|across)\s+$/;
/** A city name: one capitalised word. */
const CITY_BEFORE = /(\p{Lu}[\p{Ll}'’-]+)$/u;

/** A state's government after its name: "Velonhar's foreign minister", "Zhadruni Foreign Minister", "Kestrian officials". */
const GOVERNMENT_AFTER = /^(?:['’]s)?\s+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Pp]rime)\s+)?(?:[Mm]inister|[Mm]inistry|[Pp]resident|[Gg]overnment|officials|[Ss]upreme [Gg]uide|[Pp]arliament|state (?:media|television|radio))\b/;
/** "In Istrenne, Velonhar's foreign minister ...": the city that opens the sentence. */
const IN_CITY_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)In (\p{Lu}[\p{Ll}'’-]+),\s+(?:the\s+)?$/u;
/** "... held a news conference in Amsellu", "... received Tavrosh in Istrenne": where the government acted at home. */
const ACTED_IN_CITY = /^[^.!?\n]{0,80}?\b(?:(?:news|press) conference|received [^.!?\n,;]{1,40}?|hosted [^.!?\n,;]{1,40}?) in (\p{Lu}[\p{Ll}'’-]+)\b(?![\s-]+\p{Lu})/u;
/** Words of a journey: an official abroad says nothing of the seat ("arrived in", "visit to"). */
const TRAVEL = /\b(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:e|es|ed|ing)|travel(?:s|led|ling)?|fl(?:ew|ies|y)|abroad|summit)\b/;
/** "the foreign ministry in Amsellu", "the government in Aubrelle": a seat of the one state the sentence names. */
const GOVERNMENT_IN = /\bthe (?:foreign ministry|defen[cs]e ministry|government|presidency) in (\p{Lu}[\p{Ll}'’-]+)\b(?![\s-]+\p{Lu})/gu;

/**
 * A wire dateline at a line's start: "TEODRIN, March 14 (Pandrel Press) - ". The city is group 1,
 * written in capitals; the lead sentence starts where the match ends.
 */
const DATELINE = /(?:^|\n)[ \t]*(\p{Lu}{3,}),?[ \t]+[^\n]{0,40}?[ \t]+[-–—]{1,2}[ \t]+/gu;

/** A one-word state the mentions stage guessed from how it is used ("Istrenne supplies ..."), not from a pack: a seat the document shows says better whose it is. */
const guessedState = (m: Mention): boolean => m.type === 'state' && m.source !== 'pack' && !/\s/.test(m.surface);

/**
 * Each city the document calls a state's capital or government (city -> the state's mention),
 * or shows as its seat: its officials at home there ("In Istrenne, Velonhar's foreign
 * minister", "Zhadruni Foreign Minister X held a news conference in Amsellu", "the foreign
 * ministry in Amsellu" where Zhadrun is the one state named). A city two states claim is
 * neither's.
 */
function seatsOf(text: string, mentions: readonly Mention[]): Map<string, Mention> {
  const seats = new Map<string, Mention>();
  const shown = new Map<string, Mention | null>();
  const dated = new Map<string, Mention>();
  const show = (city: string, s: Mention): void => {
    const prev = shown.get(city);
    shown.set(city, prev === undefined || prev?.key === s.key ? s : null);
  };
  for (const s of mentions) {
    if (s.type !== 'state') continue;
    const after = text.slice(s.end, s.end + 40);
    const before = text.slice(Math.max(0, s.start - 40), s.start);
    if (GOVERNMENT_AFTER.test(after)) {
      const opening = IN_CITY_BEFORE.exec(before);
      if (opening) show(opening[1]!, s);
      const rest = text.slice(s.end, s.end + 160);
      const acted = ACTED_IN_CITY.exec(rest);
      if (acted && !TRAVEL.test(acted[0])) show(acted[1]!, s);
    }
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
  for (const g of text.matchAll(GOVERNMENT_IN)) {
    const from = Math.max(text.lastIndexOf('.', g.index), text.lastIndexOf('\n', g.index));
    const next = text.slice(g.index).search(/[.!?\n]/);
    const to = next < 0 ? text.length : g.index + next;
    // (the state named before the phrase: "the regime in Seroth and its masters: ... Brennmark" is no Brennmark seat)
    const states = mentions.filter((m) => m.type === 'state' && m.start > from && m.end <= g.index && m.surface !== g[1]);
    if (states.length && states.every((m) => m.key === states[0]!.key)) show(g[1]!, states[0]!);
  }
  // A dateline over a lead whose first words are a state's official ("TEODRIN, March 14 (Pandrel
  // Press) - Kasmundi's defence minister on Friday accused ..."): the weakest sign, taken only
  // for a city nothing else places, since a minister abroad is datelined abroad too.
  for (const d of text.matchAll(DATELINE)) {
    const lead = d.index + d[0].length;
    // (the state's name opens the lead; its mention there may be inside the official's own)
    const word = /^\p{Lu}[\p{L}'’-]*?(?=(?:['’]s)?\s)/u.exec(text.slice(lead, lead + 40))?.[0];
    if (!word || !GOVERNMENT_AFTER.test(text.slice(lead + word.length, lead + word.length + 40))) continue;
    const s = mentions.find((m) => m.type === 'state' && m.surface === word);
    if (!s) continue;
    const city = d[1]!.charAt(0) + d[1]!.slice(1).toLowerCase();
    if (!shown.has(city)) dated.set(city, s);
  }
  for (const [city, s] of shown) if (s && !seats.has(city)) seats.set(city, s);
  for (const [city, s] of dated) if (!seats.has(city) && !shown.has(city)) seats.set(city, s);
  // (a city that is itself a state the document names is no seat of another; nor is a person's
  // name or a name of another kind written alone)
  for (const m of mentions) {
    if (!seats.has(m.surface)) continue;
    if (guessedState(m) || m.type === 'place') continue;
    if (m.type !== 'state' || seats.get(m.surface)!.key !== m.key) seats.delete(m.surface);
  }
  return seats;
}

/**
 * The mentions with every stand-alone writing of a capital city read as its state. A city
 * inside a longer name ("the Istrenne Daily") is left alone.
 */
export function capitalReferences(text: string, mentions: readonly Mention[], elsewhere: ReadonlyMap<string, Seat> = new Map()): Mention[] {
  const seats = seatsOf(text, mentions);
  // Seats other documents of the run showed, for the cities this one leaves untold: the state
  // as this document writes it, when it names the state at all.
  for (const [city, seat] of elsewhere) {
    if (seats.has(city) || mentions.some((m) => m.surface === city && m.type !== 'place' && !guessedState(m))) continue;
    const state = mentions.find((m) => m.type === 'state' && m.key === seat.state);
    if (state && text.includes(city)) seats.set(city, state);
  }
  if (!seats.size) return [...mentions];
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  // ("a meeting in Caldreth": where something happened is the city; "calls on Brannock" is the state)
  // ("Caldreth, 18 March 2025" under a statement: a sign-off's place)
  const locative = (start: number): boolean => LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))
    || (/^\p{Lu}[\p{L}'’-]*,\s+\d{1,2}\s+\p{Lu}|^\p{Lu}[\p{L}'’-]*,\s+\p{Lu}\p{Ll}+\s+\d/u.test(text.slice(start, start + 30)) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 4), start)));
  const out = mentions.map((m) => {
    const state = m.end - m.start === m.surface.length ? seats.get(m.surface) : undefined;
    if (!state || (m.type !== 'place' && !guessedState(m))) return m;
    // (a city guessed to be a state is the city where the text says where)
    if (locative(m.start)) return m.type === 'place' ? m : { ...m, type: 'place' as const };
    return { ...m, type: 'state' as const, key: state.key, source: 'seat' as const };
  });
  for (const [city, state] of seats) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])${city}(?![\\p{L}\\p{N}-])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index, end = start + city.length;
      if (covered[start] || covered[end - 1] || locative(start)) continue;
      // ("the Istrenne Daily", "Port Brannock"): part of a longer name
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3)) && !/^\s+(?:[Dd]oes|[Hh]as|[Ii]s|[Ww]ill|[Ss]hould)\b/.test(text.slice(end, end + 8))) continue;
      if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 20), start)) && !/(?:^|[.!?:;,]\s*|\n)\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
      out.push({ start, end, surface: city, type: 'state', key: state.key, source: 'seat' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The seats a document shows (see seatsOf), for the other documents of a run. */
export function seatsShown(text: string, mentions: readonly Mention[]): Seat[] {
  return [...seatsOf(text, mentions)].map(([city, m]) => ({ city, state: m.key }));
}
