// Role references within one document: news copy often names an official by title alone
// ("Kasmundi's defence minister on Friday accused ...") and gives the name elsewhere ("Defence
// Minister Baran Oyelstrom told reporters ..."). A title qualified by its state or organisation
// ("Velonhar's Supreme Guide", "the Kasmundi defence minister") names the one person the
// document gives that title of that owner; a bare "the defence minister" names the one person
// the document gives that title at all.
import type { Mention } from '../types.js';

/** Titles of one office (lower case; "defense" is read as "defence"). Longest first. */
const TITLES = [
  'supreme leader', 'supreme guide', 'grand guide', 'high regent', 'head of state', 'prime minister', 'deputy prime minister',
  'foreign minister', 'defence minister', 'interior minister', 'finance minister', 'intelligence minister', 'foreign secretary',
  'defence secretary', 'secretary of state', 'chief of staff', 'army chief', 'secretary-general', 'secretary general',
  'president', 'king', 'emir', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'leader', 'chief',
];
const TITLE = TITLES.map((t) => t.replace(/ /g, '\\s+')).join('|');
/** A phrase that ends in a title of one office ("received by Karvania's Supreme Guide"). */
export const ENDS_IN_TITLE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLE})$`, 'iu');
/** Honorifics between a title and the name ("Defence Minister General X"). */
const HONORIFIC = '(?:(?:General|Gen\\.|Colonel|Col\\.|Brigadier|Major|Admiral|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?|Sheikh|Sayyed)\\s+)*';
/** A title right before a name: "Defence Minister X", "Velonhar's Supreme Guide, X". */
const BEFORE_NAME = new RegExp(`(?:^|[^\\p{L}])(${TITLE})(?:,\\s+|\\s+)${HONORIFIC}$`, 'iu');
/** A title set off right after a name: "X, Kasmundi's defence minister", "X, the commander of the Y". */
const AFTER_NAME = new RegExp(`^,\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3})?(${TITLE})\\b`, 'u');
/** What may stand between a title and a name after it: a comma or a space, honorifics. */
const LEAD = new RegExp(`^(?:,\\s+|\\s+)${HONORIFIC}`, 'u');
/** Words that say a title is not the office now held ("deputy", "former"). */
const NOT_THE_OFFICE = /\b(?:deputy|vice|former|ex|late|acting|assistant)\s*-?\s*$/i;

const OWNER_TYPES = new Set<Mention['type']>(['state', 'organization', 'group']);

const norm = (title: string): string => title.toLowerCase().replace(/\s+/g, ' ').replace('defense', 'defence').replace('secretary general', 'secretary-general');

interface Office {
  readonly owner: string | undefined;
  readonly title: string;
}

/** The owner mention ending right before `at` ("Kasmundi's ", "the Kasmundi "), if any. */
function ownerBefore(text: string, mentions: readonly Mention[], at: number): Mention | undefined {
  const gap = /(?:['’]s)?\s+$/.exec(text.slice(Math.max(0, at - 4), at));
  if (!gap) return undefined;
  const end = at - gap[0].length;
  return mentions.find((m) => m.end === end && OWNER_TYPES.has(m.type));
}

/** The offices each person is given in the document. */
function officesOf(text: string, mentions: readonly Mention[]): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  const add = (o: Office, person: string, capitalised = false): void => {
    // ("Leader Mezhrat": a title written as an honorific is also kept apart, for "the Leader")
    for (const k of [`${o.owner ?? ''}|${o.title}`, `|${o.title}`, ...(capitalised ? [`|=${o.title}`] : [])]) {
      let set = holders.get(k);
      if (!set) holders.set(k, (set = new Set()));
      set.add(person);
    }
  };
  for (const p of mentions) {
    if (p.type !== 'person') continue;
    const before = BEFORE_NAME.exec(text.slice(Math.max(0, p.start - 60), p.start));
    if (before) {
      const at = p.start - before[0].length + before[0].indexOf(before[1]!);
      if (!NOT_THE_OFFICE.test(text.slice(Math.max(0, at - 12), at))) {
        const owner = ownerBefore(text, mentions, at) ?? mentions.find((m) => OWNER_TYPES.has(m.type) && p.role && m.start >= p.role.start && m.end <= at);
        add({ owner: owner?.key, title: norm(before[1]!) }, p.key, /^\p{Lu}/u.test(before[1]!));
      }
    }
    const after = AFTER_NAME.exec(text.slice(p.end, p.end + 80));
    if (after && !NOT_THE_OFFICE.test(after[0].slice(0, after[0].length - after[1]!.length))) {
      const from = p.end;
      const to = p.end + after[0].length;
      // ("X, the commander of the Y", "X, Kasmundi's defence minister")
      const ofOwner = /^\s+of\s+(?:the\s+)?/.exec(text.slice(to, to + 12));
      const owner = ofOwner ? mentions.find((m) => m.start === to + ofOwner[0].length && OWNER_TYPES.has(m.type))
        : mentions.find((m) => m.start > from && m.end <= to && OWNER_TYPES.has(m.type));
      add({ owner: owner?.key, title: norm(after[1]!) }, p.key);
    }
  }
  return holders;
}

const REFERENCE = new RegExp(`\\b(${TITLE})\\b`, 'giu');

/**
 * Mentions of persons named by their office alone. The owner's mention is folded into the
 * reference ("Velonhar's Supreme Guide" is one person, not the state).
 * @example "Kasmundi's defence minister accused ... Defence Minister Baran Oyelstrom said" -> "Kasmundi's defence minister" = oyelstrom
 */
export function roleReferences(text: string, mentions: readonly Mention[]): Mention[] {
  const holders = officesOf(text, mentions);
  if (!holders.size) return [...mentions];
  const added: Mention[] = [];
  const dropped = new Set<Mention>();
  // (one pass over the mentions: what text they cover, where persons start and end)
  const covered = new Uint8Array(text.length + 1);
  const personStarts = new Set<number>();
  const personEnds: number[] = [];
  // "the Leader" that a pack reads as its own leader, in a document that calls someone else
  // "Leader Mezhrat" and never names the pack's by name: the title is read as the document's.
  const titleOnly = (x: Mention): boolean => x.source === 'pack' && x.type === 'person' && new RegExp(`^(?:the\\s+)?(?:${TITLE})$`, 'iu').test(x.surface);
  const namedByName = new Set(mentions.filter((x) => x.type === 'person' && !titleOnly(x)).map((x) => x.key));
  const loose = new Map<number, Mention>();
  for (const x of mentions) if (titleOnly(x) && !namedByName.has(x.key)) loose.set(x.start, x);
  for (const x of mentions) {
    if (loose.get(x.start) === x) continue;
    covered.fill(1, x.start, x.end);
    if (x.type === 'person') {
      personStarts.add(x.start);
      personEnds.push(x.end);
    }
  }
  for (const m of text.matchAll(REFERENCE)) {
    const title = norm(m[1]!);
    let start = m.index;
    const end = start + m[1]!.length;
    if (covered.subarray(start, end).some((c) => c === 1)) continue;
    // A name right after makes the title an introduction, not a reference.
    const rest = text.slice(end, end + 40);
    const lead = LEAD.exec(rest);
    const nextAt = end + (lead?.[0].length ?? 0);
    if (personStarts.has(nextAt)) continue;
    if (/^\s+\p{Lu}\p{Ll}/u.test(rest) && !/^\s+(?:on|in|at|of|for|said|says|told|and|was|is|has|had)\b/i.test(rest)) continue;
    if (NOT_THE_OFFICE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // ("the commander of the Front": a title owned after it)
    const ofOwner = /^\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?/.exec(rest);
    const after = ofOwner ? mentions.find((x) => x.start === end + ofOwner[0].length && OWNER_TYPES.has(x.type)) : undefined;
    const owner = after ?? ownerBefore(text, mentions, start);
    // ("the Supreme Guide", "their High Regent": a title whose owner the sentence already knows)
    const definite = /\b(?:the|their|its|our)\s+$/i.test(text.slice(Math.max(0, start - 6), start));
    // A bare title names someone only with "the" before it, and only if one person holds it.
    if (!owner && !definite) continue;
    // (an office whose holder was named without the owner counts when no other owner's holder has it:
    // "Kasmundi's defence minister ... Defence Minister Baran Oyelstrom")
    let who = (owner && holders.get(`${owner.key}|${title}`)) || holders.get(`|${title}`);
    // ("the Leader" with a capital: the one the document calls "Leader X", not "leader of the Front")
    if (!owner && who && who.size > 1 && /^\p{Lu}/u.test(m[1]!)) who = holders.get(`|=${title}`) ?? who;
    if (!who || who.size !== 1) continue;
    if (owner && !holders.has(`${owner.key}|${title}`) && [...holders.keys()].some((k) => k.endsWith(`|${title}`) && k !== `|${title}` && holders.get(k)!.has([...who][0]!))) continue;
    // A name right before: "X, the secretary-general of Y", "X, the Legion's spokesman" sets off X's office.
    const from = owner && owner !== after ? owner.start : start;
    if (personEnds.some((e) => e <= from && e >= from - 8 && /^(?:,\s+(?:the\s+|a\s+)?|\s+)$/.test(text.slice(e, from)))) continue;
    // ("the Prime Minister's Office": an office, not the person)
    if (/^['’]s\s+(?:Office|office|Bureau|bureau|Ministry|Cabinet|cabinet)\b/.test(rest)) continue;
    let stop = end;
    if (owner && owner === after) stop = owner.end;
    else if (owner) {
      start = owner.start;
      dropped.add(owner);
    }
    // (a leader, commander or head is not the owner's own name: "the Front's leader" stays the Front's)
    added.push({ start, end: stop, surface: text.slice(start, stop), type: 'person', key: [...who][0]!, source: 'role' });
    if (after) dropped.add(after);
    const packRead = loose.get(m.index) ?? loose.get(m.index - 4);
    if (packRead) dropped.add(packRead);
  }
  if (!added.length) return [...mentions];
  return [...mentions.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start);
}
