// attribute/post-heading: the heading of an item in a digest of social-media posts,
// "2. Defence Minister Aurel Dravan, X (@ADravan), 21 April, 09:15": who posted, on which
// platform, and when. The passages of the item are that person's posts of that day.

/** Platforms whose messages are posts, not outlets' reports. */
const PLATFORM = /(?:^|[\s("“])(?:X|Twitter|Telegram|Facebook|Instagram|YouTube|TikTok|VKontakte|VK|WhatsApp|Threads|Bluesky|Truth Social)(?=$|[\s)"”,.:])/;
const TIME = /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|local(?: time)?))?$/i;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;

export interface PostHeading {
  /** Who posted, as written ("RDM spokesman Dario Kessvent"), and where it starts in the heading. */
  readonly who: string;
  readonly whoAt: number;
  /** The platform part ("Telegram channel \"Kavra Sohel\"", "X (@ADravan)"). */
  readonly platform: string;
  /** The part that gives the day ("21 April"). */
  readonly when: string;
}

/** Splits at commas outside quotation marks and brackets, keeping each part's offset. */
function parts(s: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    if (i === s.length || (c === ',' && depth === 0 && !quoted)) {
      const raw = s.slice(start, i);
      const lead = raw.length - raw.trimStart().length;
      out.push({ text: raw.trim(), at: start + lead });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Reads a one-line item heading "[N.] WHO[, role], PLATFORM, DAY[, TIME]"; undefined when the
 * line is not one. `isDay` says whether a part names a day.
 */
export function readPostHeading(line: string, isDay: (s: string) => boolean): PostHeading | undefined {
  if (line.includes('\n') || line.length > 220 || /[.!?;:]["”’]?\s*$/.test(line)) return undefined;
  const num = NUMBERED.exec(line);
  const body = num ? line.slice(num[0].length) : line;
  const offset = num ? num[0].length : 0;
  const ps = parts(body);
  if (ps.length < 3) return undefined;
  let k = ps.length - 1;
  if (TIME.test(ps[k]!.text)) k--;
  const when = ps[k];
  if (!when || !isDay(when.text)) return undefined;
  k--;
  const platform = ps[k];
  if (!platform || k < 1 || !PLATFORM.test(platform.text)) return undefined;
  const who = ps[0]!;
  if (!/^\p{Lu}/u.test(who.text) || who.text.split(/\s+/).length > 8) return undefined;
  return { who: who.text, whoAt: offset + who.at, platform: platform.text, when: when.text };
}
