// extract: the claims stage. Sentence by sentence, the actor mentions are the candidate
// arguments and the pack's predicate cues the relations between them: the subject is the
// actor (or coordinated actors) before the cue, the object the actor(s) after it, with
// passives ("planned by X"), nominals ("Iran's support of X", "the Hamas attack on Israel"),
// relative clauses ("organizations, which Iran cultivated"), lists that distribute
// ("training, arming and funding them") and pronouns resolved to the actors last named.
// Each claim gets its claimant and chain of attribution, polarity, hedge, evidence and date.
import type { PackActor, PackLexicons } from '../pack/types.js';
import type { Claim, Grade, Mention, Polarity, Predicate, Segmented, Span, Statement } from '../types.js';
import { attributionAt, type Attribution } from './claimant.js';
import { reproducedPassages } from './reproduced.js';
import { defaultGrade } from './grade.js';
import { compileCues, type CompiledCues } from './lexicon.js';
import type { CueHit, SentenceCues } from './matcher.js';
import { isForcesName } from '../mentions/index.js';
import { roleActiveAt } from '../resolve/roles.js';
import { packRolePairs, rolePairs } from './roles.js';
import {
  afterPossessive,
  type Arg,
  argsOf,
  asides,
  CLAUSE_END,
  coordinated,
  GROUP_NOUNS,
  IMPERSONAL,
  isOrgLike,
  nestedArgsOf,
  PERSONAL,
  PLURAL,
  tokenAt,
} from './sentence.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokens.js';
import { thingAt, transfers } from './transfers.js';
import { actorIn, backingOf, findTables } from './tables.js';
import { monthNumber } from '../segment/dates.js';

export interface ClaimContext {
  /** Entity key of the document's publisher: the claimant of its own narration. */
  readonly publisher: string;
  readonly published?: string;
  readonly lexicons: PackLexicons;
  /** The pack's default Admiralty grade of an actor (claimant or outlet). */
  readonly gradeOf: (key: string) => Grade | undefined;
  /** The pack's record of an actor (for its roles at the document's date), when any. */
  readonly actorOf?: (key: string) => PackActor | undefined;
  /** The key of the pack actor a bare name ("Iran") names, when one does. */
  readonly keyOfName?: (name: string) => string | undefined;
}

const OWNED_ROLES = new Set(['leader', 'commander', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'president', 'secretary-general', 'minister', 'envoy']);
/** What is received from one who directs: "received instructions from". */
const ORDER_NOUNS = new Set(['orders', 'instructions', 'directives', 'commands']);

/** How far (in content words) an object may sit after its cue. */
const MAX_GAP: Partial<Record<Predicate, number>> = { leads: 2, part_of: 3, meets: 5, contacts: 5 };
const DEFAULT_GAP = 3;
/** Words that do not count toward that distance. */
const LIGHT = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'of', 'to', 'for',
  'on', 'against', 'with', 'in', 'at', '"', "'", '[', ']', ',', 'and', 'both', 'all', 'also', 's', 'entire', 'whole',
  'latest', 'recent', 'brave', 'dear', 'heroic']);
const STOP_OBJECT = new Set(['because', 'while', 'but', 'although', 'since', 'who', 'which', 'whom', 'whose', 'when',
  'if', 'that', 'after', 'before', 'until', 'so', 'as', 'not', 'than', 'how', 'what', 'why', 'where']);
/** "continues to fund": an infinitive after these is still asserted. */
const ASPECT = new Set(['continue', 'continues', 'continued', 'continuing', 'began', 'begun', 'begins', 'started', 'starts',
  'used', 'keeps', 'kept', 'going', 'hastened', 'hastens', 'rushed', 'rushes', 'hurried', 'proceeded', 'managed', 'up', 'went',
  'came', 'moved',
  // "vowed to support": a pledge states the backing as the speaker's own.
  'vowed', 'vows', 'vow', 'pledged', 'pledges', 'pledge', 'promised', 'promises', 'swore', 'sworn',
  // "instructed to arm the West Bank": the order given is the act claimed.
  'instructed', 'ordered']);
/** "X is believed (said, reported, thought) to fund Y": a hedged claim that X funds Y, no mere intent. */
const RAISING = new Set(['believed', 'thought', 'said', 'reported', 'alleged', 'understood', 'known', 'suspected', 'rumoured', 'rumored',
  'assessed', 'estimated', 'likely', 'seems', 'seemed', 'appears', 'appeared']);
const NEGATIONS = new Set(['not', 'never', 'no', 'nor', 'nothing', 'neither']);
const MODALS_IRREALIS = new Set(['must', 'should', 'would', 'could', 'might', 'may', 'if', 'whether', 'cannot', 'can']);
const GIVE_VERBS = new Set(['providing', 'provide', 'provides', 'provided', 'giving', 'give', 'gives', 'gave', 'extend',
  'extended', 'extending', 'offer', 'offered', 'offering', 'lend', 'lent', 'lending']);
const PRONOUN_WORDS = new Set(['you', 'your', 'i', 'my', 'me', 'we', 'us', 'our', 'he', 'him', 'his', 'she', 'her', 'himself', 'herself', 'its', 'itself',
  'them', 'their', 'they', 'these', 'those', 'the', 'this', 'that', 'it', 'all', 'both', 'whose']);
const LOCATIVE = new Set(['along', 'near', 'across', 'inside', 'in', 'at', 'beyond', 'throughout']);
/** "the fighters", "the commanders": a bare collective noun refers back to someone the text named; no actor of its own. */
const isBareCollective = (tokens: readonly Token[], a: Arg): boolean =>
  a.type === 'collective' && !a.pronoun && a.t1 - a.t0 === 2 && tokens[a.t0]!.text === 'the' && GENERIC_NOUNS.has(tokens[a.t0 + 1]!.text);
const GENERIC_NOUNS = new Set(['fighters', 'commanders', 'participants', 'people', 'martyrs', 'officials', 'leaders', 'men',
  'soldiers', 'members', 'sources', 'speakers', 'audience', 'crowd', 'attendees', 'youth']);
const PEOPLE_NOUNS = new Set(['people', 'peoples', 'nation', 'government', 'leadership', 'authorities']);
/** What stands for its state in "the government of X", "financed by the Varnian government". */
const RULING_NOUNS = new Set(['government', 'regime', 'authorities']);
const AGENT_PEOPLE = new Set(['instructors', 'officers', 'advisers', 'advisors', 'experts', 'trainers', 'members', 'operatives', 'agents', 'commanders', 'fighters', 'men']);
const DELEGATION_NOUNS = new Set(['delegation', 'delegations', 'team', 'committee', 'mission', 'convoy', 'panel', 'group', 'unit', 'cell', 'squad']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
const COUNTRY_NOUNS = new Set(['country', 'state', 'nation', 'government']);
const ORG_NOUNS = new Set(['movement', 'group', 'organization', 'organisation', 'militia', 'party', 'forces', 'fighters', 'men', 'brigades', 'ministry', 'government', 'army', 'corps']);
/** "..., and its (their) operations are (were) directed": the cue at `k` is a passive on a possessed noun opening a clause after "and". */
function ownedAfterAnd(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && (PASSIVE_AUX.has(tokens[j]!.text) || /^\p{Ll}+ly$/u.test(tokens[j]!.text) || ['have', 'has', 'had', 'also', 'all'].includes(tokens[j]!.text))) j--;
  let n = 0;
  while (j > 0 && n < 2 && /^\p{Ll}+$/u.test(tokens[j]!.text) && !['its', 'their'].includes(tokens[j]!.text)) { j--; n++; }
  return n > 0 && ['its', 'their'].includes(tokens[j]?.text ?? '') && tokens[j - 1]?.text === 'and';
}

/** Words of a second consignment: "and a smaller sum to Y", "and further shipments to Y". */
const QUANTITY_WORDS = new Set(['a', 'an', 'the', 'smaller', 'larger', 'similar', 'further', 'same', 'second', 'another', 'sum', 'sums', 'amount',
  'amounts', 'share', 'shipment', 'shipments', 'batch', 'batches', 'consignment', 'some', 'more', 'less', 'part']);

/** Verbs of going somewhere: "travels to X" names a destination, no actor. */
const MOTION = new Set(['travels', 'travelled', 'traveled', 'travel', 'travelling', 'flew', 'flies', 'fly', 'went', 'goes', 'go', 'returned', 'returns',
  'came', 'comes', 'moved', 'moves', 'headed', 'heads', 'arrived', 'arrives', 'fled', 'flees', 'journeyed']);

/**
 * "X takes no money from A and no orders from B": the phrase after "and" is taken by the one
 * who took the first (`takenBy`), from B.
 */
function takenToo(tokens: readonly Token[], args: readonly Arg[], h: CueHit<Predicate>, takenBy: readonly string[] | undefined): Pair | undefined {
  const lead = ['no', 'any'].includes(tokens[h.from - 1]?.text ?? '') ? h.from - 2 : h.from - 1;
  const from = tokens[h.to - 1]?.text === 'from' ? h.to : tokens[h.to]?.text === 'from' ? h.to + 1 : -1;
  if (from < 0) return undefined;
  const giver = args.find((a) => a.t0 === from || (a.t0 === from + 1 && tokens[from]!.text === 'the'));
  return tokens[lead]?.text === 'and' && takenBy?.length && giver ? { subjects: giver.keys, objects: takenBy } : undefined;
}

/** Support told by its end: "has not abandoned X" supports X. */
const ABANDON = new Set(['abandon', 'abandons', 'abandoned', 'abandoning', 'forsake', 'forsaken', 'forsook']);
const PASSIVE_AUX = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are', 'get', 'got']);
/** Cues whose passive may name its agent after "from" ("armed and commanded from Halden"). */
const FROM_PASSIVE: ReadonlySet<Predicate> = new Set(['funds', 'arms', 'directs', 'trains']);
const MEMBER_NOUNS = new Set(['militants', 'fighters', 'members', 'men', 'gunmen', 'commandos', 'forces', 'units', 'cells']);
const SAYS = new Set(['say', 'says', 'said', 'saying', 'claim', 'claims', 'claimed', 'claiming', 'asserted', 'asserts', 'argued',
  'argues', 'insisted', 'insists', 'alleged', 'alleges', 'told', 'tells', 'wrote', 'writes', 'believe', 'believes', 'stated',
  'stressed', 'declared', 'announced', 'added', 'reported', 'reports']);
/** Words between a copula and "part of": "is also an integral part of". */
const PART_FILLERS = new Set(['a', 'an', 'also', 'still', 'now', 'integral', 'important', 'key', 'essential', 'inseparable', 'main',
  'central', 'major', 'vital', 'indeed', 'effectively', 'officially', 'formally', 'always', 'long', 'become', 'fellow', 'founding', 'leading',
  'full', 'junior', 'senior', 'largest', 'smallest', 'oldest', 'not', 'never', 'no', 'longer']);
/** What may stand before such a phrase: a copula, an apposition, a relative pronoun. */
const PART_LEAD = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remain', 'remained', 'became', 'becomes',
  ',', 'as', '-', 'which', 'that', 'who', '(', ':', '"', "'", 's', 'has', 'have', 'had']);
const NO_CUES: SentenceCues<Predicate> = { predicates: [], denials: [], reporting: [], hedges: [] };
/** Reporting verbs that present an accusation ("claiming that", "accused ... of"). */
const ACCUSE = /^(?:claim|accus|alleg|charg)/;
const RELATIVE = new Set(['that', 'who', 'which', 'whom']);
/** Things one receives that make no meeting: "received the transfers", "received a letter". */
const RECEIVED_THINGS = /^(?:transfers?|money|funds?|funding|payments?|cash|weapons|arms|rockets|missiles|drones|shipments?|deliver(?:y|ies)|support|orders|training|aid|letters?|messages?|calls?|reports?|information|instructions|salaries|sums?|goods|equipment)$/;
/** Verbs that report what a speaker did in speaking (see subjectBefore). */
const SPEECH_ACTS = new Set(['called', 'urged', 'thanked', 'praised', 'warned', 'welcomed', 'condemned', 'appealed', 'asked', 'hailed', 'threatened']);
const VICTORY = new Set(['victory', 'victories', 'success', 'successes', 'achievement', 'achievements', 'triumph']);
const TIME_WORDS = new Set(['months', 'weeks', 'days', 'years', 'earlier', 'before', 'ago', 'long', 'already', 'personally', 'directly', 'jointly',
  'last', 'year', 'month', 'week', 'this', 'recently', 'secretly', 'reportedly', 'allegedly']);
const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'we', 'i', 'you']);
const PLACE_PREPS = new Set(['within', 'in', 'on', 'at', 'beyond', 'ahead', 'beside', 'behind', 'between', 'under', 'across', 'along']);
const AGENT_LEAD = ['carried out by', 'perpetrated by', 'committed by', 'launched by', 'conducted by', 'staged by', 'by'];

interface Coref {
  person?: string;
  /** The salient person before `person` (a speaker's "he" is never the speaker). */
  prevPerson?: string;
  org?: string;
  list?: readonly string[];
  /** The list without its persons: what "all four groups" stands for. */
  groupList?: readonly string[];
  /** The last organisation's name reads as plural ("the Houthis", "the Brigades"). */
  orgPlural?: boolean;
  /** The last organisation is a collective ("Palestinian fighters"), not a named group. */
  orgCollective?: boolean;
  /** Who attacked each place the text has told of an attack at. */
  attackAt?: Map<string, string>;
  /** The actor of the last attack told of, and sentences since. */
  event?: string;
  eventAge?: number;
  /** Sentences since the list was named: a list is only taken up by the next sentence or two. */
  listAge?: number;
  /** The last word of each organisation's name met so far ("movement" -> the RDM's key). */
  orgHeads?: Map<string, string>;
}

/** Words after a subject "it" that opens a clause (", it does not train it"). */
const SUBJECT_VERB_AFTER = new Set(['does', 'did', 'has', 'had', 'is', 'was', 'will', 'would', 'never', 'also', 'still']);
/** Participles that open a sentence and describe its subject ("Founded in 2019 by X, ..."). */
const FRONTED_PARTICIPLE = new Set(['founded', 'formed', 'created', 'established', 'set', 'led', 'headed', 'backed', 'funded', 'armed', 'trained', 'sponsored']);
/** Nouns that, after "the", stand for an organisation named before. */
const DEFINITE_ORG = new Set(['group', 'movement', 'organisation', 'organization', 'alliance', 'coalition', 'party', 'network', 'insurgency',
  // ("the fund", "the charity": only for a name that ends so)
  'fund', 'foundation', 'charity', 'company', 'firm', 'directorate', 'council']);
/** Of those, the ones any organisation may be called. */
const GENERIC_ORG = new Set(['group', 'organisation', 'organization', 'insurgency', 'movement']);

/** "takes orders from X", "under the command of X": the cue's object directs its subject. */
const ROLE_WORD = /\b(?:chief|head|leader|commander|spokesman|spokeswoman|spokesperson|deputy|member|official|founder|secretary|envoy|representative|officer|director|chairman|president)\b/;
/** Whom a person acts or speaks for: from the pack's roles and from the document's role phrases. */
interface Affiliation {
  /** The organisation the pack says the person holds a role in. */
  readonly orgOf: (person: string) => string | undefined;
  /** The state the person serves ("Kestrian Foreign Minister X"). */
  readonly stateOf: (person: string) => string | undefined;
  /** The group the document gives the person a role in ("X, the deputy chief of the Front"). */
  readonly memberOf: (person: string) => string | undefined;
  /** The group whose spokesman the person is: their "we" is the group's. */
  readonly spokesmanFor: (person: string) => string | undefined;
}
const NO_AFFILIATION: Affiliation = { orgOf: () => undefined, stateOf: () => undefined, memberOf: () => undefined, spokesmanFor: () => undefined };

/** What a state does through its officials, not what the official does in person. */
const BACKED_WORDS = new Set(['backed', 'led', 'sponsored', 'funded', 'supported', 'armed', 'trained', 'allied', 'aligned']);
/** "alliance known as", "group called": a noun and the words that bring its name. */
const KNOWN_AS = /^(?:alliance|coalition|group|militia|movement|bloc|front|network|organi[sz]ation|axis|umbrella|grouping) (?:known as|called|named|dubbed)(?: the)?/;
const PLACE_NOUNS = new Set(['villages', 'village', 'towns', 'town', 'city', 'cities', 'district', 'districts', 'camp', 'camps', 'region', 'province', 'neighbourhood', 'neighborhood', 'suburbs', 'port']);
const INSTITUTIONAL = new Set<Predicate>(['arms', 'funds', 'trains', 'directs']);
/** Titles of a state's government ("Foreign Minister", "President"). */
const GOVERNMENT_TITLE = /\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ss]ultan)\b/;
const INVERSE_DIRECTS = new Set(['from', 'of']);

/** The claims one document makes, in reading order, one per (s, p, o, polarity, claimant). */
export function extractClaims(
  text: string,
  seg: Segmented,
  mentions: readonly Mention[],
  statements: readonly Statement[],
  ctx: ClaimContext,
): Claim[] {
  const cues = compileCues(ctx.lexicons);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const stmts = [...statements].sort((a, b) => a.quote.start - b.quote.start);
  const out: Claim[] = [];
  const seen = new Map<string, Claim>();
  const coref: Coref = {};
  const date = seg.published ?? ctx.published;
  const sentences = splitSentences(text, seg);
  // Unquoted text the document reproduces as another's ("The following statement was issued ... by X").
  const reproduced = reproducedPassages(text, sorted);
  const attrAt = (pos: number): Attribution => {
    const a = attributionAt(pos, stmts, ctx.publisher);
    if (a.quoted || a.inserted || !reproduced.length) return a;
    const r = reproduced.find((x) => x.start <= pos && pos < x.end);
    return r && r.author !== ctx.publisher ? { claimant: r.author, chain: [ctx.publisher, r.author], quoted: false } : a;
  };
  const orgOf = (person: string): string | undefined => {
    const roles = (ctx.actorOf?.(person)?.roles ?? []).filter((r) => r.of && roleActiveAt(r, date));
    return roles[0]?.of;
  };
  // Whose official a person is, from a role phrase in this document ("Kestrian Foreign Minister X").
  const officialOf = new Map<string, string>();
  // (a demonym inside a longer name counts: "Quessarian Foreign Ministry spokeswoman X")
  const demonyms = new Map<string, string>();
  for (const m of sorted) if (m.type === 'state') demonyms.set(m.surface, m.key);
  for (const m of sorted) {
    if (m.type !== 'person' || !m.role || officialOf.has(m.key)) continue;
    const st = sorted.find((x) => x.type === 'state' && x.start >= m.role!.start && x.end <= m.role!.end);
    const role = text.slice(m.role.start, m.role.end);
    const word = role.split(/[^\p{L}'’-]+/u).find((w) => demonyms.has(w));
    let named = st?.key ?? (word !== undefined ? demonyms.get(word) : undefined);
    // ("In a speech to the Zhadruni parliament, Foreign Minister X said": a minister's title
    // without a state, in a sentence that names one state only)
    if (!named && GOVERNMENT_TITLE.test(role)) {
      // (named before the title: "... on Talvessa's role" after it is what the minister speaks of)
      const from = Math.max(text.lastIndexOf('.', m.start), text.lastIndexOf('\n', m.start));
      const states = [...new Set(sorted.filter((x) => x.type === 'state' && x.start > from && x.end <= m.role!.start).map((x) => x.key))];
      if (states.length === 1) named = states[0];
    }
    if (named) officialOf.set(m.key, named);
  }
  // "Zhadruni Foreign Minister X" leads the foreign ministry the document names for that state.
  const ministerOf = new Map<string, string>();
  for (const m of sorted) {
    if (m.type !== 'person' || !m.role || ministerOf.has(m.key)) continue;
    const kind = MINISTER.exec(text.slice(m.role.start, m.role.end))?.[1]?.toLowerCase().replace('defense', 'defence');
    if (!kind) continue;
    const state = officialOf.get(m.key);
    const ministries = [...new Set(sorted.filter((x) => isOrgLike(x.type) && x.type !== 'state' && ministryKind(x.surface) === kind).map((x) => x.key))];
    const own = state ? ministries.filter((k) => sorted.some((x) => x.key === k && x.surface.split(/[^\p{L}'’-]+/u).some((w) => demonyms.get(w.replace(/['’]s$/, '')) === state))) : [];
    const pick = own.length === 1 ? own[0] : undefined;
    if (pick) ministerOf.set(m.key, pick);
  }
  const ministerDone = new Set<string>();
  // The group a person holds a role in, from this document ("X, the deputy chief of the Front",
  // "Front spokesman X"): whom "us" stands for in their words.
  const memberOfDoc = new Map<string, string>();
  const spokesOf = new Map<string, string>();
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.type !== 'person' || memberOfDoc.has(m.key)) continue;
    const inRole = m.role ? sorted.find((x) => isOrgLike(x.type) && x.type !== 'state' && x.start >= m.role!.start && x.end <= m.role!.end) : undefined;
    let org = inRole?.key;
    if (!org) {
      // ", the deputy chief of the Front," right after the name
      const next = sorted.slice(i + 1).find((x) => x.start >= m.end);
      const gap = next ? text.slice(m.end, next.start) : '';
      if (next && isOrgLike(next.type) && next.type !== 'state' && /^,\s+(?:the|its|a)\s+(?:[\p{Ll}-]+\s+){0,3}of\s+(?:the\s+)?$/u.test(gap)
        && ROLE_WORD.test(gap)) org = next.key;
      // ", the Legion's spokesman,"
      const owned = next ? /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)/u.exec(text.slice(next.end, next.end + 40)) : null;
      if (!org && next && isOrgLike(next.type) && next.type !== 'state' && /^,\s+(?:the\s+)?$/.test(gap) && owned && ROLE_WORD.test(owned[0])) org = next.key;
      // "Varnian Guardian Corps (VGC) commander X": the body right before the role phrase
      const role = m.role;
      const lead = role ? [...sorted].reverse().find((x) => x.end <= role.start && isOrgLike(x.type) && x.type !== 'state') : undefined;
      if (!org && role && lead && /^[\s)]*$/.test(text.slice(lead.end, role.start)) && ROLE_WORD.test(text.slice(role.start, role.end).toLowerCase())) org = lead.key;
    }
    if (org) {
      memberOfDoc.set(m.key, org);
      // a spokesman's "we" is the group's
      const said = m.role ? text.slice(m.role.start, m.role.end) : text.slice(m.end, m.end + 60);
      if (/spokes(?:man|woman|person)/i.test(said)) spokesOf.set(m.key, org);
    }
  }
  const affiliation: Affiliation = {
    orgOf,
    stateOf: (p) => stateOf(p),
    memberOf: (p) => memberOfDoc.get(p),
    spokesmanFor: (p) => spokesOf.get(p),
  };
  const stateOf = (person: string): string | undefined => {
    const org = orgOf(person);
    return org !== undefined && ctx.actorOf?.(org)?.type === 'state' ? org : officialOf.get(person);
  };
  let pendingDenial: { claims: Claim[]; speaker: Attribution } | null = null;
  // Claims a quoted speaker reports others as making ("[claiming] that Iran is behind this
  // move") when the accusers are named by no mention: the speaker's "They are wrong." denies them.
  const reportedByOthers = new WeakSet<Claim>();
  // Claims made outside quoted speech (the document's narration, or its report of what someone says).
  const narrated = new WeakSet<Claim>();
  // Plain-text tables are read by their columns, not as sentences.
  const tables = findTables(text);
  for (let si = 0; si < sentences.length; si++) {
    const span = sentences[si]!;
    if (tables.some((t) => span.start < t.end && span.end > t.start)) continue;
    const tokens = tokenize(text, span.start, span.end);
    if (!tokens.length) continue;
    const allArgs = resolvePronouns(tokens, headsOf(tokens, argsOf(tokens, sorted, span)), coref, (pos) => attrAt(pos), affiliation, cues.attackNouns, cues.roleWords);
    const found: Claim[] = [];
    let hedge: string | undefined | null = null;
    // A claim needs two actors (or a person whose role phrase names the other).
    const worth = allArgs.length >= 2 || allArgs.some((a) => a.type === 'person' && !a.pronoun);
    const emit = (s: readonly string[], p: Predicate, o: readonly string[], at: number, polarity: Polarity, who: Attribution, ev: Span): void => {
      for (const sk of s) for (const ok of o) {
        if (sk === ok) continue;
        // (a leader backing, thanking or praising his own group says nothing of who backs it)
        if ((p === 'supports' || p === 'thanks' || p === 'praises') && memberOfDoc.get(sk) === ok) continue;
        const key = `${sk}|${p}|${ok}|${polarity}|${who.claimant}`;
        const earlier = seen.get(key);
        if (earlier) {
          // Stated again here: a denial that follows ("They are wrong.") still reaches it.
          if (!found.includes(earlier)) found.push(earlier);
          continue;
        }
        if (hedge === null) hedge = hedgeOf(tokens, text, scan.hedges);
        const claim: Claim = {
          subject: sk,
          predicate: p,
          object: ok,
          polarity,
          claimant: who.claimant,
          chain: who.chain,
          ...(hedge ? { hedge } : {}),
          evidence: ev,
          ...((who.date ?? date) ? { date: who.date ?? date } : {}),
          grade: defaultGrade(who.chain, ctx.gradeOf),
        };
        void at;
        // ("the group's secretary-general, X": once X is told to lead the group, X's "us" is the group)
        if (p === 'leads' && polarity === 'asserted' && !memberOfDoc.has(sk) && ctx.actorOf?.(ok)?.type !== 'state'
          && sorted.some((m) => m.key === sk && m.type === 'person') && sorted.some((m) => m.key === ok && isOrgLike(m.type) && m.type !== 'state')) memberOfDoc.set(sk, ok);
        seen.set(key, claim);
        out.push(claim);
        found.push(claim);
        if (!who.quoted) narrated.add(claim);
      }
    };
    // A short sentence that only denies ("They are wrong.") denies the claims just reported.
    // One pass of the combined cue trie gives the sentence's predicates, denials, reporting verbs and hedges.
    const scan = worth || pendingDenial ? cues.sentence.scan(tokens) : NO_CUES;
    if (pendingDenial && tokens.length <= 8 && scan.denials.length > 0) {
      const who = attrAt(tokens[0]!.start);
      for (const c of pendingDenial.claims) {
        if ((c.claimant === who.claimant && !reportedByOthers.has(c)) || c.polarity === 'denied') continue;
        // The evidence runs from the claim through the words that deny it.
        emit([c.subject], c.predicate, [c.object], 0, 'denied', who, { start: c.evidence.start, end: span.end });
      }
    }
    const aside = asides(tokens, text);
    // (A possessive inside a cue, "reaching its end", is part of the cue, not an actor in its way.)
    let hits = worth ? scan.predicates.filter((h) => !allArgs.some((a) => h.from < a.t1 && h.to > a.t0 && !(a.pronoun && a.t0 > h.from)) && !particle(tokens, h)) : [];
    const supplied = worth ? supplyHits(tokens, allArgs, hits, cues) : [];
    // ("received a single coin from X": a gift, not a meeting; the receiving cue replaces it)
    if (supplied.length) hits = [...hits.filter((h) => !(h.values.length === 1 && h.values[0] === 'meets' && supplied.some((x) => x.from === h.from)) && !supplied.some((x) => ordersWithin(h, x.from, x.to))), ...supplied].sort((a, b) => a.from - b.from);
    // "lies within reach", "rests on": a one-word denial read as a verb of place is none.
    const denials = (hits.length ? scan.denials : []).filter((d) => !(d.to - d.from === 1 && PLACE_PREPS.has(tokens[d.to]?.text ?? '')));
    const reporting = hits.length ? scan.reporting : [];
    const ev: Span = { start: span.start, end: span.end };
    const callOn = hits.find((h) => h.values.includes('calls_on'));
    const earlier: Earlier = { subjects: [], objectArgs: new Set() };
    for (let hi = 0; hi < hits.length; hi++) {
      const h = hits[hi]!;
      const at = attrAt(tokens[h.from]!.start);
      let args = allArgs.some((a) => a.speakerOf !== undefined && a.speakerOf !== at.quoteStart)
        ? allArgs.filter((a) => a.speakerOf === undefined || a.speakerOf === at.quoteStart) : allArgs;
      // "this [support for Israel] will bring them": a translator's insertion states no relation
      // with actors outside it.
      const br = bracketAround(tokens, h.from);
      // (A relative insertion, "[Qods Force Commander who was killed by the U.S.]", describes the name before it.)
      if (br && !tokens.slice(br[0], br[1]).some((t) => t.text === 'who' || t.text === 'which')) args = args.filter((a) => a.t0 > br[0] && a.t1 <= br[1]);
      for (const p0 of h.values) {
        // "warned the U.S. that it must act": a call, not a threat.
        // ("instructed the commanders ... that they must respond": an order to act is a call.)
        const p: Predicate = (p0 === 'threatens' && tokens[h.from]!.text.startsWith('warn') && mustFollow(tokens, h.to))
          || (p0 === 'directs' && /^(?:instruct|urg)/.test(tokens[h.from]!.text) && mustFollow(tokens, h.to, 18)) ? 'calls_on'
          // ("stands behind us": backing; "stands behind the attack": directing it)
          : p0 === 'directs' && /^(?:stand|stands|stood|standing)$/.test(tokens[h.from]!.text) && args.some((a) => a.t0 === h.to || (a.t0 === h.to + 1 && tokens[h.to]!.text === 'the')) ? 'supports' : p0;
        // "telephoned X to congratulate him": the purpose of a call or visit that took place.
        const prevHit = hi > 0 ? hits[hi - 1]! : undefined;
        const purpose = tokens[h.from - 1]?.text === 'to' && prevHit !== undefined && (prevHit.values.includes('contacts') || prevHit.values.includes('meets'))
          && earlier.subjects.length > 0 && !tokens.slice(prevHit.to, h.from).some((t) => CLAUSE_END.has(t.text));
        if (purpose) {
          const o = objectAfter(tokens, args, h.to, p, cues, -1);
          if (o >= 0) emit(earlier.subjects, p, args[o]!.keys, h.from, 'asserted', at, ev);
          continue;
        }
        if (p !== 'threatens' && p !== 'calls_on' && irrealis(tokens, h, callOn)) continue;
        // "the disputes within Israel": "within" states membership only right after a group ("factions within the axis").
        if (p === 'part_of' && tokens[h.from]!.text === 'within' && h.to - h.from === 1
          && !args.some((a) => a.t1 >= h.from - 2 && a.t1 <= h.from && isOrgLike(a.type) && a.type !== 'state'
            // ("the Levies, replied within hours": a verb or a comma between is no membership)
            && !tokens.slice(a.t1, h.from).some((t) => t.text === ',' || /^\p{Ll}+ed$/u.test(t.text)))) continue;
        // "the words and orders of [Khamenei]": a noun whose owner is the one ordering, and nobody is ordered.
        if (p === 'directs' && h.to - h.from === 1 && tokens[h.to]?.text === 'of' && /s$/.test(tokens[h.from]!.text)
          && ['the', 'and', 'his', 'her', 'their', 'dear', 'wise', 'direct'].includes(tokens[h.from - 1]?.text ?? '')) continue;
        if (unsupported(tokens, h)) continue;
        // ("Finance Minister X welcomed", "former RDM finance officers": an office, no funding)
        if (p === 'funds' && /^financ/.test(tokens[h.from]!.text) && /^(?:minister|ministry|ministers|committee|officers?|officials?|department|director|chief|secretary)$/.test(tokens[h.to]?.text ?? '')) continue;
        // "pressed X to reopen the road": urging only with what X is pressed to do ("pressed ahead" is none).
        if (p === 'calls_on' && /^press/.test(tokens[h.from]!.text)
          && !tokens.slice(h.to, h.to + 8).some((t, i, xs) => (t.text === 'to' || t.text === 'for') && i > 0 && !CLAUSE_END.has(xs[i - 1]!.text))) continue;
        // "received a telephone call from X": X called; the one who received it met no one.
        if ((p === 'meets' || p === 'contacts') && receivedCall(tokens, h)) {
          if (p === 'meets') continue;
          const from = tokens.findIndex((t, k) => k >= h.to && k <= h.to + 3 && t.text === 'from');
          let caller = from > 0 ? args.findIndex((a) => a.t0 === from + 1 || (a.t0 === from + 2 && tokens[from + 1]!.text === 'the')) : -1;
          // ("a call from Varnian President Lidia Marr": the person, not the state)
          if (caller >= 0) caller = titledPerson(tokens, args, caller, cues);
          const callee = subjectBefore(tokens, args, h.from, aside);
          if (caller >= 0 && callee !== undefined && callee !== caller) emit(args[caller]!.keys, 'contacts', args[callee]!.keys, h.from, 'asserted', at, ev);
          continue;
        }
        // "spent eleven days in the hills with X": a meeting only with someone ("spent ten days celebrating" is none).
        if (p === 'meets' && tokens[h.from]!.text === 'spent' && !tokens.slice(h.to, h.to + 10).some((t) => t.text === 'with')) continue;
        // "approved the Brigades' strike": directing an attack, not approving anything else.
        if (p === 'directs' && /^approv/.test(tokens[h.from]!.text) && h.to - h.from === 1
          && !tokens.slice(h.to, h.to + 6).some((t) => cues.attackNouns.has(t.text))) continue;
        // "designated X and Y for providing money to Z": the ones designated provide; when the
        // sentence names none ("three individuals"), it states no one's relation.
        const sanctioned = sanctionedFor(tokens, h);
        if (sanctioned >= 0) {
          let forAt = h.from - 1;
          while (forAt > sanctioned && tokens[forAt]!.text !== 'for') forAt--;
          const patient = args.findIndex((a) => a.t0 > sanctioned && a.t1 <= forAt && !a.pronoun && a.type !== 'place');
          const o = patient >= 0 ? objectAfter(tokens, args, h.to, p, cues, -1) : -1;
          if (patient >= 0 && o >= 0 && o !== patient) {
            const subs = coordinated(tokens, args, patient, 1, cues.roleWords).filter((i) => args[i]!.t1 <= forAt);
            emit(keysOf(args, subs), p, keysOf(args, coordinated(tokens, args, o, 1, cues.roleWords)), h.from, 'asserted', at, ev);
          }
          continue;
        }
        const threatOfSubject = p === 'threatens' && threatensSubject(tokens, h);
        // ("X should know that ..." with no warning in it threatens nobody)
        if (p === 'threatens' && !threatOfSubject && (tokens[h.from]!.text === 'should' || tokens[h.from]!.text === 'must')) continue;
        let pair = threatOfSubject
          ? threatPair(tokens, args, reporting, h, aside, attrAt(tokens[h.from]!.start))
          : argumentsOf(tokens, args, hits, hi, p, cues, aside, earlier, at.quoted ? at.claimant : undefined);
        // "A and B meet in Halden": a meeting of the names joined before the verb, with no object after it.
        if (!pair && p === 'meets') pair = mutualMeeting(tokens, args, h, cues);
        // "received a Legion delegation headed by X": the head of the delegation is met too.
        if (pair && p === 'meets') {
          const head = delegationHead(tokens, args, h.to);
          if (head && !pair.objects.includes(head)) pair = { ...pair, objects: [...pair.objects, head] };
        }
        if (!pair) {
          // ("X supplied the rockets and that Y trains the movement's fighters and directs its
          // operations": a verb whose subject is Y stands between; "directs" is not X's)
          if (/(?:ed|s)$/.test(tokens[h.from]!.text) && !cues.attackNouns.has(tokens[h.from]!.text) && args.some((a) => a.t1 === h.from)) earlier.verbSubjects = undefined;
          continue;
        }
        // "a place in Varnia" is where, not what one belongs to.
        if (p === 'part_of' && tokens[h.from]!.text === 'place') {
          const objects = pair.objects.filter((k) => !args.some((a) => a.keys.includes(k) && (a.type === 'state' || a.type === 'place')));
          if (!objects.length) continue;
          pair = { ...pair, objects };
        }
        // "Kasim Vedrani, who still commands them": a person commanding a group leads it.
        // ("accounts controlled by the Brigades", "areas run by the Front": a thing held, no group directed)
        if (p === 'directs' && (tokens[h.to - 1]?.text === 'by' || tokens[h.to]?.text === 'by') && /^\p{Ll}{3,}s$/u.test(tokens[h.from - 1]?.text ?? '')
          && !args.some((a) => a.t1 === h.from)) continue;
        // The object named right after the verb ("runs the Front", "commands the group's units").
        const objectArg = args.find((a) => a.t0 >= h.to && a.t0 <= h.to + 1 && pair!.objects.some((k) => a.keys.includes(k)));
        // ("who runs the movement's Telegram channel": what is run is the thing the group owns)
        if (p === 'directs' && /^(?:runs?|ran|running)$/.test(tokens[h.from]!.text) && (!objectArg || afterPossessive(tokens, objectArg.t1) > 0)) continue;
        // ("we never commanded them" denies directing them; it says nothing of leading)
        if (p === 'directs' && /^command(?:s|ed|ing)?$/.test(tokens[h.from]!.text) && h.to - h.from === 1 && !negated(tokens, h)
          && pair.subjects.every((k) => args.some((a) => a.keys.includes(k) && a.type === 'person'))
          && pair.objects.every((k) => args.some((a) => a.keys.includes(k) && isOrgLike(a.type) && a.type !== 'state'))) {
          // ("Valt commands the group's rocket units": a unit of the group; its commander is a member)
          const unitNoun = (k: number): boolean => cues.unitNouns.has(tokens[k]?.text ?? '') || cues.unitNouns.has((tokens[k]?.text ?? '').replace(/s$/, ''));
          let u = objectArg ? afterPossessive(tokens, objectArg.t1) : -1;
          while (u > 0 && u < objectArg!.t1 + 5 && /^\p{Ll}+$/u.test(tokens[u]?.text ?? '') && !unitNoun(u)) u++;
          const unit = u > 0 && unitNoun(u);
          emit(pair.subjects, unit ? 'part_of' : 'leads', pair.objects, h.from, 'asserted', attrAt(tokens[h.from]!.start), ev);
          continue;
        }
        // "the Brigades ... is commanded by X": heading a unit is leading it (directs is for operations).
        if (p === 'directs' && /^commanded$/.test(tokens[h.from]!.text) && (tokens[h.to - 1]!.text === 'by' || tokens[h.to]?.text === 'by')
          && pair.objects.every((k) => args.some((a) => a.keys.includes(k) && isOrgLike(a.type) && a.type !== 'state'))) {
          emit(pair.subjects, 'leads', pair.objects, h.from, 'asserted', attrAt(tokens[h.from]!.start), ev);
          continue;
        }
        if (((p === 'directs' && INVERSE_DIRECTS.has(tokens[h.to - 1]!.text) && !AGENT_NOUN.test(tokens[h.from]!.text))
          || ((p === 'arms' || p === 'funds' || p === 'trains') && tokens[h.to - 1]!.text === 'from')) && h.to - h.from > 1) {
          pair = { subjects: pair.objects, objects: pair.subjects };
        }
        // ("take no money from A and no orders from B": the second phrase is taken by the same one)
        if (p === 'directs' || p === 'funds' || p === 'arms') pair = takenToo(tokens, args, h, earlier.takenBy) ?? pair;
        // "We have never sent a rifle to X" in a minister's words: arming, funding, training and
        // directing are the acts of the state the minister speaks for.
        if (INSTITUTIONAL.has(p) && at.quoted && pair.subjects.length === 1 && pair.subjects[0] === at.claimant) {
          // (a group leader's "we" is the group: "we did not plan any of its attacks")
          const st = stateOf(at.claimant) ?? memberOfDoc.get(at.claimant);
          if (st && args.some((a) => a.pronoun && a.t0 < h.from && tokens[a.t0]!.text === 'we' && a.keys[0] === at.claimant)) pair = { ...pair, subjects: [st] };
        }
        // ("are financed by Ostrava and trained by Varnia": the second passive is done to the same one)
        const byAfter = tokens[h.to]?.text === 'by' || tokens[h.to - 1]?.text === 'by';
        if (byAfter && (p === 'funds' || p === 'arms' || p === 'trains' || p === 'directs' || p === 'supports' || p === 'founded' || p === 'leads')) {
          let b = h.from - 1;
          if (PASSIVE_AUX.has(tokens[b]?.text ?? '')) b--;
          // ("financed by the Varnian government and trained by X": the agent's "government" is part of its name)
          const agentEnd = RULING_NOUNS.has(tokens[b - 1]?.text ?? '') ? b - 1 : b;
          const joined = tokens[b]?.text === 'and' && earlier.passivePatients?.length && args.some((a) => a.t1 === agentEnd && pair!.objects.includes(a.keys[0]!));
          if (joined) pair = { ...pair, objects: earlier.passivePatients! };
          earlier.passivePatients = pair.objects;
        }
        // ("X founded the Front in 2016 together with Y": Y founded it too)
        if (p === 'founded') {
          for (let k = h.to; k < Math.min(tokens.length, h.to + 12); k++) {
            if (CLAUSE_END.has(tokens[k]!.text)) break;
            if (tokens[k]!.text !== 'with' || !['together', 'along'].includes(tokens[k - 1]?.text ?? '')) continue;
            const co = args.find((a) => a.t0 === k + 1 && a.type === 'person' && !a.pronoun);
            if (co && !pair.subjects.includes(co.keys[0]!) && !pair.objects.includes(co.keys[0]!)) pair = { ...pair, subjects: [...pair.subjects, ...co.keys] };
            break;
          }
        }
        // ("expresses its gratitude to X for ..., and to Y for ...": each one "to" names is thanked)
        if (p === 'thanks' && tokens[h.to - 1]?.text === 'to') {
          const more: string[] = [];
          for (let k = h.to; k + 2 < tokens.length; k++) {
            if (CLAUSE_END.has(tokens[k]!.text)) break;
            if (tokens[k]!.text !== 'and' || tokens[k + 1]?.text !== 'to') continue;
            const y = args.find((a) => (a.t0 === k + 2 || (a.t0 === k + 3 && tokens[k + 2]!.text === 'the')) && !a.pronoun && a.type !== 'place');
            if (y) more.push(...y.keys);
          }
          if (more.length) pair = { ...pair, objects: [...pair.objects, ...more.filter((x) => !pair!.objects.includes(x))] };
        }
        // ("transfers 40 million crowns a month to X, ..., and a smaller sum to Y": Y is funded too)
        if ((p === 'funds' || p === 'arms') && cues.supplyVerbs.has(tokens[h.from]!.text)) {
          for (let k = h.to; k + 3 < tokens.length; k++) {
            if (CLAUSE_END.has(tokens[k]!.text)) break;
            if (tokens[k]!.text !== 'and') continue;
            let j = k + 1;
            while (j < k + 6 && tokens[j]!.text !== 'to' && !CLAUSE_END.has(tokens[j]!.text) && (QUANTITY_WORDS.has(tokens[j]!.text) || thingAt(tokens, j, cues))) j++;
            if (j === k + 1 || tokens[j]?.text !== 'to') continue;
            const y = args.find((a) => (a.t0 === j + 1 || (a.t0 === j + 2 && tokens[j + 1]!.text === 'the')) && !a.pronoun && a.type !== 'place');
            if (y && !pair.objects.includes(y.keys[0]!)) pair = { ...pair, objects: [...pair.objects, ...y.keys] };
          }
        }
        earlier.subjects = pair.subjects;
        // ("X receives transfers from Y and pays Z": the one who receives is the next verb's subject)
        if (cues.receiveVerbs.has(tokens[h.from]!.text) && tokens[h.to - 1]?.text === 'from') {
          earlier.verbSubjects = pair.objects;
          earlier.takenBy = pair.objects;
        }
        else if (/(?:ed|s)$/.test(tokens[h.from]!.text) && !cues.attackNouns.has(tokens[h.from]!.text)) earlier.verbSubjects = pair.subjects;
        for (const i of pair.objectArgs ?? []) earlier.objectArgs.add(i);
        let who = attrAt(tokens[h.from]!.start);
        let polarity: Polarity = 'asserted';
        // ("the denial came a day after X thanked Y": a denial told of, not this act denied)
        const denial = denials.find((d) => ((d.from <= h.from && d.to >= h.to) || (d.to <= h.from && firstAfter(hits, d) === listHead(tokens, hits, hi)))
          && !(/^denials?$/.test(tokens[d.from]!.text) && ['the', 'this', 'that', 'a', 'its', 'their', 'his', 'her'].includes(tokens[d.from - 1]?.text ?? '') && d.to <= h.from));
        const frame = reportingFrame(tokens, args, reporting, h, aside);
        let accuser: Arg | undefined;
        if (denial) {
          polarity = 'denied';
          const sub = subjectBefore(tokens, args, denial.from, aside);
          // ("X attacks Y but is not allied with Z": the verbs share X; Y, the object before, denies nothing)
          const shared = sub !== undefined && earlier.objectArgs.has(sub) && !pair.subjects.includes(args[sub]!.keys[0]!) && pair.subjects.length === 1
            ? args.find((a) => a.keys[0] === pair!.subjects[0] && !a.pronoun) : undefined;
          if (shared && !who.quoted) who = withClaimant(who, shared.keys[0]!, shared.type);
          else if (sub !== undefined && !who.quoted) who = withClaimant(who, args[sub]!.keys[0]!, args[sub]!.type);
          // "rejected Ostrava's claim that ...", "the allegation, repeated by Ostrava, that ...": the
          // accuser makes the claim the rejecter denies; both are kept.
          if (!who.quoted) accuser = accuserOf(tokens, args, denial.from, h.from);
        } else if (frame !== undefined && frame !== null && !who.inserted) {
          const arg = args[frame]!;
          // ("X attacks Y but is not allied with Z": Y, the object of the verb before, says nothing)
          const objectBefore = earlier.objectArgs.has(frame) && joinedByAnd(tokens, arg.t1, h.from);
          if ((!pair.subjects.includes(arg.keys[0]!) || arg.type === 'outlet' || (arg.type === 'person' && SAYS.has(tokens[arg.t1]?.text ?? '') && !who.quoted && arg.t1 < h.from && !tokens.slice(arg.t1, h.from).some((t) => ['and', ';', ',', 'after', 'before', 'during', 'while', 'when', 'where'].includes(t.text)))) && !objectBefore) who = withClaimant(who, arg.keys[0]!, arg.type);
        }
        // ("has not abandoned X and never will": support said by denying its end; "abandoned X" alone
        // tells of support ended, no support, and is left unread)
        if (p === 'supports' && ABANDON.has(tokens[h.from]!.text)) {
          if (!negated(tokens, h)) continue;
        } else if (polarity === 'asserted' && negated(tokens, h)) polarity = 'denied';
        // ("had no part in the attacks on Y")
        if (polarity === 'asserted' && p === 'attacks' && noPartIn(tokens, h.from) >= 0) polarity = 'denied';
        if (p === 'praises') pair = praiseOfDeed(tokens, args, h, cues, pair);
        // "depend on Kestrian money and weapons": the backing is money and arms.
        if (p === 'supports' && /^(?:reli|rel[yi]|depend)/.test(tokens[h.from]!.text)) {
          const b = args.find((a) => a.keys[0] === pair!.subjects[0] && a.t0 >= h.to);
          const what = b ? tokens.slice(b.t1, b.t1 + 5).map((t) => t.text) : [];
          if (what.some((w) => cues.moneyNouns.has(w))) emit(pair.subjects, 'funds', pair.objects, h.from, 'asserted', who, ev);
          if (what.some((w) => cues.weaponNouns.has(w))) emit(pair.subjects, 'arms', pair.objects, h.from, 'asserted', who, ev);
        }
        if (negatedArg(tokens, args, pair)) polarity = 'denied';
        const objects = pair.objects.filter((k) => !args.some((a) => a.keys[0] === k && a.keys.length === 1 && isBareCollective(tokens, a) && a.t0 > h.from));
        const before = found.length;
        emit(pair.subjects, p, objects, h.from, polarity, who, ev);
        if (accuser && !pair.subjects.includes(accuser.keys[0]!) && accuser.keys[0] !== who.claimant) {
          emit(pair.subjects, p, objects, h.from, 'asserted', withClaimant(who, accuser.keys[0]!, accuser.type), ev);
        }
        if (polarity === 'asserted' && who.quoted && who.claimant === at.claimant && reporting.some((r) => r.to <= h.from && r.from >= (at.quoteStart !== undefined ? tokenAt(tokens, at.quoteStart) : 0) && ACCUSE.test(tokens[r.from]!.text))) {
          for (let i = before; i < found.length; i++) reportedByOthers.add(found[i]!);
        }
      }
    }
    // A name that swallowed its backer ("the Iran-backed militias" as one pack name): the backer
    // before the hyphen supports (funds, arms, trains) the rest.
    if (ctx.keyOfName) {
      for (const a of allArgs) {
        const m = a.pronoun ? undefined : a.mention && COMPOUND_BACKER.exec(a.mention.surface);
        if (!m) continue;
        const backer = ctx.keyOfName(m[1]!);
        if (!backer || a.keys.includes(backer)) continue;
        const who = attrAt(tokens[a.t0]!.start);
        emit([backer], BACKED_AS[m[2]!.toLowerCase()] ?? 'supports', a.keys, a.t0, 'asserted', who, ev);
      }
      // ("Iran's Islamic resistance axis" as one pack name: the state in its own alliance)
      for (const a of allArgs) {
        const m = a.pronoun || !a.mention ? null : OWN_ALLIANCE.exec(a.mention.surface);
        const owner = m ? ctx.keyOfName(m[1]!) : undefined;
        if (!owner || a.keys.includes(owner) || ctx.actorOf?.(owner)?.type !== 'state') continue;
        emit([owner], 'part_of', a.keys, a.t0, 'asserted', attrAt(tokens[a.t0]!.start), ev);
      }
    }
    // "...and topple the Zionist regime", "the collapse of X" in quoted speech: the speaker foretells
    // X's end (the speaker is the other party, so one actor in the sentence is enough).
    if (allArgs.length) {
      for (const d of foretoldEnds(tokens, allArgs, cues)) {
        const who = attrAt(tokens[d.at]!.start);
        if (who.quoted && who.quoteStart !== undefined && tokens[d.at]!.start >= who.quoteStart) {
          emit([who.claimant], 'threatens', d.object.keys, d.at, 'asserted', who, ev);
          continue;
        }
        // Narration: "Khamenei – who has been calling for Israel's destruction": the one who aims at it.
        if (!d.intent) continue;
        const s0 = subjectBefore(tokens, allArgs, Math.min(d.at, d.object.t0), aside);
        if (s0 === undefined || allArgs[s0]!.pronoun || allArgs[s0]!.type === 'place' || allArgs[s0]!.keys.some((k) => d.object.keys.includes(k))) continue;
        emit(allArgs[s0]!.keys, 'threatens', d.object.keys, d.at, 'asserted', who, ev);
      }
    }
    // "X was killed in a Lunesian air strike": the state or group that struck attacked X.
    for (const k of killedIn(tokens, allArgs, cues)) {
      const victim = subjectBefore(tokens, allArgs, k.at, aside);
      if (victim === undefined || allArgs[victim]!.pronoun || allArgs[victim]!.type === 'place') continue;
      emit(k.attacker.keys, 'attacks', allArgs[victim]!.keys, k.at, 'asserted', attrAt(tokens[k.at]!.start), ev);
    }
    // "the courageous deeds of the Palestinians", "the fighters' victorious campaign" in quoted
    // speech: the speaker praises whose deed it is.
    if (allArgs.length) {
      for (const d of praisedDeeds(tokens, allArgs)) {
        const who = attrAt(tokens[d.at]!.start);
        if (!who.quoted || who.quoteStart === undefined || tokens[d.object.t0]!.start < who.quoteStart) continue;
        emit([who.claimant], 'praises', d.object.keys, d.at, 'asserted', who, ev);
      }
    }
    const roleFound = !worth ? [] : [...rolePairs(tokens, allArgs, cues), ...(ctx.actorOf ? packRolePairs(tokens, [...allArgs, ...nestedArgsOf(tokens, sorted, span, allArgs).filter((a) => a.type !== 'person')], cues, ctx.actorOf, date) : [])];
    for (const r of roleFound) {
      const who = attrAt(tokens[r.at]!.start);
      emit(r.subject.keys, r.predicate, r.object.keys, r.at, 'asserted', who, ev);
    }
    for (const a of allArgs) {
      const ministry = !a.pronoun && a.type === 'person' ? ministerOf.get(a.keys[0]!) : undefined;
      if (!ministry || ministerDone.has(a.keys[0]!) || !a.mention?.role) continue;
      ministerDone.add(a.keys[0]!);
      emit(a.keys, 'leads', [ministry], a.t0, 'asserted', attrAt(a.mention.role.start), ev);
    }
    // "a letter from X to Y", "a message from X to Y": X contacts Y.
    for (let i = 0; i + 1 < allArgs.length && worth; i++) {
      const a = allArgs[i]!;
      const b = allArgs[i + 1]!;
      if (a.pronoun || b.pronoun || tokens[a.t0 - 1]?.text !== 'from' || !MESSAGE_NOUNS.has(tokens[a.t0 - 2]?.text ?? '')) continue;
      if (tokens[a.t1]?.text !== 'to' || b.t0 > a.t1 + 2 || a.type === 'place' || b.type === 'place') continue;
      emit(a.keys, 'contacts', b.keys, a.t0, 'asserted', attrAt(tokens[a.t0]!.start), ev);
    }
    // "sent the Brigades a shipment of missiles", "supplied to X by Y", "X's drones came from Y"
    for (const t of worth ? transfers(tokens, allArgs, cues, (k) => { const s = subjectBefore(tokens, allArgs, k, aside); return s === undefined ? undefined : allArgs[s]; }) : []) {
      let who = attrAt(tokens[t.at]!.start);
      const frame = who.inserted ? undefined : reportingFrame(tokens, allArgs, scan.reporting, { from: t.at, to: t.at + 1, values: [t.predicate] }, aside);
      if (frame !== undefined && !t.giver.keys.includes(allArgs[frame]!.keys[0]!)) who = withClaimant(who, allArgs[frame]!.keys[0]!, allArgs[frame]!.type);
      // ("every rifle we have given ..." in a commander's words: his corps gives, not he)
      const we = t.giver.pronoun && tokens[t.giver.t0]?.text === 'we' ? orgOf(t.giver.keys[0]!) ?? memberOfDoc.get(t.giver.keys[0]!) : undefined;
      // ("has never sent X a single rifle": the verb's own negation, as for any cue)
      emit(we ? [we] : t.giver.keys, t.predicate, t.receiver.keys, t.at, negated(tokens, { from: t.at, to: t.at + 1, values: [t.predicate] }) ? 'denied' : 'asserted', who, ev);
    }
    // "... trained by neighbouring X, which denies any involvement": X denies what was just told of it.
    for (const a of allArgs) {
      if (a.pronoun || !isOrgLike(a.type) || !RELATIVE_DENIAL.test(tokens.slice(a.t1, a.t1 + 6).map((t) => t.text).join(' '))) continue;
      const who = attrAt(tokens[a.t0]!.start);
      const denier = withClaimant(who, a.keys[0]!, a.type);
      for (const c of [...found]) {
        if (c.polarity !== 'asserted' || !a.keys.includes(c.subject) || c.claimant === a.keys[0]) continue;
        emit([c.subject], c.predicate, [c.object], a.t1, 'denied', denier, ev);
      }
    }
    pendingDenial = found.length ? { claims: found, speaker: attrAt(span.start) } : pendingDenial && si > 0 ? null : null;
    // Only an attack told outside quoted speech sets what "the raid" refers to later.
    // (or its report of an accusation: "X accused Y of supplying the missiles that Z fired at ...")
    const attack = found.find((c) => c.predicate === 'attacks' && c.polarity === 'asserted' && narrated.has(c));
    if (attack) {
      coref.event = attack.subject;
      coref.eventAge = 0;
      // ("the barrage on the town of Edrith by the SLF" ... "the Edrith barrage": the SLF's)
      for (const a of allArgs) if (a.type === 'place' && !a.pronoun) (coref.attackAt ??= new Map()).set(a.keys[0]!, attack.subject);
    } else if (coref.eventAge !== undefined) coref.eventAge++;
    coref.listAge = (coref.listAge ?? 0) + 1;
    if (coref.listAge > 2) {
      delete coref.list;
      delete coref.groupList;
    }
    updateCoref(coref, tokens, allArgs, found, cues);
  }
  // "Eastern Gate Brigades | Tamir Oskaldi | Orvash | funding, weapons" in a table: the document's own
  // statement of who leads and who backs each group.
  for (const t of tables) {
    for (const row of t.rows) {
      const group = actorIn(row.group, sorted);
      if (!group) continue;
      const who = attrAt(row.start);
      const add = (s: string, p: Predicate, o: string): void => {
        const key = `${s}|${p}|${o}|asserted|${who.claimant}`;
        if (s === o || seen.has(key)) return;
        const claim: Claim = { subject: s, predicate: p, object: o, polarity: 'asserted', claimant: who.claimant, chain: who.chain,
          evidence: { start: row.start, end: row.end }, ...(date ? { date } : {}), grade: defaultGrade(who.chain, ctx.gradeOf) };
        seen.set(key, claim);
        out.push(claim);
      };
      const leader = actorIn(row.leader, sorted);
      if (leader && leader.type === 'person') add(leader.key, 'leads', group.key);
      const backer = actorIn(row.backer, sorted);
      if (backer && backer.type !== 'person') for (const p of backingOf(row.backing?.text)) add(backer.key, p, group.key);
    }
  }
  return out;
}

const MINISTER = /\b(foreign|defen[cs]e|interior|finance|information|intelligence)\s+minister\b/i;
/** The kind of a ministry's name ("Foreign Ministry", "Ministry of Foreign Affairs" -> foreign). */
function ministryKind(surface: string): string | undefined {
  const m = /\b(foreign|defen[cs]e|interior|finance|information|intelligence)\s+ministry\b/i.exec(surface)
    ?? /\bministry\s+of\s+(foreign|defen[cs]e|interior|finance|information|intelligence)\b/i.exec(surface);
  return m?.[1]?.toLowerCase().replace('defense', 'defence');
}
const MESSAGE_NOUNS = new Set(['letter', 'message', 'telegram', 'cable', 'note', 'condolences', 'congratulations', 'greetings']);
/** ", which denies any involvement", ", which has denied the charge": the name before denies. */
const RELATIVE_DENIAL = /^, (?:which|who) (?:(?:has|have|also|always|consistently|repeatedly|strongly) ){0,2}(?:denies|denied|deny|rejects|rejected|dismisses|dismissed)\b/;

function withClaimant(who: Attribution, key: string, type: string): Attribution {
  const chain = who.chain.includes(key) ? who.chain : [...who.chain, key];
  return { ...who, claimant: key, chain, outlet: type === 'outlet' ? key : who.outlet };
}

/**
 * Threat cues whose grammatical subject is the one threatened: "Israel is doomed", "the
 * regime will be eradicated", "whoever signs the orders will answer for Mirel", "its posts lie
 * within reach". The threat is the speaker's.
 */
function threatensSubject(tokens: readonly Token[], h: CueHit<Predicate>): boolean {
  const words = tokens.slice(h.from, h.to).map((t) => t.text);
  if (words.includes('be') || words.includes('been') || words[0] === 'doomed' || words.join(' ') === 'within reach') return true;
  if (words[0] === 'will' && ['answer', 'pay', 'regret', 'collapse', 'perish', 'disappear', 'vanish', 'fall', 'find'].includes(words[1] ?? '')) return true;
  if ((words[0] === 'is' || words[0] === 'are' || words[0] === 'remain') && /^targets?$/.test(words[words.length - 1]!)) return true;
  // ("X should know that Edrith was a rehearsal"; not "X should know that we are peaceful")
  if ((words[0] === 'should' || words[0] === 'must') && words[words.length - 1] === 'that') return tokens.slice(h.to).some((t) => WARNING_WORDS.test(t.text));
  const prev = tokens[h.from - 1]?.text ?? '';
  const prev2 = tokens[h.from - 2]?.text ?? '';
  // "the regime is waning", "its life is reaching its end": a demise foretold of the clause subject.
  if (DEMISE_PROGRESSIVE.has(words[0]!) && (prev === 'is' || prev === 'are')) return true;
  // "will be eradicated", "is doomed to be destroyed"
  return /(?:ed|en)$/.test(words[0]!) && (prev === 'be' || prev === 'been' || ((prev === 'is' || prev === 'are' || prev === 'was') && prev2 !== 'who'));
}

const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);
/**
 * "by X, a unit of the Corps, to the Brigades": the actor after "to" once the apposition set off
 * by commas after the agent closes, as an arg index, or -1.
 */
function appositionTo(tokens: readonly Token[], args: readonly Arg[], agent: number): number {
  const a = args[agent]!;
  if (tokens[a.t1]?.text !== ',' || !['a', 'an', 'the', 'its', 'his', 'their'].includes(tokens[a.t1 + 1]?.text ?? '')) return -1;
  let k = a.t1 + 1;
  while (k < tokens.length && k < a.t1 + 14 && tokens[k]!.text !== ',' && !CLAUSE_END.has(tokens[k]!.text)) k++;
  if (tokens[k]?.text !== ',' || tokens[k + 1]?.text !== 'to') return -1;
  return args.findIndex((x) => x.t0 === k + 2 || (x.t0 === k + 3 && tokens[k + 2]!.text === 'the'));
}

/** Verbs of a sanction or charge: "designated X for providing", "indicted X for funding". */
const SANCTION = /^(?:designat|sanction|blacklist|list|indict|charg|convict|arrest|penali[sz]|fin|punish|prosecut|target)(?:ed|es|s|ing)?$/;

/**
 * The sanction verb a gerund cue depends on through "for" ("designated ... for providing"), as
 * a token index, or -1.
 */
function sanctionedFor(tokens: readonly Token[], h: CueHit<Predicate>): number {
  // ("for providing money and weapons to Z": the gerund after "for" may stand a few words before the cue)
  let f = h.from - 1;
  while (f >= 0 && f >= h.from - 6 && !(tokens[f]!.text === 'for' && /^\p{Ll}+ing$/u.test(tokens[f + 1]?.text ?? '')) && !CLAUSE_END.has(tokens[f]!.text)) f--;
  if (f < 0 || tokens[f]!.text !== 'for' || !/^\p{Ll}+ing$/u.test(tokens[f + 1]?.text ?? '')) return -1;
  for (let k = f - 1; k >= 0 && k >= f - 25; k--) {
    const t = tokens[k]!.text;
    if (CLAUSE_END.has(t)) return -1;
    if (SANCTION.test(t) && /(?:ed|es|s|ing)$/.test(t)) return k;
  }
  return -1;
}

/** Words that make "X should know that ..." a warning: what X will face. */
const WARNING_WORDS = /^(?:rehearsal|safe|pay|price|regret|response|respond|revenge|retaliat\w*|targets?|hunted|burn|blood|punish\w*|lesson|beginning|start|war|fire)$/;
/** Progressive verbs that foretell the end of their subject: "is waning", "is reaching its end". */
const DEMISE_PROGRESSIVE = new Set(['waning', 'reaching', 'nearing', 'collapsing', 'crumbling', 'disintegrating', 'dying', 'withering']);
/** Nouns of a foretold end: "the collapse of X", "the destruction of X". */
const DEMISE_NOUNS = new Set(['collapse', 'destruction', 'demise', 'downfall', 'annihilation', 'eradication', 'elimination', 'obliteration', 'end', 'fall']);

/** "Iran-backed militias": a name, a hyphen, a participle of backing, then the rest of the name. */
const COMPOUND_BACKER = /^(?:the\s+)?(\p{Lu}[\p{L}'.]*(?:\s\p{Lu}[\p{L}'.]*)?)-(backed|supported|sponsored|funded|financed|armed|trained)\s/iu;
/** "Iran's Islamic resistance axis": an owner's name, then an alliance. */
const OWN_ALLIANCE = /^(?:the\s+)?(\p{Lu}[\p{L}'.]*(?:\s\p{Lu}[\p{L}'.]*)?)['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:axis|alliance|coalition|bloc|camp)$/iu;
const BACKED_AS: Readonly<Record<string, Predicate>> = { backed: 'supports', supported: 'supports', sponsored: 'supports', funded: 'funds', financed: 'funds', armed: 'arms', trained: 'trains' };

/** First words of a salutation cue ("blessings to", "glory to"). */
const SALUTATIONS = new Set(['blessings', 'blessing', 'congratulations', 'glory', 'salutations', 'greetings', 'peace', 'salute']);

/** Membership cues read whole first: "X includes Y", "X brings together Y and Z". */
const ALLIANCE_HEADS = new Set(['alliance', 'coalition', 'axis', 'bloc', 'front', 'league', 'federation', 'union', 'grouping', 'network', 'pact']);
const WHOLE_FIRST = /^(?:includes?|brings together|bring together|brought together|unites|comprises|consists of|made up of|groups together)$/;

/** Words between a name and "proxy of" that keep it the proxy: "X, which is a proxy of", "X – who are emissaries of". */
const PROXY_LEAD = new Set([',', '-', 'which', 'that', 'who', 'is', 'was', 'are', 'were', 'a', 'an', 'the', 'main', 'key', 'chief',
  'loyal', 'long', 'known', 'as', 'been', 'has', 'have', 'remains', 'mere', 'merely', 'only', 'just', 'also', 'thus', 'always', 'heavily']);
/** Cues whose backer stands after them: "proxy of X", "emissaries of X", "relied on X". */
const AGENT_NOUN = /^(?:prox|emissar|puppet|reli|rel[yi]|depend)/;

/** Prepositions that may follow a participle opening a reduced relative clause ("..., launched from"). */
const REDUCED_PREPS = new Set(['from', 'in', 'at', 'on', 'with', 'during', 'across', 'into', 'over', 'under', 'near', 'since']);

const KIN_NOUNS = new Set(['brother', 'brothers', 'sister', 'sisters', 'friend', 'friends', 'ally', 'allies', 'brethren', 'comrades', 'partners', 'people', 'nation',
  // ("Our thanks go to X": the speaker's own thanks)
  'thanks', 'gratitude', 'greetings', 'congratulations', 'appreciation', 'praise', 'salute', 'salutes']);
const POSSESSIVE_WORDS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/** Words of admiration that make a phrase praise of whose it is: "the courageous acts of X". */
const ADMIRING = new Set(['courageous', 'brave', 'heroic', 'valiant', 'glorious', 'victorious', 'honorable', 'honourable',
  'admirable', 'magnificent', 'noble', 'resourceful', 'brilliant', 'impressive', 'proud', 'gallant', 'fearless', 'triumphant']);
const PRAISED = (t: string): boolean => ADMIRING.has(t) || VICTORY.has(t);

/**
 * Phrases of admiration tied to an actor: "the courageous deeds of X", "the success and victory
 * of X", "X's courageous acts", "the fighters' victorious campaign", "the brave X". A victory
 * "over X" is X's defeat, not praise of it.
 */
function praisedDeeds(tokens: readonly Token[], args: readonly Arg[]): { at: number; object: Arg }[] {
  const out: { at: number; object: Arg }[] = [];
  const ok = (a: Arg | undefined): a is Arg => a !== undefined && !a.pronoun && a.type !== 'place' && a.type !== 'outlet';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (!PRAISED(t)) continue;
    // "the final victory of X", "X's ultimate victory": a prediction, not praise.
    if (VICTORY.has(t) && ['final', 'ultimate', 'imminent', 'coming', 'inevitable', 'certain', 'future'].includes(tokens[k - 1]?.text ?? '')) continue;
    // "X's courageous acts", "the fighters' victorious campaign": a possessor up to two words before.
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const w = tokens[j]!.text;
      if (w === "'" || w === 's') {
        const own = args.find((a) => a.t1 === (w === 's' ? j - 1 : j));
        if (ok(own)) out.push({ at: k, object: own });
        break;
      }
      if (!/^\p{Ll}+$/u.test(w) || w === 'the' || w === 'of') break;
    }
    // "the brave Palestinian youth", "the heroic and steadfast X"
    let n = k + 1;
    if (tokens[n]?.text === 'and' && /^\p{Ll}+$/u.test(tokens[n + 1]?.text ?? '')) n += 2;
    const direct = args.find((a) => a.t0 === n);
    if (ADMIRING.has(t) && ok(direct)) {
      out.push({ at: k, object: direct });
      continue;
    }
    // "the courageous deeds of X", "the success and victory of X"
    for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
      const w = tokens[j]!.text;
      if (w === 'of' || w === 'by') {
        const det = tokens[j + 1]?.text === 'the' ? j + 2 : j + 1;
        const a = args.find((x) => x.t0 === j + 1 || x.t0 === det);
        if (ok(a)) out.push({ at: k, object: a });
        break;
      }
      if (!/^\p{Ll}+$/u.test(w) || ['over', 'against', 'on', 'for', 'to', 'in', 'the', 'that', 'which'].includes(w)) break;
    }
  }
  return out;
}

/** Words that open an aside naming the subject's company: "X – headed by Y and joined by Z – ...". */
const COMPANY = new Set(['headed', 'led', 'joined', 'along', 'together', 'including', 'accompanied']);

/**
 * The actors of an aside right after subject `s` that names who heads or joins it
 * ("the leadership of Varnia – headed by Dravan and joined by the VGC – lined up to applaud"):
 * they share the verb.
 */
function asideCompany(tokens: readonly Token[], args: readonly Arg[], s: number, at: number, aside: readonly boolean[], rw: ReadonlySet<string>): number[] {
  const open = args[s]!.t1;
  if (!aside[open] || aside[at] || !COMPANY.has(tokens[open + 1]?.text ?? '')) return [];
  const first = args.findIndex((a) => a.t0 > open && a.t0 <= open + 5 && aside[a.t0] && !a.pronoun && a.type !== 'place');
  if (first < 0) return [];
  return coordinated(tokens, args, first, 1, rw).filter((i) => aside[args[i]!.t0] && args[i]!.t1 <= at && args[i]!.type !== 'place');
}

/**
 * "Shi'ite groups in Lebanon, Iraq, Yemen, and Bahrain have vowed ...": places listed after
 * "in" say where the actor before them is; that actor is the subject. Undefined when arg `i`
 * is not in such a list.
 */
function locativeHead(tokens: readonly Token[], args: readonly Arg[], i: number): number | undefined {
  const placeLike = (a: Arg): boolean => a.type === 'place' || a.type === 'state';
  if (!placeLike(args[i]!)) return undefined;
  let j = i;
  while (j > 0 && placeLike(args[j - 1]!) && tokens.slice(args[j - 1]!.t1, args[j]!.t0).every((t) => t.text === ',' || t.text === 'and' || t.text === 'the')) j--;
  let k = args[j]!.t0 - 1;
  if (tokens[k]?.text === 'the') k--;
  if (tokens[k]?.text !== 'in') return undefined;
  const head = args.findIndex((a) => a.t1 === k && !placeLike(a));
  return head >= 0 ? head : undefined;
}

/** Participles of giving between a nominal cue and its giver: "the support extended by X". */
const GIVEN = new Set(['extended', 'given', 'provided', 'offered', 'lent', 'granted', 'rendered', 'sent', 'supplied']);
const GETTING = new Set(['getting', 'receiving', 'received', 'gets', 'receives', 'got', 'enjoying', 'enjoys', 'enjoyed']);

/**
 * A nominal cue whose giver comes after it: "the support extended by X, Y and Z to W" (X, Y, Z
 * support W), "all the support it is getting from X" (X supports what "it" stands for).
 */
function givenBy(tokens: readonly Token[], args: readonly Arg[], h: CueHit<Predicate>, rw: ReadonlySet<string>): Pair | null {
  const argAt = (k: number): number => args.findIndex((a) => a.t0 === k || (a.t0 === k + 1 && tokens[k]!.text === 'the'));
  let k = h.to;
  if (GIVEN.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'by') {
    const g = argAt(k + 2);
    if (g < 0) return null;
    const givers = coordinated(tokens, args, g, 1, rw);
    const last = args[givers[givers.length - 1]!]!;
    if (tokens[last.t1]?.text !== 'to') return null;
    // "to the child-murdering Zionist regime": a few modifiers may stand before the receiver.
    const o = args.findIndex((a) => a.t0 > last.t1 && a.t0 <= last.t1 + 6 && !tokens.slice(last.t1 + 1, a.t0).some((t) => CLAUSE_END.has(t.text) || t.text === ','));
    return o >= 0 ? { subjects: keysOf(args, givers), objects: args[o]!.keys } : null;
  }
  // "the support [that] it is getting today from the West"
  if (tokens[k]?.text === 'that' || tokens[k]?.text === 'which') k++;
  let r = args.findIndex((a) => a.t0 === k);
  // An unresolved "it"/"they" stands for the last organisation the sentence named before the cue.
  if (r < 0 && (tokens[k]?.text === 'it' || tokens[k]?.text === 'they')) {
    for (let i = args.length - 1; i >= 0; i--) if (args[i]!.t1 <= h.from && isOrgLike(args[i]!.type) && !args[i]!.pronoun) { r = i; break; }
    if (r < 0) return null;
    k++;
  } else if (r < 0) return null;
  else k = args[r]!.t1;
  for (let j = k; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j]!.text;
    if (CLAUSE_END.has(t) || t === ',') return null;
    if (GETTING.has(t)) {
      for (let f = j + 1; f < Math.min(tokens.length, j + 4); f++) {
        if (tokens[f]!.text !== 'from') continue;
        const g = argAt(f + 1);
        return g >= 0 ? { subjects: keysOf(args, coordinated(tokens, args, g, 1, rw)), objects: args[r]!.keys } : null;
      }
      return null;
    }
  }
  return null;
}

/** Verbs of destruction whose object is the actor right after: "topple the regime", "wipe out X". */
const DESTROY_VERBS = new Set(['topple', 'destroy', 'eradicate', 'annihilate', 'obliterate', 'uproot', 'eliminate', 'erase', 'dismantle',
  'toppling', 'destroying', 'eradicating', 'annihilating', 'obliterating', 'uprooting', 'eliminating', 'erasing', 'dismantling']);

/**
 * Foretold ends of an actor: "the collapse of X", "the destruction of X", "topple X", "wipe out X".
 * "the end of X's aggression" is the end of a deed, not of X; a negated verb foretells nothing.
 */
function foretoldEnds(tokens: readonly Token[], args: readonly Arg[], cues: CompiledCues): { at: number; object: Arg; intent: boolean }[] {
  const out: { at: number; object: Arg; intent: boolean }[] = [];
  // "calling for Israel's destruction", "the cause of eliminating X": someone's aim, stated in narration too.
  const intentBefore = (k: number): boolean => tokens.slice(Math.max(0, k - 4), k).some((x, i, xs) => INTENT.has(x.text)
    || (x.text === 'for' && /^call/.test(xs[i - 1]?.text ?? '')) || (x.text === 'of' && ['cause', 'goal', 'aim', 'plan'].includes(xs[i - 1]?.text ?? '')));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    // "Israel's destruction", "its imminent demise" (not "X's destruction of Y", where X destroys)
    if (DEMISE_NOUNS.has(t) && t !== 'end' && t !== 'fall' && tokens[k + 1]?.text !== 'of') {
      let j = k - 1;
      if (/^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && !POSSESSIVE_WORDS.has(tokens[j]!.text) && tokens[j]!.text !== 's') j--;
      const own = tokens[j]?.text === 's' && tokens[j - 1]?.text === "'" ? j - 2 : tokens[j]?.text === "'" ? j - 1 : POSSESSIVE_WORDS.has(tokens[j]?.text ?? '') ? j : -1;
      const a = own < 0 ? undefined : POSSESSIVE_WORDS.has(tokens[own]!.text) ? args.find((x) => x.pronoun && x.t0 === own) : args.find((x) => x.t1 === own + 1);
      if (a && isOrgLike(a.type)) out.push({ at: k, object: a, intent: intentBefore(a.t0) });
      continue;
    }
    let from = -1;
    if (DEMISE_NOUNS.has(t) && tokens[k + 1]?.text === 'of' && ['the', 'a', 'an', 'this', 'that'].includes(tokens[k - 1]?.text ?? '')) from = k + 2;
    else if (DESTROY_VERBS.has(t) || (t === 'wipe' && tokens[k + 1]?.text === 'out')) {
      // "cannot topple", "no one can topple", "will never destroy"
      if ([1, 2, 3].some((d) => NEGATIONS.has(tokens[k - d]?.text ?? '') || tokens[k - d]?.text === 'cannot')) continue;
      from = t === 'wipe' ? k + 2 : k + 1;
    }
    if (from < 0) continue;
    const det = tokens[from]?.text === 'the' || tokens[from]?.text === 'this' ? from + 1 : from;
    const a = args.find((x) => (x.t0 === from || x.t0 === det) && !x.pronoun);
    if (!a || !isOrgLike(a.type)) continue;
    const next = tokens[a.t1]?.text;
    if (next === "'" || (next === 's' && tokens[a.t1 - 1]!.end === tokens[a.t1]!.start)) continue;
    if (cues.attackNouns.has(tokens[a.t1]?.text ?? '')) continue;
    out.push({ at: k, object: a, intent: intentBefore(k) });
  }
  return out;
}

/** Words of aim before a foretold end that make it the subject's own threat in narration. */
const INTENT = new Set(['calling', 'calls', 'called', 'predicting', 'predicts', 'predicted', 'seeks', 'sought', 'seeking', 'vowed',
  'vows', 'pledged', 'urging', 'urged', 'demanding', 'demanded', 'eliminating', 'toward', 'towards']);

/** Subject and object of a threat read from its patient: speaker (or reporter) threatens the clause subject. */
function threatPair(tokens: readonly Token[], args: readonly Arg[], reporting: readonly CueHit<true>[], h: CueHit<Predicate>,
  aside: readonly boolean[], who: Attribution): Pair | null {
  const o = subjectBefore(tokens, args, h.from, aside);
  if (o === undefined) return null;
  // ("every convoy on our land is a target": the speaker's own side is not the one warned)
  if (args[o]!.pronoun && ['we', 'our', 'us', 'ours', 'i', 'my', 'me'].includes(tokens[args[o]!.t0]!.text)) return null;
  // The patient must be the subject of this clause, not an actor further back.
  const frame = reportingFrame(tokens, args, reporting, h, aside);
  // Inside a quote the quote's speaker threatens; a reporting verb before the quote opened
  // ("..., and wrote: "...will be eradicated"") is the attribution's business, already done.
  const frameInside = frame !== undefined && frame !== null && (!who.quoted || who.quoteStart === undefined || tokens[args[frame]!.t0]!.start >= who.quoteStart);
  let subject: string | undefined;
  if (frameInside && frame !== o && args[frame!]!.t1 <= args[o]!.t0) subject = args[frame!]!.keys[0];
  else if (who.quoted) subject = who.claimant;
  if (!subject) return null;
  const objects = args[o]!.keys.filter((k) => k !== subject);
  return objects.length ? { subjects: [subject], objects } : null;
}

const FINITE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'also', 'then', 'since', 'will', 'would', 'now', 'long']);

/**
 * "Greval, a former army sergeant who deserted in 2011, has led the Brigades": the subject is
 * the name before an appositive that ends with a comma right before the verb.
 */
function appositiveHead(tokens: readonly Token[], args: readonly Arg[], at: number): number | undefined {
  let k = at - 1;
  while (k >= 0 && AUX.has(tokens[k]!.text)) k--;
  if (tokens[k]?.text !== ',') return undefined;
  const close = k;
  for (let j = close - 1; j >= 0 && j > close - 25; j--) {
    const t = tokens[j]!.text;
    if (CLAUSE_END.has(t) || t === '"' || t === ':') return undefined;
    if (t === ',') {
      // "the Crimson Banner Front (CBF), an armed group ...": the name before the parenthesis.
      const endAt = tokens[j - 1]?.text === ')' ? tokens.slice(0, j - 1).map((x) => x.text).lastIndexOf('(') : j;
      const head = args.findIndex((a) => (a.t1 === j || a.t1 === endAt) && !a.pronoun);
      if (head < 0) return undefined;
      // the appositive opens with a determiner or a role ("a former sergeant", "the commander of")
      const first = tokens[j + 1]?.text ?? '';
      if (!['a', 'an', 'the', 'who', 'which', 'whose', 'his', 'her', 'its', 'their'].includes(first)) return undefined;
      const h = args[head]!;
      return h.type === 'person' || isOrgLike(h.type) ? head : undefined;
    }
  }
  return undefined;
}

/**
 * "He said that not even America can save Israel, and called on the Muslim countries ...": a
 * verb after ", and" with no subject of its own shares the subject of the reporting clause.
 */
function mainClauseSubject(tokens: readonly Token[], args: readonly Arg[], at: number): number | undefined {
  let k = at - 1;
  while (k >= 0 && ['also', 'then', 'later'].includes(tokens[k]!.text)) k--;
  if (tokens[k]?.text !== 'and' || tokens[k - 1]?.text !== ',') return undefined;
  const first = args[0];
  if (!first || first.t0 > 3 || first.t1 >= k) return undefined;
  const between = tokens.slice(first.t1, k).map((t) => t.text);
  if (!between.some((t) => SAYS.has(t)) || !between.includes('that')) return undefined;
  return 0;
}

/**
 * "The Battalions, led by Nadir Qastelli, depend on ...": for the agent of such an aside, the
 * one led (-1 when none is named); any other arg is returned as it is.
 */
function ledAsideHead(tokens: readonly Token[], args: readonly Arg[], i: number): number {
  const t0 = args[i]!.t0;
  if (tokens[t0 - 1]?.text !== 'by' || !['led', 'headed', 'commanded', 'founded', 'chaired'].includes(tokens[t0 - 2]?.text ?? '') || tokens[t0 - 3]?.text !== ',') return i;
  return args.findIndex((a) => a.t1 === t0 - 3);
}

const RELATIVE_MEMBERSHIP = /^(?:make up|makes up|that form|which form)$/;
const COPULA = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'became', 'becomes']);
const OTHERS = new Set(['others', 'other']);

/**
 * "X is the largest of the four armed groups that make up Y", "X and Z, two of the groups
 * that make up Y": the members are the subject of the copula (or the names the phrase is set
 * beside), and a following "; the others are A and B" names the rest.
 */
function countedMembers(tokens: readonly Token[], args: readonly Arg[], h: CueHit<Predicate>, aside: readonly boolean[], rw: ReadonlySet<string>): Pair | null {
  let k = h.from - 1;
  if (tokens[k]?.text === 'that' || tokens[k]?.text === 'which') k--;
  // back over the counted noun phrase ("the four armed groups") to its "of"
  let of = -1;
  for (let j = k; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!.text;
    if (t === 'of') { of = j; break; }
    if (!/^[\p{Ll}\d-]+$/u.test(t) || args.some((a) => a.t0 <= j && j < a.t1)) return null;
  }
  if (of < 0) return null;
  const whole = args.findIndex((a) => a.t0 >= h.to && a.t0 <= h.to + 2 && isOrgLike(a.type) && a.type !== 'state' && !a.pronoun);
  if (whole < 0) return null;
  let members: number[] = [];
  const copula = tokens.slice(Math.max(0, of - 4), of).findIndex((t) => COPULA.has(t.text));
  if (copula >= 0) {
    const s = subjectBefore(tokens, args, Math.max(0, of - 4) + copula, aside);
    const head = s === undefined ? -1 : ledAsideHead(tokens, args, s);
    if (head >= 0 && isOrgLike(args[head]!.type) && args[head]!.type !== 'state') members = coordinated(tokens, args, head, -1, rw);
  } else {
    // "X and Z, two of the groups ...": the names before the comma
    let c = of - 1;
    while (c > of - 4 && tokens[c]?.text !== ',') c--;
    const s = tokens[c]?.text === ',' ? args.findIndex((a) => a.t1 === c && !a.pronoun && isOrgLike(a.type) && a.type !== 'state') : -1;
    if (s >= 0) members = coordinated(tokens, args, s, -1, rw);
  }
  if (!members.length) return null;
  // "; the others are A, B and C"
  let o = args[whole]!.t1;
  while (o < tokens.length && o < args[whole]!.t1 + 15 && !CLAUSE_END.has(tokens[o]!.text)
    && !((tokens[o]!.text === ';' || tokens[o]!.text === ',') && tokens[o + 1]?.text === 'the' && OTHERS.has(tokens[o + 2]?.text ?? ''))) o++;
  if ((tokens[o]?.text === ';' || tokens[o]?.text === ',') && tokens[o + 1]?.text === 'the' && OTHERS.has(tokens[o + 2]?.text ?? '')) {
    const are = tokens.slice(o + 3, o + 6).findIndex((t) => t.text === 'are' || t.text === 'being' || t.text === 'include');
    const first = are >= 0 ? args.findIndex((a) => a.t0 > o + 3 + are && a.t0 <= o + 6 + are && isOrgLike(a.type) && a.type !== 'state') : -1;
    if (first >= 0) members = [...members, ...coordinated(tokens, args, first, 1, rw)];
  }
  return { subjects: keysOf(args, members), objects: args[whole]!.keys };
}

/** Index of the first cue starting at or after the end of `d`. */
function firstAfter(hits: readonly CueHit<Predicate>[], d: CueHit<true>): number {
  return hits.findIndex((h) => h.from >= d.to);
}

/** The first cue of the list of cues `hits[hi]` belongs to ("training, arming and funding"). */
function listHead(tokens: readonly Token[], hits: readonly CueHit<Predicate>[], hi: number): number {
  let i = hi;
  while (i > 0) {
    const gap = tokens.slice(hits[i - 1]!.to, hits[i]!.from).map((t) => t.text).join(' ');
    if (gap === ',' || gap === 'and' || gap === ', and' || gap === 'or' || gap === 'and is' || gap === ', and is') i--;
    else break;
  }
  return i;
}

/** A directing cue inside a receiving phrase from `from` to `to` ("orders" in "takes no orders from"). */
const ordersWithin = (h: CueHit<Predicate>, from: number, to: number): boolean => h.from > from && h.to <= to && h.values.every((v) => v === 'directs');

/**
 * "supplying the anti-tank missiles", "sent a single bullet", "receive money and weapons from":
 * a verb of handing over (or of receiving, up to its "from") with weapon or money nouns soon
 * after it (no actor between) is an arming or funding cue, from the verb to the last noun.
 */
function supplyHits(tokens: readonly Token[], args: readonly Arg[], hits: readonly CueHit<Predicate>[], cues: CompiledCues): CueHit<Predicate>[] {
  const out: CueHit<Predicate>[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const v = tokens[k]!.text;
    const receive = cues.receiveVerbs.has(v);
    if (!receive && !cues.supplyVerbs.has(v)) continue;
    // "supplies the Front with rifles": the verb alone is the cue, its object stands right after it
    if (!receive) {
      const first = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
      const obj = args.find((a) => a.t0 === first || a.t0 === k + 1);
      // ("supplying the Ridgeline Defence Movement (RDM) with ...": past the acronym in brackets)
      let w = obj?.t1 ?? -1;
      if (tokens[w]?.text === '(' && tokens[w + 2]?.text === ')') w += 3;
      if (obj && tokens[w]?.text === 'with') {
        const what = tokens.slice(w + 1, w + 5).map((t) => t.text);
        const values: Predicate[] = what.some((w) => cues.weaponNouns.has(w)) ? ['arms'] : what.some((w) => cues.moneyNouns.has(w)) ? ['funds'] : [];
        if (values.length && !hits.some((h) => h.from <= k && h.to > k)) out.push({ from: k, to: k + 1, values });
        continue;
      }
    }
    const values = new Set<Predicate>();
    let last = -1;
    for (let j = k + 1; j < Math.min(tokens.length, k + 9); j++) {
      const t = tokens[j]!.text;
      if (CLAUSE_END.has(t) || t === 'to' || t === 'from' || args.some((a) => a.t0 === j)) break;
      if (t === ',' && !values.size) break;
      const thing = thingAt(tokens, j, cues);
      // ("took weapons from the depot" is a capture; "take money from X" and "take orders from X" are given)
      if (thing && !(thing === 'arms' && TAKE.has(v))) values.add(thing);
      else if (receive && ORDER_NOUNS.has(t)) values.add('directs');
      else continue;
      last = j;
    }
    if (last < 0) continue;
    let to = last + 1;
    if (receive) {
      if (tokens[to]?.text !== 'from') continue;
      to++;
    }
    // (a meeting read off the verb alone gives way: "received a single coin from X")
    // ("takes no orders from X": the noun's own cue "orders" gives way to the receiving phrase)
    if (!hits.some((h) => h.from < to && h.to > k && !(receive && h.from === k && h.values.length === 1 && h.values[0] === 'meets') && !(receive && ordersWithin(h, k, to)))) out.push({ from: k, to, values: [...values] });
    k = to - 1;
  }
  return out;
}

/** The cue is what someone is asked or required to do ("called on X to support Y", "must fund"). */
function irrealis(tokens: readonly Token[], h: CueHit<Predicate>, callOn: CueHit<Predicate> | undefined): boolean {
  // "[A correspondent] asks whether Varnia arms the Front", "asked about the call with X": a question asserts nothing.
  // ("Asked about X, he said that ...": the answer that follows the question is asserted)
  for (let k = h.from - 1; k >= 1; k--) {
    if (CLAUSE_END.has(tokens[k]!.text) || SAYS.has(tokens[k]!.text) || ['replied', 'answered', 'responded'].includes(tokens[k]!.text)) break;
    if (['whether', 'if', 'about'].includes(tokens[k]!.text) && /^ask(?:s|ed|ing)?$/.test(tokens[k - 1]!.text)) return true;
  }
  for (let k = h.from - 1; k >= Math.max(0, h.from - 3); k--) {
    const t = tokens[k]!.text;
    // ("the May 30 raid": a month, not a modal)
    if (MODALS_IRREALIS.has(t) && !(t === 'may' && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? ''))) return true;
    if (t === 'to' && k === h.from - 1 && !ASPECT.has(tokens[k - 1]?.text ?? '') && !RAISING.has(tokens[k - 1]?.text ?? '')) return true;
    if (t === 'to' && callOn && callOn.to <= k) return true;
    if (CLAUSE_END.has(t) || t === ',') break;
  }
  return false;
}

/** "Nobody in Halden gave us orders", "took orders from no one in Halden": the actor is negated. */
function negatedArg(tokens: readonly Token[], args: readonly Arg[], pair: Pair): boolean {
  for (const a of args) {
    if (!pair.subjects.includes(a.keys[0]!) && !pair.objects.includes(a.keys[0]!)) continue;
    const w = tokens.slice(Math.max(0, a.t0 - 3), a.t0).map((t) => t.text).join(' ');
    if (/(?:^| )(?:nobody|no one|none) (?:in|from|of)$/.test(w)) return true;
    // "No officer of the Directorate gives us orders"
    const w4 = tokens.slice(Math.max(0, a.t0 - 4), a.t0).map((t) => t.text).join(' ');
    if (/(?:^| )no [\p{Ll}]+ (?:of|from|in)(?: the)?$/u.test(w4) && a === args.find((x) => pair.subjects.includes(x.keys[0]!))) return true;
    // "No Qasrevani officer has ever commanded X", "not a single Varnian soldier crossed"
    if (/(?:^| )(?:no|not a single|not one)$/.test(w) && a === args.find((x) => pair.subjects.includes(x.keys[0]!))) return true;
    // "neither the Corps nor its Directorate has trained X"
    if (/(?:^| )(?:neither|nor)(?: the| its| his| their)?$/.test(w)) return true;
  }
  return false;
}

/** "lead straight back to the depots": a verb particle, not the verb "back". */
function particle(tokens: readonly Token[], h: CueHit<Predicate>): boolean {
  // "some part of the territories", "the part of the world": no membership without a copula or apposition.
  if (h.values.includes('part_of') && h.values.length === 1 && ['part', 'integral', 'one'].includes(tokens[h.from]!.text)) {
    let k = h.from - 1;
    while (k >= 0 && PART_FILLERS.has(tokens[k]!.text)) k--;
    if (k >= 0 && !PART_LEAD.has(tokens[k]!.text)) return true;
  }
  // "the Front's place in the Axis" is membership; "took place in", "a place in history" are not.
  if (h.values.includes('part_of') && tokens[h.from]!.text === 'place'
    && (/^(?:take|takes|took|taken|taking|took)$/.test(tokens[h.from - 1]?.text ?? '') || /^(?:take|takes|took|taken|taking)$/.test(tokens[h.from - 2]?.text ?? '')
      || !tokens[h.to + (tokens[h.to]?.text === 'the' ? 1 : 0)]?.cap)) return true;
  // "knows every one of them", "not one of them": a quantifier, not membership.
  if (h.values.includes('part_of') && tokens[h.from]!.text === 'one' && ['every', 'each', 'any', 'no', 'not', 'nor', 'anyone', 'which'].includes(tokens[h.from - 1]?.text ?? '')) return true;
  // "their intended targets", "the strikes": a noun after a determiner, not the verb.
  if (h.to - h.from === 1 && /^target/.test(tokens[h.from]!.text) && ['their', 'its', 'the', 'intended', 'a', 'his', 'our', 'main'].includes(tokens[h.from - 1]?.text ?? '')) return true;
  // "called for Israel to be tried", "calling him the father": no phone call.
  if (h.to - h.from === 1 && h.values.includes('contacts') && /^call/.test(tokens[h.from]!.text) && !['with', 'to'].includes(tokens[h.to]?.text ?? '')) return true;
  // "the IRGC Command in Deir Al-Zour": a capitalised cue right after a name, before a lower-case word, is part of the name.
  if (h.to - h.from === 1 && tokens[h.from]!.cap && h.from > 1 && tokens[h.from - 1]!.cap && tokens[h.to] !== undefined && !tokens[h.to]!.cap
    && /^\p{Ll}/u.test(tokens[h.to]!.text)) return true;
  // "received money from X": a gift, not a meeting (the funds cue reads it).
  // ("received in Mirel a delegation": the place first)
  const recv = tokens[h.to]?.text === 'in' && tokens[h.to + 1]?.cap ? h.to + 2 + (tokens[h.to + 2]?.cap ? 1 : 0) : h.to;
  if (h.values.includes('meets') && h.to - h.from === 1 && /^receiv/.test(tokens[h.from]!.text) && !tokens[recv]?.cap
    && !['the', 'a', 'an', 'him', 'her', 'them', 'delegation', 'delegations', 'envoy', 'envoys', 'by'].includes(tokens[recv]?.text ?? '')) return true;
  // "the Front's armed wing", "armed forces", "armed men": the adjective, not the verb.
  if (h.to - h.from === 1 && tokens[h.from]!.text === 'armed' && ARMED_NOUNS.has(tokens[h.to]?.text ?? '')) return true;
  // "the armed movement", "an armed band": after a determiner, the adjective.
  if (h.to - h.from === 1 && tokens[h.from]!.text === 'armed' && ['the', 'an', 'a', 'heavily', 'well', 'lightly'].includes(tokens[h.from - 1]?.text ?? '')
    && /^\p{Ll}+$/u.test(tokens[h.to]?.text ?? '')) return true;
  // "the external operations arm of X", "its military arm": the noun, not the verb.
  if (h.to - h.from === 1 && /^arms?$/.test(tokens[h.from]!.text) && (tokens[h.to]?.text === 'of' || tokens[h.to]?.text === ',' || tokens[h.to]?.text === '.')
    && !['to', 'will', 'would', 'must', 'should', 'not', 'and'].includes(tokens[h.from - 1]?.text ?? '')) return true;
  // "struck a cautious tone", "strikes a balance": an idiom, no attack.
  if (h.values.includes('attacks') && /^(?:str[iu]ck|strik)/.test(tokens[h.from]!.text) && ['a', 'an', 'the'].includes(tokens[h.to]?.text ?? '')
    && tokens.slice(h.to + 1, h.to + 4).some((t) => /^(?:tone|note|balance|chord|deal|agreement|pose|bargain|compromise|figure)s?$/.test(t.text))) return true;
  // "the fighting between X and Y", "heavy fighting": the noun; "fighting for X" is no attack on X.
  if (h.to - h.from === 1 && /^(?:fighting|battling)$/.test(tokens[h.from]!.text)
    && (['the', 'heavy', 'fierce', 'renewed', 'of', 'in', 'intense'].includes(tokens[h.from - 1]?.text ?? '') || ['for', 'on', 'alongside', 'with', 'in', 'between'].includes(tokens[h.to]?.text ?? ''))) return true;
  // "thank you for joining us": a host's courtesy, no thanks for support.
  if (h.values.includes('thanks') && /^thank/.test(tokens[h.from]!.text) && tokens[h.to]?.text === 'you' && tokens[h.to + 1]?.text === 'for'
    && /^(?:joining|being|coming|having|talking|speaking|taking|inviting|your time|listening|watching)/.test(tokens[h.to + 2]?.text ?? '')) return true;
  // "Asked about the allegations, X said": a question put to the speaker, no call to act.
  if (h.values.includes('calls_on') && tokens[h.from]!.text.toLowerCase() === 'asked' && ['about', 'whether', 'if', 'why', 'how', 'what', 'when'].includes(tokens[h.to]?.text ?? '')) return true;
  // "direct Iranian involvement", "in direct contact": the adjective, not the verb.
  // "X's main sponsor (backer, patron)": the possessor is the one backed; the roles read it
  // ("X's main backer is Y").
  if (h.values.includes('supports') && /^(?:sponsors?|backers?|patrons?)$/.test(tokens[h.from]!.text)) {
    let k = h.from - 1;
    while (k > 0 && /^(?:main|chief|principal|biggest|largest|key|foreign|only|primary|closest)$/.test(tokens[k]!.text)) k--;
    if (tokens[k]?.text === "'" || (tokens[k]?.text === 's' && tokens[k - 1]?.text === "'") || ['its', 'their', 'his', 'her', 'our', 'my'].includes(tokens[k]?.text ?? '')) return true;
  }
  // ("the most direct acknowledgement")
  if (h.to - h.from === 1 && tokens[h.from]!.text === 'direct' && ['of', 'the', 'a', 'an', 'in', 'with', 'no', 'more', 'most', 'less', 'very', 'so', 'and', 'its', 'their', 'his', 'her', 'any', 'under'].includes(tokens[h.from - 1]?.text ?? '')) return true;
  // "a coordinated campaign of slander", "a planned attack": a participle before its noun after an article.
  if (h.to - h.from === 1 && h.values.includes('directs') && /^(?:coordinated|planned|controlled|orchestrated)$/.test(tokens[h.from]!.text)
    && ['a', 'an', 'the', 'well', 'carefully', 'centrally'].includes(tokens[h.from - 1]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[h.to]?.text ?? '') && tokens[h.to]?.text !== 'by') return true;
  // "child-murdering", "Iran-armed": a cue joined to the word before by a hyphen is an adjective.
  if (!h.values.includes('supports') && tokens[h.from - 1]?.text === '-' && tokens[h.from - 1]!.end === tokens[h.from]!.start
    && tokens[h.from - 2]?.end === tokens[h.from - 1]!.start) return true;
  return h.to - h.from === 1 && tokens[h.from]!.text === 'back' && ['to', 'from', 'into', 'home', 'down', 'up', 'off', 'in'].includes(tokens[h.to]?.text ?? '');
}

const ARMED_NOUNS = new Set(['wing', 'wings', 'forces', 'force', 'group', 'groups', 'men', 'militia', 'militias', 'factions', 'faction',
  'struggle', 'resistance', 'conflict', 'attack', 'attacks', 'branch', 'units', 'unit', 'gunmen', 'fighters', 'robbery', 'clashes', 'opposition']);
const RECEIVE_VERBS = new Set(['enjoys', 'enjoy', 'enjoyed', 'enjoying', 'receives', 'receive', 'received', 'receiving', 'gets',
  'get', 'got', 'has', 'have', 'had', 'with', 'without']);

/** The actor a clause is about, before token `v`: across "that also"/"which" and an appositive. */
function appositiveOrSubject(tokens: readonly Token[], args: readonly Arg[], v: number, aside: readonly boolean[]): number | undefined {
  let k = v;
  while (k > 0 && ['also', 'that', 'which', 'who', 'still', 'long', 'reportedly', 'allegedly'].includes(tokens[k - 1]!.text)) k--;
  const s = subjectBefore(tokens, args, k, aside);
  if (s !== undefined) return s;
  // "the Front, a separate militia that also enjoys ...": the name before the appositive.
  for (let j = k - 1; j >= 0 && j > k - 12; j--) {
    if (CLAUSE_END.has(tokens[j]!.text)) return undefined;
    if (tokens[j]!.text === ',') {
      const head = args.findIndex((a) => a.t1 === j && !a.pronoun);
      return head >= 0 ? head : undefined;
    }
  }
  return undefined;
}

/** The '.' of "U.S." or "Brig. Gen.": an abbreviation, not a clause end. */
const abbreviation = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]!.text === '.' && (tokens[k - 1]?.text.length === 1 || ['gen', 'brig', 'col', 'lt', 'maj', 'capt', 'dr', 'mr', 'mrs', 'ms', 'st', 'no'].includes(tokens[k - 1]?.text ?? ''));

/** The [open, close] token indexes of the square brackets around token `k`, or null. */
function bracketAround(tokens: readonly Token[], k: number): [number, number] | null {
  let open = -1;
  for (let i = k - 1; i >= 0; i--) {
    const t = tokens[i]!.text;
    if (t === ']') return null;
    if (t === '[') {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '[') return null;
    if (t === ']') return [open, i];
  }
  return null;
}

/** A modal of obligation follows within the clause: "warned X that it must act". */
function mustFollow(tokens: readonly Token[], from: number, reach = 10): boolean {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) {
    const t = tokens[k]!.text;
    if (CLAUSE_END.has(t) && !abbreviation(tokens, k)) return false;
    if (t === 'must' || t === 'should' || (t === 'to' && ['act', 'stop', 'restrain', 'refrain', 'end', 'leave'].includes(tokens[k + 1]?.text ?? ''))) return true;
  }
  return false;
}

const SPEAKER_OWN = new Set<Predicate>(['praises', 'thanks', 'threatens', 'calls_on', 'supports']);

/** The cue opens its clause: at most two words ("and", "our") since a clause edge. */
function clauseInitial(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1, n = 0; k >= 0; k--, n++) {
    const t = tokens[k]!.text;
    if ((CLAUSE_END.has(t) && !abbreviation(tokens, k)) || t === ':' || t === '"' || t === "'") return true;
    if (n >= 2) return false;
  }
  return true;
}

/**
 * How many words of a day stand right before `k`: "the EGB's 12 March attack", "Hamas's
 * October 7 attack". They do not put the possessor further from its attack.
 */
function dateWordsBefore(tokens: readonly Token[], k: number): number {
  let n = 0;
  for (let j = k - 1; j >= 0 && (monthNumber(tokens[j]!.text) !== undefined || /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[j]!.text)); j--) n++;
  return n;
}

/**
 * "At an October 17 meeting", "During a long meeting": the noun at `k` ends a phrase that opens
 * the sentence (or follows a heading's colon) with a preposition and holds only lower-case words
 * and date words, so no actor of its own.
 */
function frontedBare(tokens: readonly Token[], args: readonly Arg[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 7 && !['in', 'during', 'at'].includes(tokens[j]!.text)) {
    const t = tokens[j]!.text;
    if (args.some((a) => a.t0 <= j && j < a.t1)) return false;
    if (!/^\p{Ll}+$/u.test(t) && !/^\d{1,4}(?:st|nd|rd|th)?$/.test(t) && monthNumber(t) === undefined && t !== ',') return false;
    j--;
  }
  return j >= 0 && j >= k - 7 && (j === 0 || tokens[j - 1]!.text === ':' || tokens[j - 1]!.text === '"');
}

/**
 * The agent named right after a passive's "by" (`at` is the first token after it), or -1.
 * ("trained by instructors from Unit 440": the people of a group act for it; "financed by the
 * government of Mirhaz": so does a state's government.)
 */
function agentAfterBy(tokens: readonly Token[], args: readonly Arg[], at: number): number {
  const the = tokens[at]?.text === 'the' ? 1 : 0;
  const people = AGENT_PEOPLE.has(tokens[at + the]?.text ?? '') || (the === 1 && RULING_NOUNS.has(tokens[at + 1]?.text ?? ''));
  const via = people && ['from', 'of'].includes(tokens[at + the + 1]?.text ?? '') ? 2 + the : 0;
  return args.findIndex((a) => a.t0 >= at + via && a.t0 <= at + 2 + via);
}

/** "the CBF, a group", "the Front, an insurgent group": the noun at `k` is set beside an organisation's name. */
function apposedToBody(tokens: readonly Token[], args: readonly Arg[], k: number): boolean {
  let j = k - 1;
  while (j > k - 3 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && !['a', 'an', 'the'].includes(tokens[j]!.text)) j--;
  if (!['a', 'an', 'the'].includes(tokens[j]?.text ?? '') || tokens[j - 1]?.text !== ',') return false;
  const end = tokens[j - 2]?.text === ')' ? tokens.slice(0, j - 2).map((t) => t.text).lastIndexOf('(') : j - 1;
  return args.some((a) => (a.t1 === j - 1 || a.t1 === end) && !a.pronoun && isOrgLike(a.type) && a.type !== 'state');
}

/** Nouns of an accusation another makes: "Ostrava's claim", "the allegation, repeated by Ostrava". */
const ACCUSATION_NOUNS = /^(?:claims?|accusations?|allegations?|charges?|assertions?)$/;

/**
 * Who made the accusation that a denial at `from` rejects, named between it and the claim's cue
 * at `to`: the possessor or adjective before the noun ("Ostrava's claim", "Ostravan accusations")
 * or the agent after it ("accusations by Ostrava", "the allegation, repeated this week by Ostrava,").
 */
function accuserOf(tokens: readonly Token[], args: readonly Arg[], from: number, to: number): Arg | undefined {
  for (let k = from; k < to; k++) {
    if (!ACCUSATION_NOUNS.test(tokens[k]!.text)) continue;
    const own = args.find((a) => !a.pronoun && (a.type === 'state' || isOrgLike(a.type) || a.type === 'person') && a.t0 > from
      && (a.t1 === k || (tokens[a.t1]?.text === "'" && afterPossessive(tokens, a.t1) === k)));
    if (own) return own;
    for (let j = k + 1; j < Math.min(to, k + 8); j++) {
      if (tokens[j]!.text === 'that' || CLAUSE_END.has(tokens[j]!.text)) break;
      if (tokens[j]!.text !== 'by') continue;
      const by = args.find((a) => !a.pronoun && a.t0 > j && a.t0 <= j + 2 && a.type !== 'place');
      if (by) return by;
    }
    return undefined;
  }
  return undefined;
}

/** "had no part in the", "played no role in", "was not involved in": where the phrase before the attack noun at `k` starts, or -1. */
function noPartIn(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j > k - 3 && /^(?:the|an?|two|three|recent|latest|deadly)$/.test(tokens[j]?.text ?? '')) j--;
  const w = tokens.slice(Math.max(0, j - 3), j + 1).map((t) => t.text).join(' ');
  const m = /(?:^| )((?:had|has|have|played|plays|play) no (?:part|role) in|(?:was|is|were|are) not involved in|no involvement in)$/.exec(w);
  return m ? j + 1 - m[1]!.split(' ').length : -1;
}

/** The name at `t0` opens a clause after a comma, maybe behind capitalised title words (", Supreme Leader X"). */
function setOffByComma(tokens: readonly Token[], t0: number): boolean {
  let k = t0 - 1;
  while (k > 0 && k >= t0 - 4 && tokens[k]!.cap && /^\p{L}+$/u.test(tokens[k]!.text)) k--;
  return tokens[k]?.text === ',';
}

/** "Varnian President Lidia Marr": the person after a state and its capitalised title words, else `i` itself. */
function titledPerson(tokens: readonly Token[], args: readonly Arg[], i: number, cues: CompiledCues): number {
  const a = args[i]!;
  const next = args[i + 1];
  return a.type === 'state' && next && next.type === 'person' && !next.pronoun && next.t0 > a.t1 && next.t0 - a.t1 <= 3
    && tokens.slice(a.t1, next.t0).every((t) => t.cap && cues.roleWords.has(t.text.toLowerCase())) ? i + 1 : i;
}

/** "reported that", "reported on Monday that", "said last month that": the "that" at `k` opens what was said. */
function saidBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!.text;
    if (SAYS.has(t)) return true;
    if (!(TIME_WORDS.has(t) || monthNumber(t) !== undefined || /^\d{1,4}$/.test(t) || /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(t)
      || ['on', 'in', 'last', 'this', 'week', 'month', 'year', 'earlier', 'later'].includes(t))) return false;
  }
  return false;
}

/** "A and B meet in Halden", "Dravan and Marr met on Friday": the first meets the others. */
function mutualMeeting(tokens: readonly Token[], args: readonly Arg[], h: CueHit<Predicate>, cues: CompiledCues): Pair | null {
  if (h.to - h.from !== 1 || !/^(?:meet|met)$/.test(tokens[h.from]!.text)) return null;
  const last = args.findIndex((a) => a.t1 === h.from && !a.pronoun);
  if (last < 0) return null;
  const names = coordinated(tokens, args, last, -1, cues.roleWords).filter((i) => args[i]!.type === 'person' || isOrgLike(args[i]!.type));
  if (names.length < 2) return null;
  const [first, ...rest] = names.sort((a, b) => a - b);
  return { subjects: args[first!]!.keys, objects: keysOf(args, rest) };
}

/** "a Legion delegation headed by X" within a few words after `from`: X's key. */
function delegationHead(tokens: readonly Token[], args: readonly Arg[], from: number): string | undefined {
  for (let k = from; k < Math.min(tokens.length - 2, from + 8); k++) {
    if (CLAUSE_END.has(tokens[k]!.text)) return undefined;
    if (!/^delegations?$/.test(tokens[k]!.text) || !['headed', 'led'].includes(tokens[k + 1]!.text) || tokens[k + 2]!.text !== 'by') continue;
    const head = args.find((a) => a.t0 === k + 3 && a.type === 'person' && !a.pronoun);
    return head?.keys[0];
  }
  return undefined;
}

/** Sentences an attack stays what "the raid" or "it" refers to. */
const EVENT_REACH = 12;
/** Verbs after which "it" is the attack just named: "had ordered it", "planned it", "praised it". */
const EVENT_VERBS = new Set(['ordered', 'order', 'planned', 'plan', 'launched', 'launch', 'orchestrated', 'directed', 'commanded',
  'praised', 'hailed', 'applauded', 'welcomed', 'celebrated', 'financed', 'funded', 'armed', 'prepared', 'carried']);

/**
 * "this operation", "the raid" (not "the raid by X", "the attack on X") or "it" right after a
 * verb in a sentence that names an attack: a reference to the last attack the text told of.
 */
function isEventPhrase(tokens: readonly Token[], k: number, attackNouns: ReadonlySet<string>): boolean {
  return eventPhraseEnd(tokens, k, attackNouns) > 0;
}

/** Words that may stand between "the" and the attack noun: "the February 27 ambush", "the deadly raid". */
const EVENT_MODIFIERS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'deadly', 'recent', 'latest', 'last', 'bloody', 'brutal', 'surprise', 'weekend', 'night', 'dawn',
  'cross', '-', 'border']);

/** The token after the event phrase at `k` ("this operation", "the March 8 raid", "it"), or 0 when none is there. */
function eventPhraseEnd(tokens: readonly Token[], k: number, attackNouns: ReadonlySet<string>): number {
  const t = tokens[k]!.text;
  if (t === 'it') {
    const prev = tokens[k - 1]?.text ?? '';
    if (!EVENT_VERBS.has(prev)) return 0;
    return tokens.slice(0, k).some((x) => attackNouns.has(x.text) && !/s$/.test(x.text)) ? k + 1 : 0;
  }
  if (t !== 'this' && t !== 'the' && t !== 'that') return 0;
  let j = k + 1;
  while (j < k + 5 && (EVENT_MODIFIERS.has(tokens[j]?.text ?? '') || /^\d+$/.test(tokens[j]?.text ?? ''))) j++;
  // ("the Edrith attack": the place it struck, one capitalised word)
  if (tokens[j]?.cap && /^\p{L}+$/u.test(tokens[j]!.text) && attackNouns.has(tokens[j + 1]?.text ?? '')) j++;
  const n = tokens[j]?.text ?? '';
  if (!attackNouns.has(n) || /s$/.test(n) || ['war', 'move', 'victory', 'fighting', 'flood', 'storm', 'act'].includes(n)) return 0;
  // ("the attack in a short post": "in" before an indefinite or possessive tells where it was said, not where it was)
  if (tokens[j + 1]?.text === 'in' && ['a', 'an', 'his', 'her', 'their', 'its'].includes(tokens[j + 2]?.text ?? '')) return j + 1;
  return ['by', 'on', 'against', 'of', 'in', 'at'].includes(tokens[j + 1]?.text ?? '') ? 0 : j + 1;
}

/** "received a (telephone) call / letter / message from X": the cue is within the received thing. */
function receivedCall(tokens: readonly Token[], h: CueHit<Predicate>): boolean {
  const t = tokens[h.from]!.text;
  if (/^receiv/.test(t)) {
    const w = tokens.slice(h.to, h.to + 5).map((x) => x.text);
    return w.some((x) => /^(?:call|phone|telephone|letter|message|cable)s?$/.test(x)) && w.includes('from');
  }
  return /^(?:telephon|phon|call)/.test(t) && tokens.slice(Math.max(0, h.from - 3), h.from).some((x) => /^receiv/.test(x.text))
    && tokens.slice(h.to, h.to + 3).some((x) => x.text === 'from');
}

/** "congratulate you on the victory of our brothers in the Front": the praise is the Front's. */
function praiseOfDeed(tokens: readonly Token[], args: readonly Arg[], h: CueHit<Predicate>, cues: CompiledCues, pair: Pair): Pair {
  for (let k = h.to; k < Math.min(tokens.length, h.to + 12); k++) {
    const t = tokens[k]!.text;
    if (CLAUSE_END.has(t)) break;
    if (t !== 'on' && t !== 'for') continue;
    const n = tokens[k + 1]?.text === 'the' || tokens[k + 1]?.text === 'their' || tokens[k + 1]?.text === 'its' ? k + 2 : k + 1;
    // ("for its murder of Israelis": after "of" stand the victims, unless the deed is a victory)
    const deed = tokens[n]?.text ?? '';
    const link = tokens[n + 1]?.text ?? '';
    if (!cues.attackNouns.has(deed) && !VICTORY.has(deed)) break;
    if (!(link === 'by' || (link === 'of' && VICTORY.has(deed)))) break;
    const actor = args.find((a) => a.t0 > n + 1 && a.t0 <= n + 7 && isOrgLike(a.type) && !a.pronoun);
    if (actor) return { subjects: pair.subjects, objects: actor.keys };
    break;
  }
  return pair;
}

const NO_EVIDENCE = new Set(['evidence', 'proof', 'sign', 'indication', 'signs', 'indications']);

/** "we found no evidence that X commands them": the clause is neither asserted nor denied. */
function unsupported(tokens: readonly Token[], h: CueHit<Predicate>): boolean {
  for (let k = h.from - 1; k >= Math.max(1, h.from - 12); k--) {
    const t = tokens[k]!.text;
    if (CLAUSE_END.has(t)) return false;
    if (t === 'that' && NO_EVIDENCE.has(tokens[k - 1]!.text) && ['no', 'little', 'any'].includes(tokens[k - 2]?.text ?? '')) return true;
  }
  return false;
}

/** "did not arm", "never funded", "sent no weapons": the claim is denied. */
function negated(tokens: readonly Token[], h: CueHit<Predicate>): boolean {
  for (let k = h.from; k < h.to; k++) if (NEGATIONS.has(tokens[k]!.text)) return true;
  for (let k = h.from - 1; k >= Math.max(0, h.from - 2); k--) {
    const t = tokens[k]!.text;
    if (NEGATIONS.has(t) || t === 't') return true;
  }
  // "Nobody in X gives orders to Y": a subject that names no one denies the act.
  for (let k = h.from - 1; k >= Math.max(0, h.from - 8); k--) {
    const t = tokens[k]!.text;
    if (CLAUSE_END.has(t) || t === ',' || t === '"') break;
    if (t === 'nobody' || (t === 'no' && tokens[k + 1]?.text === 'one')) return true;
  }
  // "has never trained, funded or armed X": the negation before a list of verbs covers each.
  let k = h.from - 1;
  for (let n = 0; n < 4 && [',', 'or', 'nor', 'and'].includes(tokens[k]?.text ?? ''); n++) {
    k--;
    if (tokens[k]?.text === ',') k--;
    if (!/^\p{Ll}{3,}$/u.test(tokens[k]?.text ?? '') || STOP_OBJECT.has(tokens[k]!.text) || LIGHT.has(tokens[k]!.text)) return false;
    if ([1, 2].some((d) => NEGATIONS.has(tokens[k - d]?.text ?? '') || tokens[k - d]?.text === 't')) return true;
    k--;
  }
  return false;
}

/** The hedge words of the sentence, as written. */
function hedgeOf(tokens: readonly Token[], text: string, hedges: readonly CueHit<true>[]): string | undefined {
  const h = hedges[0];
  return h ? text.slice(tokens[h.from]!.start, tokens[h.to - 1]!.end) : undefined;
}

/** Index of the nearest arg ending before token `at`, outside asides and within the clause. */
/** True when a quotation that holds token `from` closes before token `to`. */
function quotationClosesBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let open = 0;
  let close = 0;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== '"') continue;
    // A closing mark is attached to the word before it, an opening one to the word after.
    if (k > 0 && tokens[k - 1]!.end === tokens[k]!.start) close++;
    else open++;
  }
  return close > open;
}

function subjectBefore(tokens: readonly Token[], args: readonly Arg[], at: number, aside: readonly boolean[]): number | undefined {
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i]!;
    if (a.t1 > at) continue;
    if (aside[a.t0] && !aside[at]) continue;
    // 'extended "the blessings of ... to the Palestinian nation" and welcomed': a name inside a
    // quoted phrase is not the subject of the verb after the phrase.
    if (quotationClosesBetween(tokens, a.t1, at)) continue;
    // "according to the ministry, X has ...": the source says it; it does not do it.
    if (tokens.slice(Math.max(0, a.t0 - 4), a.t0).some((t, i, xs) => t.text === 'according' && xs[i + 1]?.text === 'to')) continue;
    // "X, a militia in eastern Ashkara, and threatened ...": a name inside an apposition that
    // closes before the verb is not its subject.
    if (inIndefiniteApposition(tokens, a, at)) continue;
    // ("Brimholt said Maruvet was encouraged and called on Teodrin": a speech act joined by "and"
    // to a reported clause is the reporter's subject's, not the reported clause's)
    let says = tokens[a.t0 - 1]?.text === 'the' ? a.t0 - 2 : a.t0 - 1;
    if (tokens[says]?.text === 'that') says--;
    if (SPEECH_ACTS.has(tokens[at]!.text) && tokens[at - 1]?.text === 'and' && SAYS.has(tokens[says]?.text ?? '')) return subjectBefore(tokens, args, says, aside);
    // "X, whose fighters struck Y": X's people act for X; "those whose aircraft bomb Y" names no one.
    let w = a.t1;
    while (w < at && tokens[w]!.text !== 'whose') w++;
    if (w < at) {
      if ((w === a.t1 + 1 && tokens[a.t1]!.text === ',') || w === a.t1) return isOrgLike(a.type) || a.type === 'person' ? i : undefined;
      return undefined;
    }
    // ("X, a group led by Esteban Iriarte, which attacks Y": "which" never stands for a person)
    if (a.type === 'person' && tokens[a.t1]?.text === ',' && tokens[a.t1 + 1]?.text === 'which' && a.t1 + 1 < at) continue;
    // ("Brimholt, speaking after Taluvik, said": nor does a name after a preposition in an aside)
    // ("after President Edda Maltrane,": past a title)
    if (i > 0 && tokens[a.t1]?.text === ',' && [a.t0 - 1, a.t0 - 2].some((k) => ['after', 'before', 'beside', 'alongside', 'behind'].includes(tokens[k]?.text ?? ''))
      && /^\p{L}+$/u.test(tokens[a.t0 - 1]?.text ?? '')) continue;
    // ("A drone strike near Halden kills X": a place after a locative preposition does nothing)
    if (a.type === 'place' && ['near', 'in', 'at', 'outside', 'around', 'inside', 'across', 'from'].includes(tokens[a.t0 - 1]?.text ?? '')) continue;
    // ("X held a news conference in Ostrava after talks with Y", "X, speaking in Ostrava, praised
    // Y": nor does a state named where something happened)
    // (the one before in the same clause: "Marr said: 'whoever signs the orders in Varnia will answer'" is Varnia's threat)
    // ("X travels to Tehran and is received by Y": where X went does nothing)
    if ((a.type === 'state' || a.type === 'place') && tokens[a.t0 - 1]?.text === 'to' && MOTION.has(tokens[a.t0 - 2]?.text ?? '') && i > 0) continue;
    // ("a currency exchange house in Dunmarsh, Sevrenia, received ...": the country after the town)
    if ((a.type === 'state' || a.type === 'place') && tokens[a.t0 - 1]?.text === ',' && i > 0 && args[i - 1]!.t1 === a.t0 - 1
      && (args[i - 1]!.type === 'place' || args[i - 1]!.type === 'state') && ['in', 'near', 'at'].includes(tokens[args[i - 1]!.t0 - 1]?.text ?? '')) continue;
    if (a.type === 'state' && ['in', 'near', 'inside', 'outside', 'across'].includes(tokens[a.t0 - 1]?.text ?? '') && i > 0 && !args[i - 1]!.pronoun
      && tokens[a.t1]?.text !== "'" && !tokens.slice(args[i - 1]!.t1, a.t0).some((t) => CLAUSE_END.has(t.text) || t.text === ':' || t.text === '"' || t.text === "'")) continue;
    // ("Maske, the Marsh Brigades' leader, replied ... thanking X": the role's owner acts not)
    const afterOwner = tokens[a.t1]?.text === "'" ? (tokens[a.t1 + 1]?.text === 's' ? a.t1 + 2 : a.t1 + 1) : -1;
    if (afterOwner > 0 && OWNED_ROLES.has(tokens[afterOwner]?.text ?? '') && tokens[a.t0 - 1]?.text === 'the' && tokens[a.t0 - 2]?.text === ',') continue;
    let blocked = false;
    for (let k = a.t1; k < at; k++) {
      // ("Khamenei – who armed Gaza, as reports said – applauded": an aside blocks nothing.)
      if (aside[k] && !aside[at]) continue;
      const t = tokens[k]!.text;
      // "..., and they trained them": an unresolved subject pronoun stands between.
      if ((CLAUSE_END.has(t) && !abbreviation(tokens, k)) || t === ':' || (SUBJECT_PRONOUNS.has(t) && !args.some((x) => x.t0 <= k && k < x.t1))) blocked = true;
      // "the Ostravans say the orders came from Halden": who says is not the subject of what is said.
      // ("the DES, which prosecutors say has financed X": a saying set inside a relative clause is an aside)
      const inRelative = RELATIVE.has(tokens[k - 2]?.text ?? '') && /^\p{Ll}+s$/u.test(tokens[k - 1]?.text ?? '') && (t === 'say' || t === 'said' || t === 'believe' || t === 'allege');
      if (SAYS.has(t) && tokens[k + 1]?.text !== 'by' && k > a.t1 - 1 && !inRelative) blocked = true;
      // "every hand that helped us": a relative clause on a noun that names no actor.
      // ("Milos Ferrant, a former army major who has led X": the noun is the person's apposition)
      if (RELATIVE.has(t) && k >= at - 3 && k > a.t1 && ![',', '-', '('].includes(tokens[k - 1]!.text)) {
        const person = appositionOwner(tokens, args, k);
        if (person !== undefined) return person;
        blocked = true;
      }
    }
    if (blocked) return undefined;
    // "Officials from countries that have spoken to the officials of our country have defended
    // X": a name after a relative clause's own verb is inside that clause, not the subject.
    for (let k = a.t0 - 1; k >= Math.max(0, a.t0 - 10); k--) {
      const t = tokens[k]!.text;
      if (CLAUSE_END.has(t) || t === ',' || t === '"') break;
      if (!RELATIVE.has(t) || t === 'that' && saidBefore(tokens, k)) continue;
      const verb = a.t1 < at && tokens.slice(k + 1, a.t0).some((x) => FINITE_AUX.has(x.text) || /(?:ed|en)$/.test(x.text));
      if (verb && ![',', '-', '('].includes(tokens[k - 1]?.text ?? '')) {
        const head = args.findIndex((x) => x.t1 <= k && x.t1 >= k - 1);
        return head >= 0 ? head : undefined;
      }
      break;
    }
    // ("Chancellor Ingrid Vollmer of Brennmark spoke with X": the person, not the state after "of")
    // ("The Ninth Directorate of the Frontier Corps picks the targets": the unit, not its owner)
    const ofAt = tokens[a.t0 - 1]?.text === 'of' ? a.t0 - 1 : tokens[a.t0 - 1]?.text === 'the' && tokens[a.t0 - 2]?.text === 'of' ? a.t0 - 2 : -1;
    if (ofAt > 0 && (a.type === 'state' || isOrgLike(a.type)) && i > 0 && !args[i - 1]!.pronoun && args[i - 1]!.t1 === ofAt
      && (args[i - 1]!.type === 'person' || (isOrgLike(args[i - 1]!.type) && args[i - 1]!.type !== 'state' && args[i - 1]!.type !== 'collective'))) return i - 1;
    return i;
  }
  return undefined;
}

/**
 * "killed (wounded) in a Lunesian air strike", "died in an HRB rocket attack": the actor whose
 * strike it was, and where "killed" stands (its victim is the subject before it).
 */
function killedIn(tokens: readonly Token[], args: readonly Arg[], cues: CompiledCues): { at: number; attacker: Arg }[] {
  const out: { at: number; attacker: Arg }[] = [];
  for (let k = 1; k < tokens.length - 3; k++) {
    if (!['killed', 'wounded', 'injured', 'died'].includes(tokens[k]!.text) || tokens[k + 1]?.text !== 'in' || !['a', 'an', 'the'].includes(tokens[k + 2]?.text ?? '')) continue;
    const a = args.find((x) => x.t0 === k + 3 && !x.pronoun && (x.type === 'state' || isOrgLike(x.type)) && x.type !== 'collective');
    if (!a) continue;
    let n = a.t1;
    while (n < a.t1 + 2 && /^\p{Ll}+$/u.test(tokens[n]?.text ?? '') && !cues.attackNouns.has(tokens[n]!.text)) n++;
    if (cues.attackNouns.has(tokens[n]?.text ?? '') || ['strike', 'raid', 'airstrike', 'attack', 'bombardment', 'ambush'].includes(tokens[n]?.text ?? '')) out.push({ at: k, attacker: a });
  }
  return out;
}

/**
 * "our brothers in X and in Y", "our friends of the Z": the bodies named after kin words right at
 * `k`, or none.
 */
function kinObjects(tokens: readonly Token[], args: readonly Arg[], k: number): number[] {
  if (!['our', 'their', 'my', 'his', 'its'].includes(tokens[k]?.text ?? '') || !KIN_NOUNS.has(tokens[k + 1]?.text ?? '')) return [];
  const out: number[] = [];
  let at = k + 2;
  for (;;) {
    if (!['in', 'of', 'from', 'among'].includes(tokens[at]?.text ?? '')) break;
    const first = tokens[at + 1]?.text === 'the' ? at + 2 : at + 1;
    const i = args.findIndex((a) => a.t0 === first && !a.pronoun && a.type !== 'place');
    if (i < 0) break;
    out.push(i);
    // ("... and in the Y", ", in Y")
    const sep = tokens[args[i]!.t1]?.text;
    if (sep === 'and' || sep === ',') at = args[i]!.t1 + 1;
    else break;
  }
  return out;
}

/** "X, a former army major who ...": X, the person the noun before relative `k` is set beside. */
function appositionOwner(tokens: readonly Token[], args: readonly Arg[], k: number): number | undefined {
  if (tokens[k]!.text !== 'who') return undefined;
  // ("a former major who defected in 2019 and who has led X": the first relative's noun)
  if (tokens[k - 1]?.text === 'and') {
    for (let j = k - 2; j > k - 12 && j > 0; j--) {
      if (CLAUSE_END.has(tokens[j]!.text)) break;
      if (tokens[j]!.text === 'who') return appositionOwner(tokens, args, j);
    }
    return undefined;
  }
  let j = k - 1;
  while (j > k - 6 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && !['a', 'an', 'the'].includes(tokens[j]!.text)) j--;
  if (!['a', 'an', 'the'].includes(tokens[j]?.text ?? '') || tokens[j - 1]?.text !== ',' || j === k - 1) return undefined;
  const owner = args.findIndex((a) => a.t1 === j - 1 && a.type === 'person' && !a.pronoun);
  return owner >= 0 ? owner : undefined;
}

const COUNTERPART = new Set(['counterpart', 'counterparts', 'opposite', 'number']);
const HARMED = new Set(['killed', 'wounded', 'injured', 'hurt', 'assassinated', 'died']);

/**
 * "X was killed in a Varnian air strike on the village of Y": the one killed and the place hit,
 * for an attack noun whose actor stands at `actorAt` and that ends at `end`.
 */
function victimsOf(tokens: readonly Token[], args: readonly Arg[], actorAt: number, end: number): number[] {
  let j = actorAt - 1;
  if (['a', 'an', 'the'].includes(tokens[j]?.text ?? '')) j--;
  if (tokens[j]?.text !== 'in' || !HARMED.has(tokens[j - 1]?.text ?? '')) return [];
  const out: number[] = [];
  const aux = tokens[j - 1]!.text === 'died' ? j - 1 : j - 2;
  if (tokens[j - 1]!.text === 'died' || PASSIVE_AUX.has(tokens[aux]?.text ?? '')) {
    const victim = args.findIndex((a) => a.t1 === aux && (a.type === 'person' || isOrgLike(a.type)));
    if (victim >= 0) out.push(victim);
  }
  // ("on the village of Y", "on Y")
  if (tokens[end]?.text === 'on') {
    let k = end + 1;
    if (tokens[k]?.text === 'the') k++;
    if (PLACE_NOUNS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.text === 'of') k += 2;
    const place = args.findIndex((a) => a.t0 === k);
    if (place >= 0) out.push(place);
  }
  return out;
}

function inIndefiniteApposition(tokens: readonly Token[], a: Arg, at: number): boolean {
  let open = -1;
  // (", a volunteer militia formally attached to the Y reserve": a long apposition)
  for (let j = a.t0 - 1; j >= Math.max(0, a.t0 - 12); j--) {
    const t = tokens[j]!.text;
    if (t === ',') { open = j; break; }
    if (CLAUSE_END.has(t)) return false;
  }
  // (", a militia in ...", ", both members of Y,", ", one of the factions of Y,")
  if (open < 0 || !['a', 'an', 'both', 'all', 'each', 'one', 'members', 'part'].includes(tokens[open + 1]?.text ?? '')) return false;
  for (let j = a.t1; j < at; j++) if (tokens[j]!.text === ',') return true;
  return false;
}

/**
 * The arg that reports the clause of cue `h` ("Kayhan claims that ...", "according to X",
 * "..., state TV reported"), or undefined.
 */
function reportingFrame(tokens: readonly Token[], args: readonly Arg[], reporting: readonly CueHit<true>[], h: CueHit<Predicate>,
  aside: readonly boolean[]): number | undefined {
  for (let ri = reporting.length - 1; ri >= 0; ri--) {
    const r = reporting[ri]!;
    if (r.to > h.from) continue;
    // ("X is believed (said) to fund Y": a hedge on X's act; X is no one who says it)
    if (tokens[r.to]?.text === 'to' && ['is', 'are', 'was', 'were', 'be', 'been'].includes(tokens[r.from - 1]?.text ?? '')) continue;
    const first = tokens[r.from]!.text;
    if (first === 'according' || (first === 'told' && !args.some((a) => a.t1 === r.from))) {
      // ("told Al-Arabiya": an outlet carries it; "told the crowd" names the hearers, who say nothing)
      const after = args.findIndex((a) => a.t0 >= r.to && a.t0 <= r.to + 3 && (first === 'according' || a.type === 'outlet'));
      if (after >= 0) return after;
      continue;
    }
    // ("X and Y have praised it ..., while insisting that ...": a participle after a comma is said
    // by the subject of the sentence, the first of several)
    const lead = tokens[r.from - 1]?.text === 'while' ? r.from - 2 : r.from - 1;
    if (/ing$/.test(first) && tokens[lead]?.text === ',') {
      const subj = args.findIndex((a) => !a.pronoun && a.t0 <= 4 && (isOrgLike(a.type) || a.type === 'person'));
      if (subj >= 0) return subj;
      continue;
    }
    const s = subjectBefore(tokens, args, r.from, aside);
    if (s !== undefined) return s;
  }
  // "..., state TV reported." / "..., sources told Al-Arabiya."
  for (const r of reporting) {
    if (r.from <= h.to) continue;
    const first = tokens[r.from]!.text;
    if (first === 'told' || first === 'according') {
      const after = args.findIndex((a) => a.t0 >= r.to && a.t0 <= r.to + 3 && (first === 'according' || a.type === 'outlet'));
      if (after >= 0) return after;
    }
    const before = args.findIndex((a) => a.t1 === r.from && a.t0 > h.to && tokens[a.t0 - 1]?.text === ',');
    if (before >= 0) return before;
  }
  return undefined;
}

interface Pair {
  readonly subjects: readonly string[];
  readonly objects: readonly string[];
  /** Args read as objects (a later verb joined by "and" does not take them as its subject). */
  readonly objectArgs?: readonly number[];
}

/** What the cues before this one in the sentence found. */
interface Earlier {
  subjects: readonly string[];
  /** The subjects of the last finite verb cue ("praised"), not of a noun ("the strike that X ..."). */
  verbSubjects?: readonly string[];
  readonly objectArgs: Set<number>;
  /** Who took what the last receiving verb told of ("X takes money from Y"), for "and no orders from Z". */
  takenBy?: readonly string[];
  /** The one a passive cue was done to ("financed by X"), for a second passive after "and". */
  passivePatients?: readonly string[];
}

const keysOf = (args: readonly Arg[], idx: readonly number[]): string[] => [...new Set(idx.flatMap((i) => args[i]!.keys))];

/** The subject and object actors of cue `hits[hi]` read as predicate `p`, or null. */
function argumentsOf(tokens: readonly Token[], args: readonly Arg[], hits: readonly CueHit<Predicate>[], hi: number, p: Predicate,
  cues: CompiledCues, aside: readonly boolean[], earlier: Earlier, speaker?: string): Pair | null {
  const h = hits[hi]!;
  const rw = cues.roleWords;
  const cueText = tokens.slice(h.from, h.to).map((t) => t.text);
  // ("received the transfers sent by Brenn": receiving a thing is no meeting)
  if (p === 'meets' && cueText.join(' ') === 'received') {
    const k = ['the', 'a', 'an', 'his', 'their', 'its'].includes(tokens[h.to]?.text ?? '') ? h.to + 1 : h.to;
    if (RECEIVED_THINGS.test(tokens[k]?.text ?? '')) return null;
  }
  // "Iran-backed X": the actor before the hyphen, the object after.
  if (cueText[0] === '-') {
    const s = args.findIndex((a) => a.t1 === h.from);
    // ("the Varnia-backed alliance known as the Circle": the name the noun is known by)
    const known = KNOWN_AS.exec(tokens.slice(h.to, h.to + 5).map((t) => t.text).join(' '));
    const at = known ? h.to + known[0].split(' ').length : h.to;
    if (s < 0) return null;
    // "the Marsh Brigades, a Varnia-backed militia": the name the apposition describes.
    const det = args[s]!.t0 - 1;
    // (", the Qasrevan-backed armed group": a definite apposition describes its name too, past an acronym)
    if (['a', 'an', 'the'].includes(tokens[det]?.text ?? '') && tokens[det - 1]?.text === ',') {
      const end = tokens[det - 2]?.text === ')' ? det - 2 : det - 1;
      const head = args.findIndex((a) => a.t1 === end && !a.pronoun && isOrgLike(a.type) && a.type !== 'state');
      if (head >= 0 && head !== s && args[head]!.keys[0] !== args[s]!.keys[0]) return { subjects: args[s]!.keys, objects: args[head]!.keys };
    }
    // (the name the participle qualifies, not one after a comma: "a Varnia-backed militia, struck Halden")
    const o = args.findIndex((a) => a.t0 >= at && a.t0 <= at + 3 && !tokens.slice(at, a.t0).some((t) => t.text === ',' || CLAUSE_END.has(t.text)));
    return o >= 0 ? { subjects: args[s]!.keys, objects: args[o]!.keys } : null;
  }
  // "Blessings to X and Y", "Glory to X": a salutation, always the speaker's own, whatever was named before.
  if (speaker && SALUTATIONS.has(cueText[0]!) && cueText[cueText.length - 1] === 'to') {
    // ("Blessings to the martyrs of the resistance and the dear martyr X": the first name in the phrase)
    const o = args.findIndex((a) => a.t0 >= h.to && a.t0 <= h.to + 12 && !isBareCollective(tokens, a)
      && !tokens.slice(h.to, a.t0).some((t) => CLAUSE_END.has(t.text) || t.text === ',' || t.text === '"'));
    if (o < 0) return null;
    const list = coordinated(tokens, args, o, 1, rw).filter((i, n) => args[i]!.type !== 'place' && (n === 0 || args[i]!.type !== 'state'));
    const objs = keysOf(args, list).filter((k) => k !== speaker);
    return objs.length ? { subjects: [speaker], objects: objs } : null;
  }
  // "thanked X, a fellow member of Y, for ...": the apposition's head is the member.
  if (p === 'part_of' && /^(?:member|members|part|faction|factions|one)$/.test(cueText[0]!)) {
    let k = h.from - 1;
    while (k >= 0 && PART_FILLERS.has(tokens[k]!.text)) k--;
    // (", one of the factions of Y" sets off the name before the comma at once)
    const head = (k < h.from - 1 || /^(?:one|part)$/.test(cueText[0]!)) && tokens[k]?.text === ',' ? args.findIndex((a) => a.t1 === k && !a.pronoun && isOrgLike(a.type)) : -1;
    const o = head >= 0 ? objectAfter(tokens, args, h.to, p, cues, -1) : -1;
    if (head >= 0 && o >= 0 && o !== head) return { subjects: args[head]!.keys, objects: args[o]!.keys };
  }
  // "X is the largest of the four groups that make up Y; the others are A and B"
  if (p === 'part_of' && RELATIVE_MEMBERSHIP.test(cueText.join(' '))) {
    const counted = countedMembers(tokens, args, h, aside, rw);
    if (counted) return counted;
  }
  // "the Axis brings together X and Y", "an alliance that also includes X, Y and Z": the members
  // after the cue are part of the whole before it.
  if (p === 'part_of' && WHOLE_FIRST.test(cueText.join(' '))) {
    let k = h.from - 1;
    while (k >= 0 && k >= h.from - 7 && !args.some((a) => a.t1 === k + 1) && !CLAUSE_END.has(tokens[k]!.text)) k--;
    let whole = args.findIndex((a) => a.t1 === k + 1 && isOrgLike(a.type) && a.type !== 'state' && !a.pronoun);
    if (whole < 0) {
      // "the Circle, the Varnia-led alliance that also includes X": the name the apposition describes.
      const comma = tokens.slice(0, h.from).map((t) => t.text).lastIndexOf(',');
      if (comma > 0 && h.from - comma <= 13 && tokens.slice(comma, h.from).some((t) => ALLIANCE_HEADS.has(t.text))) {
        whole = args.findIndex((a) => a.t1 === comma && isOrgLike(a.type) && a.type !== 'state' && !a.pronoun);
      }
    }
    const first = args.findIndex((a) => a.t0 >= h.to && a.t0 <= h.to + 3 && !a.pronoun);
    if (whole < 0 || first < 0) return null;
    const members = coordinated(tokens, args, first, 1, rw).filter((i) => args[i]!.type !== 'place');
    // "Varnia leads the Circle, an alliance that also includes X": "also" makes Varnia a member too.
    if (tokens[h.from - 1]?.text === 'also' && tokens.slice(args[whole]!.t1, h.from).some((t) => t.text === ',')) {
      const s0 = subjectBefore(tokens, args, args[whole]!.t0, aside);
      if (s0 !== undefined && s0 !== whole && isOrgLike(args[s0]!.type) && !args[s0]!.pronoun) members.unshift(s0);
    }
    return { subjects: keysOf(args, members), objects: args[whole]!.keys };
  }
  // "Hamas, which is a proxy of Iran", "X and Y – who are emissaries of the regime": the one
  // after "of" backs (directs) the ones before. "Israel relied on America": America backs Israel.
  if ((p === 'supports' || p === 'directs') && AGENT_NOUN.test(cueText[0]!)) {
    const backer = args.findIndex((a) => a.t0 >= h.to && a.t0 <= h.to + 2 && !a.pronoun || (a.pronoun && a.t0 === h.to));
    let k = h.from - 1;
    while (k >= 0 && PROXY_LEAD.has(tokens[k]!.text)) k--;
    let proxy = args.findIndex((a) => a.t1 === k + 1);
    // "The Battalions, led by Nadir Qastelli, depend on ...": the one led, not its leader.
    if (proxy >= 0) proxy = ledAsideHead(tokens, args, proxy);
    if (backer < 0 || proxy < 0) return null;
    const proxies = /^reli|^rel[yi]|^depend/.test(cueText[0]!) ? [proxy] : coordinated(tokens, args, proxy, -1, rw);
    return { subjects: keysOf(args, coordinated(tokens, args, backer, 1, rw)), objects: keysOf(args, proxies) };
  }
  // "X thanked Y for its support in a letter to Z": the letter is X's (the clause's subject).
  if (p === 'contacts' && /^(?:letter|message|telegram|cable)s?$/.test(cueText[0]!) && tokens[h.from - 2]?.text === 'in'
    && ['a', 'an', 'his', 'her', 'their', 'its'].includes(tokens[h.from - 1]?.text ?? '')) {
    const o = objectAfter(tokens, args, h.to, p, cues, -1);
    // ("In a letter to the Senate, Selhar leader Nadra Kessivi denied ...": the fronted letter is
    // the main clause's subject's)
    let fronted: readonly string[] | undefined;
    if (h.from - 2 <= 1 && o >= 0) {
      const comma = tokens.findIndex((t, k) => k >= args[o]!.t1 && t.text === ',');
      const subj = comma > 0 ? args.find((a) => a.t0 > comma && a.t0 <= comma + 6 && a.type === 'person' && !a.pronoun) : undefined;
      fronted = subj?.keys;
    }
    const writer = fronted ?? earlier.verbSubjects ?? (args[0] && args[0].t0 <= 2 && !args[0].pronoun ? args[0].keys : undefined);
    return writer?.length && o >= 0 ? { subjects: writer, objects: args[o]!.keys } : null;
  }
  const given = p === 'supports' || p === 'funds' || p === 'arms' || p === 'trains' ? givenBy(tokens, args, h, rw) : null;
  if (given) return given;
  // The end of a list of cues sharing one object: "training, arming and funding them".
  let end = h.to;
  for (let j = hi + 1; j < hits.length; j++) {
    const n = hits[j]!;
    const gap = tokens.slice(end, n.from).map((t) => t.text).join(' ');
    if (gap === ',' || gap === 'and' || gap === ', and' || gap === 'or') end = n.to;
    else break;
  }
  // "planned by X" is passive; "standing by X", "stood by X" is not.
  // ("is paid, armed and trained by X": the list ends in the passive "by" of its last cue)
  // ("is reportedly funded, armed and trained by X": past an adverb to the auxiliary)
  let auxAt = hits[listHead(tokens, hits, hi)]!.from - 1;
  while (auxAt > 0 && (/^\p{Ll}+ly$/u.test(tokens[auxAt]!.text) || ['also', 'still', 'now', 'being'].includes(tokens[auxAt]!.text))) auxAt--;
  // ("Valt was trained in Karvania by Directorate instructors": a place may stand between the participle and "by")
  let placedBy = -1;
  if (cueText[cueText.length - 1] !== 'by' && ['in', 'at'].includes(tokens[end]?.text ?? '') && PASSIVE_AUX.has(tokens[auxAt]?.text ?? '')) {
    // (a name the text may not have read: capitalised words, "the", "of")
    let k = end + 1;
    while (k < end + 6 && (tokens[k]?.cap || ['the', 'of'].includes(tokens[k]?.text ?? '')) && !args.some((a) => a.t0 <= k && k < a.t1 && a.type !== 'place' && a.type !== 'state')) k++;
    if (k > end + 1 && tokens[k]?.text === 'by') placedBy = k + 1;
  }
  const byPassive = (cueText[cueText.length - 1] === 'by' || placedBy > 0 || (end !== h.to && tokens[end - 1]?.text === 'by' && PASSIVE_AUX.has(tokens[auxAt]?.text ?? '')))
    && !/^(?:stand|stood)/.test(cueText[0]!);
  // ("are paid, armed and commanded from Istrenne": a passive's agent may come after "from")
  const fromAgent = !byPassive && FROM_PASSIVE.has(p) && tokens[end]?.text === 'from' && PASSIVE_AUX.has(tokens[auxAt]?.text ?? '')
    && /(?:ed|en|paid)$/.test(tokens[end - 1]?.text ?? '') ? agentAfterBy(tokens, args, end + 1) : -1;
  const passive = byPassive || (fromAgent >= 0 && (args[fromAgent]!.type === 'state' || isOrgLike(args[fromAgent]!.type)) && !args[fromAgent]!.pronoun);
  // ("fighting Ostrevan forces", "shelling the town": an -ing form with its object is the verb)
  const isNoun = cues.attackNouns.has(cueText[0]!) && p === 'attacks'
    && !(/ing$/.test(cueText[0]!) && args.some((a) => a.t0 === h.to || (a.t0 === h.to + 1 && tokens[h.to]!.text === 'the')
      || (a.t0 === h.to + 3 && tokens[h.to]!.text === 'the' && RULING_NOUNS.has(tokens[h.to + 1]!.text) && tokens[h.to + 2]!.text === 'of')))
    // ("..., which attacks TAF posts": after a relative pronoun, the verb)
    && !RELATIVE.has(tokens[h.from - 1]?.text ?? '');
  // Agent after the cue: "planned by X", "the massacre ... carried out by X".
  let agent = -1;
  if (passive) {
    agent = byPassive ? agentAfterBy(tokens, args, placedBy > 0 ? placedBy : cueText[cueText.length - 1] === 'by' ? h.to : end) : fromAgent;
    // ("directed by the Corps' Ninth Directorate", "trained by Varnia's Lantern Force": the unit, not its owner)
    const own = agent >= 0 ? afterPossessive(tokens, args[agent]!.t1) : -1;
    const unit = own > 0 ? args.findIndex((a) => a.t0 === own && !a.pronoun && a.type !== 'place') : -1;
    if (unit >= 0) agent = unit;
  }
  else {
    const participle = cueText.some((w) => /ed$/.test(w) || ['drawn', 'built', 'led', 'paid', 'struck', 'made', 'set', 'laid'].includes(w));
    for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
      if (CLAUSE_END.has(tokens[k]!.text)) break;
      // ("the barrage on the town of Edrith by the SLF": the target first, then the agent)
      const targetFirst = isNoun && ['on', 'against', 'at'].includes(tokens[end]?.text ?? '') && !tokens.slice(end, k).some((t) => t.text === ',' || PASSIVE_AUX.has(t.text));
      // ("formulated and organized by X": a second participle joined by "and" shares the agent)
      const between = tokens.slice(end, k).map((t) => t.text);
      const joinedParticiple = between.length === 2 && between[0] === 'and' && /(?:ed|en)$/.test(between[1]!);
      // ("founded in 2019 by X", "set up in early 2020 by X": a time between the participle and its agent)
      const timed = between.length >= 2 && between.length <= 4 && ['in', 'on', 'during', 'since', 'over', 'throughout'].includes(between[0]!)
        && between.slice(1).every((t) => /^\d{4}$/.test(t) || EVENT_MODIFIERS.has(t) || ['early', 'late', 'mid', 'the', '-', 'spring', 'summer', 'autumn', 'winter', 'fall', 'then'].includes(t));
      if (tokens[k]!.text === 'by' && ((k <= end + 2 && participle && (between.every((t) => TIME_WORDS.has(t)) || joinedParticiple)) || (k <= end + 5 && participle && timed) || (isNoun && ['out', 'perpetrated', 'committed', 'launched', 'conducted', 'staged'].includes(tokens[k - 1]!.text)) || (isNoun && k === end) || targetFirst)) {
        agent = agentAfterBy(tokens, args, k + 1);
        // ("by the former schoolteacher Aurel Dravan": a description before the name)
        if (agent < 0) agent = args.findIndex((a) => a.type === 'person' && a.t0 > k && a.t0 <= k + 6
          && tokens.slice(k + 1, a.t0).every((t) => /^\p{Ll}+$/u.test(t.text) && !['and', 'or', 'but', 'which', 'who', 'that'].includes(t.text)));
        break;
      }
    }
  }
  // "experts who have been assassinated", "were killed": a passive with no agent names no actor.
  const participle = (w: string | undefined): boolean => /(?:ed|en|ght|wn)$/.test(w ?? '');
  if (agent < 0 && !passive && cueText.length === 1 && participle(cueText[0]) && !tokens.slice(h.to, h.to + 4).some((t) => t.text === 'by')) {
    const prev = tokens[h.from - 1]?.text ?? '';
    if (PASSIVE_AUX.has(prev)) return null;
    // "who have been assassinated or killed"
    if ((prev === 'or' || prev === 'and') && participle(tokens[h.from - 2]?.text) && PASSIVE_AUX.has(tokens[h.from - 3]?.text ?? '')) return null;
    // "the positions of X, launched from the air and sea": a participle after a comma describes the noun before.
    if (prev === ',' && REDUCED_PREPS.has(tokens[h.to]?.text ?? '')) return null;
  }
  // Object after the cue.
  let objIdx = -1;
  if (!passive) objIdx = objectAfter(tokens, args, end, p, cues, agent);
  // ("the Sefrani Fund, a charity registered in Kessary that Zarvenia finances": the body the
  // apposition describes is what the relative clause's verb is done to)
  if (objIdx < 0 && !passive && (p === 'funds' || p === 'arms' || p === 'trains' || p === 'directs' || p === 'supports') && (CLAUSE_END.has(tokens[end]?.text ?? '.') || tokens[end] === undefined)) {
    const s0 = args.findIndex((a) => a.t1 === h.from && !a.pronoun);
    const rel = s0 >= 0 && ['that', 'which'].includes(tokens[args[s0]!.t0 - 1]?.text ?? '') ? args[s0]!.t0 - 1 : -1;
    if (rel > 0) {
      let c = rel - 1;
      while (c > 0 && tokens[c]!.text !== ',' && !CLAUSE_END.has(tokens[c]!.text)) c--;
      const head = tokens[c]?.text === ',' && ['a', 'an'].includes(tokens[c + 1]?.text ?? '') ? args.findIndex((a) => a.t1 === c && !a.pronoun && isOrgLike(a.type) && a.type !== 'state') : -1;
      if (head >= 0) objIdx = head;
    }
  }
  // ("I thank our brothers in Zarvenia and in the Northern Shield Movement": the groups the kin are in)
  const kin = !passive && (p === 'thanks' || p === 'praises' || p === 'calls_on') ? kinObjects(tokens, args, end) : [];
  if (kin.length) objIdx = kin[0]!;
  // ("belongs to Kestria's Ember Axis": the alliance, not its owner)
  const possessed = objIdx >= 0 && p === 'part_of' ? afterPossessive(tokens, args[objIdx]!.t1) : -1;
  if (possessed > 0) {
    const owned = args.findIndex((a) => a.t0 === possessed && !a.pronoun && isOrgLike(a.type) && a.type !== 'state');
    if (owned >= 0) objIdx = owned;
  }
  // "talks with his Varnian counterpart, X", "spoke with the UN envoy for the valley, X",
  // "with Ostrava's foreign minister, X": the person in apposition, not whose role it is.
  if (objIdx >= 0 && (p === 'meets' || p === 'contacts') && (args[objIdx]!.type === 'state' || isOrgLike(args[objIdx]!.type)) && !args[objIdx]!.pronoun) {
    let k = args[objIdx]!.t1;
    if (tokens[k]?.text === "'") k += tokens[k + 1]?.text === 's' ? 2 : 1;
    const roleStart = k;
    while (k < roleStart + 4 && (cues.roleWords.has(tokens[k]?.text ?? '') || COUNTERPART.has(tokens[k]?.text ?? '') || ['special', 'senior', 'top', 'chief'].includes(tokens[k]?.text ?? ''))) k++;
    // ("for the highlands")
    if (k > roleStart && ['for', 'to', 'on'].includes(tokens[k]?.text ?? '') && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '')) {
      k += 2;
      if (/^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && tokens[k]?.text !== 'and' && tokens[k - 1]?.text === 'the') k++;
    }
    const person = k > roleStart && tokens[k]?.text === ',' ? args.findIndex((a) => a.t0 === k + 1 && a.type === 'person' && !a.pronoun) : -1;
    if (person >= 0) objIdx = person;
  }
  // "met the head of the political bureau of X, Y": the person in apposition is the one met; X
  // only says whose head Y is.
  if (objIdx >= 0 && (p === 'meets' || p === 'contacts' || p === 'praises' || p === 'thanks' || p === 'calls_on')) {
    const before = tokens.slice(end, args[objIdx]!.t0).map((t) => t.text);
    const next = args[objIdx + 1];
    if (before.includes('of') && before.some((w) => cues.roleWords.has(w)) && next && next.type === 'person' && !next.pronoun
      // (", Brigadier General X": capitalised titles may stand before the name)
      && tokens[args[objIdx]!.t1]?.text === ',' && tokens.slice(args[objIdx]!.t1 + 1, next.t0).every((t) => t.cap && /^\p{L}+$/u.test(t.text))
      && next.t0 - args[objIdx]!.t1 <= 4) objIdx = objIdx + 1;
  }
  // "supplying the missiles that the Front fired": the one who fired them was armed.
  if (objIdx < 0 && p === 'arms' && (tokens[end]?.text === 'that' || tokens[end]?.text === 'which')) {
    const o = args.findIndex((a) => a.t0 > end && a.t0 <= end + 2 && isOrgLike(a.type) && a.type !== 'place');
    if (o >= 0 && cues.useVerbs.has(tokens[args[o]!.t1]?.text ?? '')) objIdx = o;
  }
  // "the ambush from a command post on the Varnian side": an attack noun takes its target at once
  // ("attack on X", "raid against X").
  if (isNoun && objIdx >= 0 && tokens.slice(end, args[objIdx]!.t0).some((t) => !['on', 'against', 'at', 'in', 'the', 'of', 'into', '"', "'"].includes(t.text))) objIdx = -1;
  // "a Legion delegation headed by X": X heads the delegation, not the Legion.
  // ("a delegation led by X" is no body X leads; "the CBF, a group led by X" is)
  if (agent >= 0 && p === 'leads' && DELEGATION_NOUNS.has(tokens[h.from - 1]?.text ?? '') && !apposedToBody(tokens, args, h.from - 1)) return null;
  if (agent >= 0) {
    // "headed by X and joined by Y": one head.
    let subj = p === 'leads' ? [agent] : coordinated(tokens, args, agent, 1, rw);
    // ("Founded by X, the Front ...": the comma closes the fronted phrase; no list runs past it)
    if (h.from === 0 && subj.length > 1) {
      const cut = subj.findIndex((i, n) => n > 0 && tokens.slice(args[subj[n - 1]!]!.t1, args[i]!.t0).some((t) => t.text === ','));
      if (cut > 0) subj = subj.slice(0, cut);
    }
    let obj: number[] = [];
    const beyond = passive ? appositionTo(tokens, args, agent) : -1;
    // "the massacre carried out by X against Israelis": the target after the agent.
    // ("the massacres carried out by Hamas, which is a proxy of his, against Israeli civilians": past a relative clause)
    const agentEnd = args[subj[subj.length - 1]!]!.t1;
    let targetAt = -1;
    if (objIdx < 0 && p === 'attacks') {
      // ("carried out by Ostreva on 17 March against the villages of X": past the day)
      let after = agentEnd;
      if (tokens[after]?.text === 'on' || tokens[after]?.text === 'in') {
        let k = after + 1;
        while (k < after + 5 && (/^\d{1,4}$/.test(tokens[k]?.text ?? '') || EVENT_MODIFIERS.has(tokens[k]?.text ?? '') || ['the', 'night', 'morning', 'evening', 'of', ','].includes(tokens[k]?.text ?? ''))) k++;
        if (k > after + 1 && tokens[k]?.text === 'against') after = k;
      }
      if (['against', 'on'].includes(tokens[after]?.text ?? '')) targetAt = after;
      else if (tokens[agentEnd]?.text === ',' && RELATIVE.has(tokens[agentEnd + 1]?.text ?? '')) {
        for (let k = agentEnd + 2; k < Math.min(tokens.length, agentEnd + 15); k++) {
          if (CLAUSE_END.has(tokens[k]!.text)) break;
          if (tokens[k]!.text === ',' && ['against', 'on'].includes(tokens[k + 1]?.text ?? '')) { targetAt = k + 1; break; }
        }
      }
    }
    // ("against the villages of X and Y": the places named)
    const reach = targetAt >= 0 && tokens[targetAt + 2] && PLACE_NOUNS.has(tokens[targetAt + 2]!.text) && tokens[targetAt + 3]?.text === 'of' ? 5 : 3;
    const after = targetAt >= 0 ? args.findIndex((a) => a.t0 > targetAt && a.t0 <= targetAt + reach) : -1;
    if (objIdx >= 0 && objIdx !== agent) obj = coordinated(tokens, args, objIdx, 1, rw, args[agent]!.t0);
    else if (after >= 0) obj = coordinated(tokens, args, after, 1, rw);
    else if (passive && tokens[args[agent]!.t1]?.text === 'to' && args[agent + 1] && args[agent + 1]!.t0 - args[agent]!.t1 <= 2) {
      // "the drones supplied by Varnia to the Front"
      obj = [agent + 1];
    } else if (beyond >= 0) {
      // "the drones supplied by the Ninth Directorate, a unit of the Corps, to the Brigades"
      obj = [beyond];
    } else if (!isNoun && h.from === 0) {
      // "Founded in 2019 by X, the Front has grown": a fronted participle describes the main clause's subject.
      const comma = tokens.findIndex((t, k) => k >= agentEnd && t.text === ',');
      const main = comma > 0 ? args.findIndex((a) => a.t0 > comma && a.t0 <= comma + 2 && (isOrgLike(a.type) || a.type === 'person')) : -1;
      if (main >= 0) obj = [main];
    } else if (!isNoun && (passive || tokens[end]?.text === 'by') && earlier.passivePatients?.length && ownedAfterAnd(tokens, h.from)) {
      // "X is funded by Y, and its operations are directed by Z": "its" is X, the one the passive before was done to.
      return { subjects: keysOf(args, subj), objects: earlier.passivePatients };
    } else if (!isNoun) {
      // (An attack noun's target is never the one who speaks of it before: "X justified the massacres by Y".)
      const before = patientBefore(tokens, args, h.from, aside, cues);
      // ("X and Y have been funded by Z": each one named)
      // ("A, B and their new masks are paid ...": a possessive closing a list keeps the list)
      const listTail = before !== undefined && args[before]!.pronoun && ['their', 'its'].includes(tokens[args[before]!.t0]?.text ?? '') && tokens[args[before]!.t0 - 1]?.text === 'and';
      if (before !== undefined) obj = args[before]!.pronoun && !listTail ? [before] : coordinated(tokens, args, before, -1, rw);
    }
    // ("the rockets that struck Lisk were supplied by X": the place struck is not the one armed)
    obj = obj.filter((i) => args[i]!.type !== 'place' || p === 'attacks' || (p === 'arms' && !cues.attackNouns.has(tokens[args[i]!.t0 - 1]?.text ?? '')
      && !['struck', 'hit', 'fired', 'shelled', 'bombed', 'targeted'].includes(tokens[args[i]!.t0 - 1]?.text ?? '')));
    // A person is not headed ("X, headed by Y" names an organisation or a nation).
    if (p === 'leads') obj = obj.filter((i) => args[i]!.type !== 'person');
    return obj.length ? { subjects: keysOf(args, subj), objects: keysOf(args, obj) } : null;
  }
  // Subject: a possessor right before the cue ("Iran's support"), else the nearest actor before.
  let subjIdx: number | undefined;
  const prev = tokens[h.from - 1]?.text;
  if (prev === 's' && tokens[h.from - 2]?.text === "'") subjIdx = args.findIndex((a) => a.t1 === h.from - 2);
  else if (prev === "'") subjIdx = args.findIndex((a) => a.t1 === h.from - 1);
  else if (prev === 'its' || prev === 'his' || prev === 'their' || prev === 'her') subjIdx = args.findIndex((a) => a.t0 === h.from - 1);
  // "the Zionists' brutal attacks", "the regime's support": a possessor named by no actor is the
  // subject, and no actor further back stands in for it.
  if (subjIdx === -1) return null;
  if (subjIdx === undefined && isNoun) {
    let k = h.from - 1;
    while (k > h.from - 3 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !['the', 'a', 'an', 'this', 'that', 'these', 'those', 's'].includes(tokens[k]!.text)
      && !args.some((a) => a.t1 > k && a.t0 <= k)) k--;
    const own = tokens[k]?.text === "'" ? k : tokens[k]?.text === 's' && tokens[k - 1]?.text === "'" ? k - 1 : -1;
    if (own >= 0 && k < h.from - 1) {
      const o = args.findIndex((a) => a.t1 === own);
      if (o < 0) return null;
      subjIdx = o;
    }
  }
  const fronted = (t0: number): boolean => {
    // "In his last meeting with X, Y ..." at the start of the sentence or after a heading's colon
    const p = ['in', 'during', 'at', 'on'].includes(tokens[t0 - 1]?.text ?? '') ? t0 - 1 : -1;
    return p >= 0 && (p === 0 || tokens[p - 1]!.text === ':' || tokens[p - 1]!.text === '"');
  };
  const frontedPronoun = args.findIndex((a) => a.pronoun && a.t1 <= h.from && h.from - a.t1 <= 3 && fronted(a.t0));
  if (subjIdx === undefined && frontedPronoun >= 0) subjIdx = frontedPronoun;
  // "At an October 17 meeting with X, Y said ...": an opening phrase with no actor of its own
  // before the noun; the subject comes after its comma.
  const frontedNoun = subjIdx === undefined && (isNoun || ['meeting', 'talks'].includes(cueText[0]!)) && frontedBare(tokens, args, h.from);
  if (frontedNoun || (subjIdx !== undefined && args[subjIdx]!.pronoun && fronted(args[subjIdx]!.t0))) {
    // "In his last meeting with X, Soleimani ...": the possessive points forward to the subject.
    const comma = tokens.findIndex((t, k) => k >= h.to && t.text === ',');
    const near = (a: Arg): boolean => a.t0 >= comma + 1 && a.t0 <= comma + 6 && !a.pronoun;
    // ("..., Qods Force Commander Soleimani ...": the person the role phrase introduces)
    let person = comma > 0 ? args.findIndex((a) => near(a) && a.type === 'person') : -1;
    // ("At a meeting with X, at the Y Hall in Z, Supreme Leader W instructed": past a second
    // phrase of place, the first person set off by a comma and a title)
    if (person < 0 && comma > 0) {
      person = args.findIndex((a) => a.t0 > comma && a.t0 <= comma + 25 && a.type === 'person' && !a.pronoun
        && setOffByComma(tokens, a.t0) && !tokens.slice(comma, a.t0).some((t) => CLAUSE_END.has(t.text) || t.text === '"'));
    }
    const after = person >= 0 ? person : comma > 0 ? args.findIndex(near) : -1;
    subjIdx = after >= 0 ? after : undefined;
    if (subjIdx === undefined) return null;
  }
  if (subjIdx === undefined && isNoun) {
    // "the Hamas attack", "Hamas's surprise attack": the actor within two words before.
    // (the nearest such actor: "officials praising the Hamas attack" is Hamas's attack)
    let near = -1;
    for (let i = args.length - 1; i >= 0 && near < 0; i--) {
      const a = args[i]!;
      // ("Lennholm said the strikes on X": the one who speaks of them did not strike)
      if (a.t1 <= h.from && a.t1 >= h.from - 3 - dateWordsBefore(tokens, h.from) && !['on', 'against', 'of'].includes(tokens[a.t0 - 1]?.text ?? '')
        // (but a group that claims an attack carried it out: "X claimed a rocket attack on Y")
        && !tokens.slice(a.t1, h.from).some((t) => SAYS.has(t.text) && !t.text.startsWith('claim'))
        // ("X have praised the strike": a verb between; X praised it, whoever struck)
        && !tokens.slice(a.t1, h.from).some((t) => PASSIVE_AUX.has(t.text) || ['has', 'have', 'had'].includes(t.text) || (/^\p{Ll}{3,}ed$/u.test(t.text) && !t.text.startsWith('claim')))) near = i;
    }
    // "X had no part in the attacks on Y", "played no role in the raid on Y": X's denied attack on Y.
    const part = near < 0 ? noPartIn(tokens, h.from) : -1;
    if (part >= 0 && objIdx >= 0) {
      const s0 = subjectBefore(tokens, args, part, aside);
      if (s0 !== undefined && s0 !== objIdx) return { subjects: args[s0]!.keys, objects: keysOf(args, coordinated(tokens, args, objIdx, 1, rw)) };
    }
    if (near < 0) {
      // "X (likely) conducted two further attacks on Y", "X carried out an attack on Y": the
      // light verb's subject made the attack.
      const v = lightVerbBefore(tokens, h.from);
      const s0 = v >= 0 ? subjectBefore(tokens, args, v, aside) : undefined;
      if (s0 !== undefined && s0 !== objIdx && args[s0]!.type !== 'place') near = s0;
    }
    if (near >= 0) subjIdx = near;
    else {
      // "the strike that X carried out on Y": the agent in the relative clause, the target after it.
      const rel = relativeAgent(tokens, args, h.from);
      if (rel < 0) return null;
      let v = args[rel]!.t1;
      while (v < tokens.length && !CARRIED.has(tokens[v]!.text)) v++;
      let o = v + 1;
      if (tokens[o]?.text === 'out') o++;
      if (!['on', 'against', 'at'].includes(tokens[o]?.text ?? '')) return null;
      // ("on the Ostrevan-held town of Lisk": the town, not who holds it)
      const town = args.findIndex((a) => a.t0 > o && a.t0 <= o + 7 && tokens[a.t0 - 1]?.text === 'of' && PLACE_NOUNS.has(tokens[a.t0 - 2]?.text ?? ''));
      const target = town >= 0 ? town : args.findIndex((a) => a.t0 > o && a.t0 <= o + 6 && a !== args[rel]);
      return target >= 0 ? { subjects: args[rel]!.keys, objects: args[target]!.keys } : null;
    }
  }
  let subjects: number[] = [];
  if (subjIdx === undefined && /ing$/.test(cueText[0]!)) {
    // "the Front, the armed movement fighting X": the name the apposition describes.
    let k = h.from - 1;
    while (k >= h.from - 4 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !['the', 'a', 'an'].includes(tokens[k]!.text) && !args.some((a) => a.t0 <= k && k < a.t1)) k--;
    if (k < h.from - 1 && ['the', 'a', 'an'].includes(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',') {
      const head = args.findIndex((a) => a.t1 === k - 1 && !a.pronoun && (isOrgLike(a.type) || a.type === 'person'));
      if (head >= 0) subjIdx = head;
    }
    // "X is the largest armed group fighting Y": the subject of the copula.
    if (k < h.from - 1 && ['the', 'a', 'an'].includes(tokens[k]?.text ?? '') && COPULA.has(tokens[k - 1]?.text ?? '')) {
      const head = args.findIndex((a) => a.t1 === k - 1 && !a.pronoun && (isOrgLike(a.type) || a.type === 'person'));
      if (head >= 0) subjIdx = head;
    }
  }
  // "thanked X and "the Y people" for standing with Z": the ones thanked stand with Z.
  if (subjIdx === undefined && tokens[h.from - 1]?.text === 'for' && hi > 0 && hits[hi - 1]!.values.some((v) => v === 'thanks' || v === 'praises')
    && earlier.objectArgs.size && objIdx >= 0) {
    const subs = [...earlier.objectArgs].filter((i) => args[i] && args[i]!.type !== 'place' && args[i]!.t1 <= h.from);
    const objs = coordinated(tokens, args, objIdx, 1, rw);
    if (subs.length) return { subjects: keysOf(args, subs), objects: keysOf(args, objs) };
  }
  // "X praised the strike that Y carried out on Z, and thanked W": a verb right after "and" has
  // no subject of its own; it shares the one of the verb before.
  if (subjIdx === undefined && tokens[h.from - 1]?.text === 'and' && earlier.verbSubjects?.length && objIdx >= 0 && /(?:ed|s)$/.test(cueText[0]!)
    && !PASSIVE_AUX.has(tokens[h.from - 2]?.text ?? '')) {
    const objs = coordinated(tokens, args, objIdx, 1, rw);
    return { subjects: earlier.verbSubjects, objects: keysOf(args, objs), objectArgs: objs };
  }
  // ("Thank you, Varnia, and thank you to Y": each "thank you" is the speaker's own; the name
  // set off by commas is whom it is said to, no subject)
  if (subjIdx === undefined && speaker && p === 'thanks' && tokens[h.from]!.text.toLowerCase() === 'thank' && tokens[h.from + 1]?.text === 'you'
    && (h.from === 0 || [',', 'and', ':', '"', "'", '“', '‘', '.', '!'].includes(tokens[h.from - 1]!.text))) {
    const objs = objIdx >= 0 ? keysOf(args, coordinated(tokens, args, objIdx, 1, rw)).filter((k) => k !== speaker) : [];
    return objs.length ? { subjects: [speaker], objects: objs } : null;
  }
  if (subjIdx === undefined) subjIdx = appositiveHead(tokens, args, h.from);
  if (subjIdx === undefined) subjIdx = mainClauseSubject(tokens, args, h.from);
  if (subjIdx === undefined) {
    const s = subjectBefore(tokens, args, h.from, aside);
    if (s === undefined) {
      // "In a phone call with X, Raisi ...": the subject follows the opening phrase.
      const comma = tokens.findIndex((t, k) => k >= end && t.text === ',');
      const fronted = ['in', 'during', 'at', 'on', 'after', 'following', 'before'].includes(tokens[0]?.text ?? '') && h.from < comma;
      if (comma > 0 && objIdx >= 0 && fronted) {
        const after = args.findIndex((a) => a.t0 === comma + 1);
        if (after >= 0) subjects = [after];
      }
      // "Blessings to Hamas", "Congratulations to the fighters": a quoted speaker's own praise.
      if (!subjects.length && speaker && objIdx >= 0 && SPEAKER_OWN.has(p) && clauseInitial(tokens, h.from)) {
        // "Blessings to the resistance, from Palestine, Lebanon and Syria to Iraq": places say where.
        const list = coordinated(tokens, args, objIdx, 1, rw).filter((i, n) => args[i]!.type !== 'place' && (n === 0 || args[i]!.type !== 'state'));
        const objs = keysOf(args, list).filter((k) => k !== speaker);
        return objs.length ? { subjects: [speaker], objects: objs } : null;
      }
      if (!subjects.length) return null;
    } else if (earlier.objectArgs.has(s) && earlier.subjects.length && joinedByAnd(tokens, args[s]!.t1, h.from)) {
      // "praising the Hamas attack and encouraging Hamas": the verbs share their subject.
      const objIdx2 = objIdx;
      if (objIdx2 < 0) return null;
      return { subjects: earlier.subjects, objects: keysOf(args, coordinated(tokens, args, objIdx2, 1, rw)), objectArgs: coordinated(tokens, args, objIdx2, 1, rw) };
    } else {
      // ("the Front, headed by X, is part of Y": the one headed is the member, not its head)
      const company = p === 'part_of' || p === 'leads' || p === 'founded' ? [] : asideCompany(tokens, args, s, h.from, aside, rw);
      // ("the Front, headed by X, is part of Y": the one headed is the member)
      const led = p === 'part_of' && tokens[args[s]!.t1]?.text === ',' ? ledAsideHead(tokens, args, s) : s;
      const headed = led >= 0 ? led : s;
      subjects = [...coordinated(tokens, args, locativeHead(tokens, args, headed) ?? headed, -1, rw), ...company];
    }
  } else subjects = [subjIdx];
  if (p === 'supports' || p === 'funds' || p === 'arms' || p === 'trains') {
    // "a militia that also enjoys Varnian backing", "groups that receive Iranian support": the
    // adjective names the giver, the one who enjoys or receives it is the object.
    const s0 = subjIdx ?? subjectBefore(tokens, args, h.from, aside);
    const giver = s0 !== undefined && args[s0]!.t1 === h.from ? s0 : undefined;
    const v = giver !== undefined ? args[giver]!.t0 - 1 : -1;
    if (giver !== undefined && RECEIVE_VERBS.has(tokens[v]?.text ?? '')) {
      const receiver = appositiveOrSubject(tokens, args, v, aside);
      if (receiver !== undefined && receiver !== giver) return { subjects: args[giver]!.keys, objects: args[receiver]!.keys };
      return null;
    }
  }
  // ("the NSM is believed to receive only small arms from the ZGC": what is received comes from
  // the one after "from"; the receiver is the subject)
  if ((p === 'arms' || p === 'funds') && tokens[h.to]?.text === 'from' && !passive) {
    let r = h.from - 1;
    while (r > h.from - 4 && r > 0 && /^\p{Ll}+$/u.test(tokens[r]!.text) && !RECEIVE_VERBS.has(tokens[r]!.text)) r--;
    const from = RECEIVE_VERBS.has(tokens[r]?.text ?? '') ? args.findIndex((a) => a.t0 >= h.to + 1 && a.t0 <= h.to + 2) : -1;
    const receiver = from >= 0 ? subjectBefore(tokens, args, r, aside) : undefined;
    if (from >= 0 && receiver !== undefined && receiver !== from) return { subjects: args[from]!.keys, objects: args[receiver]!.keys };
  }
  if (objIdx < 0 && p === 'part_of' && cueText.join(' ') === 'one of') {
    // "X is one of three formations that officials group together as "Y"": the group named after "as".
    for (let k = end; k < tokens.length - 1; k++) {
      const t = tokens[k]!.text;
      if (CLAUSE_END.has(t)) break;
      if (t !== 'as' && t !== 'called' && t !== 'named') continue;
      const y = args.findIndex((a) => a.t0 > k && a.t0 <= k + 3 && isOrgLike(a.type) && a.type !== 'state');
      if (y >= 0) objIdx = y;
      break;
    }
  }
  if (objIdx < 0) {
    // "..., which the Iranian regime cultivated": the object is the antecedent of "which".
    const s = subjects[subjects.length - 1]!;
    const first = args[subjects[0]!]!;
    const lead = tokens[first.t0 - 1]?.text === 'the' ? first.t0 - 2 : first.t0 - 1;
    if (s >= 0 && ['which', 'whom', 'that'].includes(tokens[lead]?.text ?? '')) {
      // a relative pronoun follows its antecedent directly ("the Front, which ..."); "wrote that" is not one
      let ante = args.findIndex((a) => a.t1 === lead || (a.t1 === lead - 1 && tokens[lead - 1]!.text === ','));
      // "the Circle, the alliance that Varnia set up": the name the appositive noun describes
      if (ante < 0 && p === 'founded') {
        let k = lead - 1;
        while (k > lead - 5 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !['the', 'a', 'an'].includes(tokens[k]!.text)) k--;
        // (past quote marks: 'the "Circle," the alliance that ...')
        let c = k - 1;
        while (tokens[c]?.text === '"' || tokens[c]?.text === "'") c--;
        if (k < lead - 1 && ['the', 'a', 'an'].includes(tokens[k]?.text ?? '') && tokens[c]?.text === ',') {
          let e = c;
          while (tokens[e - 1]?.text === '"' || tokens[e - 1]?.text === "'") e--;
          ante = args.findIndex((a) => a.t1 === e && isOrgLike(a.type) && a.type !== 'state' && !a.pronoun);
        }
      }
      if (ante >= 0) objIdx = ante;
    }
  }
  if (objIdx < 0 || (subjects.length && args[subjects[0]!]!.t0 > h.from - 8)) {
    // "providing them with political support": the object sits between a giving verb and the
    // cue, and the subject is the giver's, before the verb.
    const give = tokens.findIndex((t, k) => k < h.from && k > h.from - 8 && GIVE_VERBS.has(t.text));
    const given = give >= 0 ? args.findIndex((a) => a.t0 === give + 1) : -1;
    // ("giving them their orders": "their" before the cue is the one given to, again)
    const again = (i: number): boolean => i === given || (args[i]!.pronoun === true && POSSESSIVE_WORDS.has(tokens[args[i]!.t0]!.text)
      && args[i]!.t0 === h.from - 1 && args[i]!.keys.join() === args[given]!.keys.join());
    if (given >= 0 && subjects.length > 0 && subjects.every(again)) {
      objIdx = given;
      const s = subjectBefore(tokens, args, give, aside);
      if (s !== undefined && earlier.objectArgs.has(s) && earlier.subjects.length) {
        return { subjects: earlier.subjects, objects: args[given]!.keys, objectArgs: [given] };
      }
      if (s === undefined) return null;
      subjects = coordinated(tokens, args, s, -1, rw);
    } else if (objIdx < 0 && given >= 0) objIdx = given;
  }
  if (objIdx < 0 && isNoun && subjIdx !== undefined && subjects.length === 1) {
    const victims = victimsOf(tokens, args, args[subjIdx]!.t0, h.to);
    if (victims.length) return { subjects: args[subjIdx]!.keys, objects: victims.flatMap((i) => args[i]!.keys), objectArgs: victims };
  }
  if (objIdx < 0) return null;
  let objects = kin.length ? kin : p === 'part_of' || args[objIdx]!.pronoun ? [objIdx] : coordinated(tokens, args, objIdx, 1, rw);
  // "X is part of Y, alongside Z and W": Z and W are further subjects.
  if (p === 'part_of') {
    const last = args[objIdx]!;
    let al = last.t1;
    while (tokens[al]?.text === '"' || tokens[al]?.text === "'" || tokens[al]?.text === ',') al++;
    if (tokens[al]?.text === 'alongside' || (tokens[al]?.text === 'along' && tokens[al + 1]?.text === 'with')) {
      const next = args.findIndex((a) => a.t0 > al && a.t0 <= al + 3);
      if (next >= 0) {
        const more = coordinated(tokens, args, next, 1, rw).filter((i) => args[i]!.type !== 'place');
        subjects = [...subjects, ...more];
      }
    }
    objects = [objIdx];
  }
  const subjKeys = keysOf(args, subjects.filter((i) => args[i]!.type !== 'place' || p === 'attacks'));
  objects = objects.filter((i) => args[i]!.type !== 'place' || p === 'attacks' || p === 'arms' || p === 'meets');
  // ("a cover name for his movement": no one is a member of a person)
  if (p === 'part_of') objects = objects.filter((i) => !(args[i]!.type === 'person' && args[i]!.pronoun));
  return subjKeys.length && objects.length ? { subjects: subjKeys, objects: keysOf(args, objects), objectArgs: objects } : null;
}

/**
 * The patient of a passive cue: the actor of an attack named before it ("Hamas' attack ...
 * was based on a plan drawn up by X"), the person a role phrase stands for ("Soleimani [Qods
 * Force Commander who was killed by ...]"), else the nearest actor before.
 */
function patientBefore(tokens: readonly Token[], args: readonly Arg[], at: number, aside: readonly boolean[], cues: CompiledCues): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    if (CLAUSE_END.has(tokens[k]!.text)) break;
    if (cues.attackNouns.has(tokens[k]!.text) && tokens[k]!.text !== 'move') {
      const actor = args.findIndex((a) => a.t1 <= k && a.t1 >= k - 3 && isOrgLike(a.type));
      if (actor >= 0) return actor;
    }
  }
  const who = tokens.findIndex((t, k) => k < at && k >= at - 4 && (t.text === 'who' || t.text === 'whom'));
  if (who > 0) {
    const ante = subjectBefore(tokens, args, who, aside);
    if (ante !== undefined && args[ante]!.type === 'person') return ante;
    if (ante !== undefined && cues.roleWords.has(tokens[who - 1]!.text)) {
      for (let i = ante; i >= 0; i--) if (args[i]!.type === 'person' && args[i]!.t1 <= who) return i;
    }
    if (ante !== undefined) return ante;
  }
  const s = subjectBefore(tokens, args, at, aside);
  // "a plan for Israel's destruction, formulated by X": a possessor is no patient of the plan.
  if (s !== undefined && tokens[args[s]!.t1]?.text === "'") return undefined;
  return s;
}

/** Tokens [a, b) join two verb phrases: "..., and", "and is", ", and has". */
function joinedByAnd(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!.text;
    // ("X attacks Y but is not allied with Z": "but" joins verbs as "and" does)
    if (t === 'and' || t === ',' || t === 'but') return true;
  }
  return false;
}

const RELATIVE_STOP = new Set(['that', 'which', 'the', 'their', 'its']);
const CARRIED = new Set(['carried', 'launched', 'conducted', 'staged', 'mounted', 'executed', 'led', 'claimed', 'fired']);
/** Verbs that take an attack noun as their object and say their subject made it ("conducted two attacks"). */
const LIGHT_VERBS = new Set(['carried', 'carries', 'carry', 'carrying', 'launched', 'launches', 'launch', 'launching', 'conducted', 'conducts',
  'conduct', 'conducting', 'staged', 'stages', 'stage', 'staging', 'mounted', 'mounts', 'mount', 'mounting', 'executed', 'executes', 'perpetrated', 'committed']);

/**
 * The light verb whose object is the attack noun at `k` ("conducted two further attacks",
 * "carried out a drone attack", "launched the first of its raids"), or -1.
 */
function lightVerbBefore(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const t = tokens[j]!.text;
    if (LIGHT_VERBS.has(t)) return j;
    if (t === 'out' && LIGHT_VERBS.has(tokens[j - 1]?.text ?? '')) return j - 1;
    // (determiners, numbers, adjectives and "-" of "one-way", "drone", "rocket": no name, no clause edge)
    if (!/^(?:\p{Ll}+|\d+|-)$/u.test(t) || ['and', 'or', 'but', 'that', 'which', 'who', 'by', 'on', 'against', 'of'].includes(t)) return -1;
  }
  return -1;
}
/**
 * The agent of an attack noun at `k` told by a relative clause: "the strike that X (, the Y,)
 * carried out", "the raid which X launched". The arg nearest the verb (an apposition's name), or -1.
 */
function relativeAgent(tokens: readonly Token[], args: readonly Arg[], k: number): number {
  let j = k + 1;
  // ("the strike [by night] that ...": a few lower-case words may stand between the noun and "that")
  while (j <= k + 3 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && !RELATIVE_STOP.has(tokens[j]!.text) && !CARRIED.has(tokens[j]!.text)) j++;
  if (tokens[j]?.text !== 'that' && tokens[j]?.text !== 'which') return -1;
  let agent = -1;
  for (let m = j + 1; m < Math.min(tokens.length, j + 16); m++) {
    const t = tokens[m]!.text;
    if (CLAUSE_END.has(t)) return -1;
    if (CARRIED.has(t)) return agent;
    // a group (or a state) or a named person; the last one before the verb is the agent
    const a = args.findIndex((x) => x.t0 === m && x.type !== 'place' && (isOrgLike(x.type) || !x.pronoun));
    if (a >= 0) {
      agent = a;
      m = args[a]!.t1 - 1;
    }
  }
  return -1;
}

/** Index of the first arg after token `from` within the predicate's reach, or -1. */
function objectAfter(tokens: readonly Token[], args: readonly Arg[], from: number, p: Predicate, cues: CompiledCues, agent: number): number {
  const max = MAX_GAP[p] ?? DEFAULT_GAP;
  let content = 0;
  let depth = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    // "the so-called RDM": a distancing word, no content between the verb and its object
    if (t === 'so' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.text === 'called') {
      k += 2;
      continue;
    }
    if (CLAUSE_END.has(t) || STOP_OBJECT.has(t)) return -1;
    // '..., giving them orders," the minister said': the quoted sentence ends at ',"'.
    if (t === '"' && tokens[k - 1]?.text === ',' && k > from) return -1;
    // "denied that X directs the Front, and Marudin himself said ...": before any name, ", and"
    // opens another clause.
    if (t === ',' && (tokens[k + 1]?.text === 'and' || tokens[k + 1]?.text === 'but') && k > from) return -1;
    // "Okrinth, which ... trains its officers, has pressed Zhadrun": the relative clause ends where
    // the main verb goes on.
    if (t === ',' && k > from && /^(?:has|have|had|is|was|were|are|will|would)$/.test(tokens[k + 1]?.text ?? '')) return -1;
    // "praised the strike and threatened X": the first verb had its object; X is the second's.
    if (t === 'and' && content > 0 && k > from && /^\p{Ll}{3,}ed$/u.test(tokens[k + 1]?.text ?? '') && !args.some((x) => x.t0 === k - 1 || x.t1 === k)) return -1;
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') {
      if (depth === 0) return -1;
      depth--;
    }
    // ("belong to an alliance known as the Axis", "the alliance that Karvan media call the "Axis"": the name it is known by)
    if (p === 'part_of' && k === from && ['the', 'an', 'a'].includes(t)) {
      const rest = tokens.slice(k + 1, k + 10).map((x) => x.text).join(' ');
      const known = KNOWN_AS.exec(rest) ?? /^(?:alliance|coalition|axis|bloc|front|network|grouping) that (?:[\p{Ll}\p{Lu}-]+ ){1,3}calls?(?: the)?/u.exec(rest);
      if (known) {
        const at = k + 1 + known[0].split(' ').length;
        const named = args.findIndex((x) => x.t0 >= at && x.t0 <= at + 1 && isOrgLike(x.type) && x.type !== 'state');
        if (named >= 0) return named;
      }
    }
    // "fighting the government of X", "financed by the regime of X": the state itself.
    if (t === 'the' && k === from && RULING_NOUNS.has(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === 'of') {
      const st = args.findIndex((x) => x.t0 === k + 3 && x.type === 'state');
      if (st >= 0) return st;
    }
    const a = args.findIndex((x) => x.t0 === k);
    // "belongs to the Varnia-backed alliance known as X": the backer names no object.
    if (a >= 0 && tokens[args[a]!.t1]?.text === '-' && BACKED_WORDS.has(tokens[args[a]!.t1 + 1]?.text ?? '')) {
      const known = KNOWN_AS.exec(tokens.slice(args[a]!.t1 + 2, args[a]!.t1 + 7).map((t) => t.text).join(' '));
      if (known) {
        k = args[a]!.t1 + 1 + known[0].split(' ').length;
        content = 0;
        continue;
      }
    }
    // "carried out by his forces": a possessive determiner before another name is not the object.
    if (a >= 0 && args[a]!.pronoun && POSSESSIVE_WORDS.has(tokens[k]!.text) && args[a + 1]?.t0 === args[a]!.t1 && args[a + 1]!.t0 - k <= 3) continue;
    // "all three of its partners, the SLF, X and Y": the owner of the noun is not its object; the
    // names set off after the noun are.
    if (a >= 0 && args[a]!.pronoun && POSSESSIVE_WORDS.has(tokens[k]!.text) && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') {
      // (right after the comma: "trains its officers, has pressed X" sets off no names)
      const next = args.findIndex((x) => (x.t0 === k + 3 || (x.t0 === k + 4 && tokens[k + 3]!.text === 'the')) && !x.pronoun);
      if (next >= 0) return next;
    }
    if (a >= 0) {
      if (a === agent) return -1;
      // "in Lebanon" is where, not whom (except for attacks: "attacks on Gaza").
      if (args[a]!.type === 'place' && p !== 'attacks' && p !== 'arms' && p !== 'meets') {
        k = args[a]!.t1 - 1;
        continue;
      }
      // "groups along Ostrava's border", "met X in Halden": where, not whom.
      const prepAt = tokens[args[a]!.t0 - 1]?.text === 'the' ? args[a]!.t0 - 2 : args[a]!.t0 - 1;
      // (a preposition of the cue itself, "call on the X", "pride in X", is no locative)
      const prep = prepAt >= from ? tokens[prepAt]?.text : undefined;
      const nobody = ['one', 'nobody'].includes(tokens[args[a]!.t0 - 2]?.text ?? '');
      if (p !== 'attacks' && (LOCATIVE.has(prep ?? '') || (prep === 'on' && tokens[args[a]!.t0 - 1]?.text === 'the')) && !nobody) {
        k = args[a]!.t1 - 1;
        continue;
      }
      // ("met Varnian President Lidia Marr": the person the state's title names, not the state)
      if (titledPerson(tokens, args, a, cues) !== a) return a + 1;
      // ("X led the Front's attacks on Y": what is led is the attacks, not the Front)
      const owned = p === 'leads' || p === 'meets' ? afterPossessive(tokens, args[a]!.t1) : -1;
      if (p === 'leads' && owned > 0 && /^\p{Ll}/u.test(tokens[owned]?.text ?? '') && !cues.unitNouns.has(tokens[owned]!.text)) return -1;
      // ("a meeting with members of Iran's elite scientific circles": people of the state, not the state)
      if (p === 'meets' && owned > 0) {
        let e = owned;
        while (e < owned + 4 && /^\p{Ll}+$/u.test(tokens[e]?.text ?? '')) e++;
        const words = tokens.slice(owned, e).map((t) => t.text);
        if (words.length >= 2 && !words.some((w) => cues.roleWords.has(w) || cues.unitNouns.has(w) || ORG_NOUNS.has(w) || /^(?:leaders?|leadership|delegations?|officials?)$/.test(w))) return -1;
      }
      return a;
    }
    // "planning the attack on Israel": after "attack on" stands the target, never the one
    // planned, praised or backed (unless "carried out by" names the attacker below).
    if (p !== 'attacks' && cues.attackNouns.has(t) && ['on', 'against'].includes(tokens[k + 1]?.text ?? '')
      && !tokens.slice(k + 1, k + 12).some((x) => x.text === 'by')) return -1;
    // Praise of an attack is praise of the actor that carried it out.
    if ((p === 'praises' || p === 'supports' || p === 'thanks' || p === 'calls_on' || p === 'directs') && cues.attackNouns.has(t)) {
      // "the strike that the Front's military wing, the Brigades, carried out": the one who did it.
      const rel = relativeAgent(tokens, args, k);
      if (rel >= 0) return rel;
      for (let j = k + 1; j < Math.min(tokens.length, k + 10); j++) {
        if (CLAUSE_END.has(tokens[j]!.text) || tokens[j]!.text === ',') break;
        if (tokens[j]!.text === 'by') {
          // "carried out by [the militants of] the X"
          let m = j + 1;
          while (m < j + 5 && (LIGHT.has(tokens[m]?.text ?? '') || cues.roleWords.has(tokens[m]?.text ?? '') || MEMBER_NOUNS.has(tokens[m]?.text ?? ''))) m++;
          // ("carried out by his Palestinian resistance forces": the forces, not "his")
          const x = args.findIndex((y) => y.t0 > j && y.t0 <= Math.max(j + 3, m) + 1 && !(y.pronoun && POSSESSIVE_WORDS.has(tokens[y.t0]!.text)));
          if (x >= 0) return x;
        }
      }
    }
    // "steering the group's campaign to keep X ...": an owner no actor resolves is the object, and
    // no name further on stands in for it.
    if (/^\p{Ll}{3,}$/u.test(t) && !LIGHT.has(t) && tokens[k + 1]?.text === "'" && (tokens[k + 2]?.text === 's' || t.endsWith('s'))
      && tokens[k + 1]!.start === tokens[k]!.end) return -1;
    // ("leading the cause of eliminating X": a deed, not a body one heads)
    if (p === 'leads' && /^\p{Ll}{3,}ing$/u.test(t) && k > from) return -1;
    if (!LIGHT.has(t) && !cues.roleWords.has(t)) content++;
    if (content > max) return -1;
  }
  return -1;
}

/**
 * Generic collectives read by their head: "the commanders of the Front" and "IRGC commanders"
 * stand for the organisation named with them; "the fighters of the valley" names no actor the
 * text resolves, so it is no argument.
 */
function headsOf(tokens: readonly Token[], args: readonly Arg[]): Arg[] {
  const out: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.type === 'collective' && !a.pronoun && tokens[a.t1]?.text === 'of') {
      const k = tokens[a.t1 + 1]?.text === 'the' ? a.t1 + 2 : a.t1 + 1;
      const b = args[i + 1];
      if (b && b.t0 === k && isOrgLike(b.type) && b.type !== 'collective') {
        out.push({ ...b, t0: a.t0 });
        i++;
      }
      continue;
    }
    const b = args[i + 1];
    // ("the Brigades' field commanders", "Hamas's senior leaders": the group's own people)
    const gap = b ? tokens.slice(a.t1, b.t0).map((t) => t.text) : [];
    const owned = gap.length > 0 && gap.length <= 4 && gap[0] === "'" && gap.slice(gap[1] === 's' ? 2 : 1).every((w) => /^\p{Ll}+$/u.test(w))
      && gap.length - (gap[1] === 's' ? 2 : 1) <= 2 && b !== undefined && GENERIC_NOUNS.has(tokens[b.t1 - 1]!.text);
    if (b && b.type === 'collective' && !b.pronoun && (b.t0 === a.t1 || owned) && isOrgLike(a.type) && a.type !== 'state' && a.type !== 'collective') {
      out.push({ ...a, t1: b.t1 });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Pronouns and "these organizations" turned into args for the actors they stand for. */
function resolvePronouns(tokens: readonly Token[], args: Arg[], coref: Coref, speakerAt: (pos: number) => Attribution,
  affiliation: Affiliation = NO_AFFILIATION, attackNouns: ReadonlySet<string> = new Set(), roleWords: ReadonlySet<string> = new Set()): Arg[] {
  const { orgOf, stateOf, memberOf, spokesmanFor } = affiliation;
  const extra: Arg[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const a of args) covered.fill(1, a.t0, a.t1);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!.text;
    if (covered[k] || !PRONOUN_WORDS.has(t)) continue;
    // "all four groups", "both groups", "the three militias": the list of groups just named.
    const counted = (t === 'all' || t === 'both' || t === 'the') && NUMBER_WORDS.has(tokens[k + 1]?.text ?? '') && GROUP_NOUNS.has(tokens[k + 2]?.text ?? '') ? k + 3
      : (t === 'all' || t === 'both') && GROUP_NOUNS.has(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
    // ("X and Y, both members of Z": an apposition to the names just before, not a list told earlier)
    if (counted > 0 && tokens[k - 1]?.text === ',' && args.some((a) => a.t1 === k - 1 && !a.pronoun)) continue;
    if (counted > 0) {
      const list = coref.groupList ?? coref.list;
      if (list?.length) extra.push({ keys: list, type: 'group', t0: k, t1: counted, pronoun: true });
      continue;
    }
    if (t === 'all' || t === 'both') continue;
    // "X secretary-general NAME, whose movement is ...": the organisation the person belongs to.
    if (t === 'whose') {
      const person = args.find((a) => a.t1 === k - 1 && tokens[k - 1]?.text === ',' && a.type === 'person' && !a.pronoun);
      // (else the group named in the role before the name: "Marsh Brigades secretary-general NAME")
      const titled = person && args.find((a) => isOrgLike(a.type) && a.type !== 'state' && !a.pronoun && a.t1 < person.t0
        && tokens.slice(a.t1, person.t0).every((x) => roleWords.has(x.text) || x.text === '-'));
      const org = person && ORG_NOUNS.has(tokens[k + 1]?.text ?? '') ? orgOf(person.keys[0]!) ?? memberOf(person.keys[0]!) ?? titled?.keys[0] : undefined;
      if (org) extra.push({ keys: [org], type: 'organization', t0: k, t1: k + 2, pronoun: true });
      continue;
    }
    // "X has never sent a weapon to any group, and it does not fund Y": "it" after ", and" is the
    // subject the sentence opened with.
    if ((t === 'it' || t === 'its') && ((tokens[k - 1]?.text === 'and' && tokens[k - 2]?.text === ',') || (tokens[k - 1]?.text === ',' && SUBJECT_VERB_AFTER.has(tokens[k + 1]?.text ?? '')))) {
      const first = args.find((a) => !a.pronoun && a.t0 <= 1 && a.t1 < k && isOrgLike(a.type) && !(a.type === 'collective' && /s$/.test(a.mention?.surface ?? '')));
      if (first && /^\p{Ll}+$/u.test(tokens[first.t1]?.text ?? '')) {
        extra.push({ keys: first.keys, type: first.type === 'state' ? 'state' : 'organization', t0: k, t1: k + 1, pronoun: true });
        continue;
      }
    }
    // "As for the Battalions, they have never received ...": the topic the clause opened with.
    if ((t === 'they' || t === 'it' || t === 'he' || t === 'she') && tokens[k - 1]?.text === ',') {
      const asFor = tokens.slice(0, k - 1).map((x) => x.text).lastIndexOf('as');
      const topic = asFor >= 0 && tokens[asFor + 1]?.text === 'for' ? args.find((a) => !a.pronoun && a.t1 === k - 1 && a.t0 >= asFor + 2 && a.t0 <= asFor + 3) : undefined;
      if (topic) {
        extra.push({ keys: topic.keys, type: topic.type, t0: k, t1: k + 1, pronoun: true });
        continue;
      }
    }
    // "Founded in 2019 by X, it has grown": after a fronted participle, "it" is the group last named.
    if (t === 'it' && tokens[k - 1]?.text === ',' && FRONTED_PARTICIPLE.has(tokens[0]?.text ?? '') && !tokens.slice(0, k - 1).some((x) => CLAUSE_END.has(x.text))) {
      const key = coref.orgPlural ? undefined : coref.org;
      if (key) extra.push({ keys: [key], type: 'organization', t0: k, t1: k + 1, pronoun: true });
      continue;
    }
    // "Jalal Orvey founded it in 2017 and still leads it": "it" as the object of a verb is the
    // group last named.
    if (t === 'it' && (/^\p{Ll}+(?:ed|s)$/u.test(tokens[k - 1]?.text ?? '') || (/^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '') && ['not', 'to', 'never'].includes(tokens[k - 2]?.text ?? ''))) && !['is', 'was', 'has', 'does', 'makes', 'calls', 'says', 'called', 'said', 'believes', 'thinks', 'considers'].includes(tokens[k - 1]!.text)
      && (k + 1 >= tokens.length || [',', '.', 'in', 'and', 'since', 'for', 'with', 'from', 'through', 'today', 'still', 'ever'].includes(tokens[k + 1]!.text) || /^\p{Ll}+ly$/u.test(tokens[k + 1]!.text))
      // (not a raid just told of, "ordered it", or named in the same sentence, "praised the strike ...
      // neither ordered nor planned it"; not "this movement ... leads it")
      && !isEventPhrase(tokens, k, attackNouns)
      && !tokens.slice(0, k).some((x, i) => (x.text === 'this' || x.text === 'that') && ORG_NOUNS.has(tokens[i + 1]?.text ?? ''))) {
      const near = args.filter((a) => a.t1 <= k).reverse().find((a) => isOrgLike(a.type) && a.type !== 'state' && !a.pronoun && !(a.type === 'collective' && /s$/.test(a.mention?.surface ?? '')));
      const key = near?.keys[0] ?? (coref.orgPlural ? undefined : coref.org);
      if (key) extra.push({ keys: [key], type: 'organization', t0: k, t1: k + 1, pronoun: true });
      continue;
    }
    // "the group", "the movement": the organisation the document is about just now (one whose
    // name ends in that noun, else the one last named in the sentence or before it).
    if (t === 'the' && DEFINITE_ORG.has(tokens[k + 1]?.text ?? '') && !covered[k + 1] && !args.some((a) => a.t0 === k + 2)
      // ("the group led by X": a group described in place, not the one named before)
      && !(['led', 'headed', 'run', 'founded', 'commanded'].includes(tokens[k + 2]?.text ?? '') && tokens[k + 3]?.text === 'by')
      // ("the movement of launchers", "the group of experts": a common noun with its own complement)
      && tokens[k + 2]?.text !== 'of'
      && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '') && !(coref.event && isEventPhrase(tokens, k, attackNouns))) {
      const noun = tokens[k + 1]!.text;
      // (two organisations named before it in the sentence: which one is meant is not told)
      const before = new Set(args.filter((a) => a.t1 <= k && !a.pronoun && isOrgLike(a.type) && a.type !== 'state' && a.type !== 'outlet' && !isForces(a) && !(a.type === 'collective' && /s$/.test(a.mention?.surface ?? ''))).map((a) => a.keys[0]!));
      // ("the Tarrow Brigades ... the group's secretary-general": a named group may read as plural)
      // ("Talvessa's Lantern Directorate trains the movement's fighters": the subject right before
      // the verb is not what the object phrase refers back to; the group the text is about is)
      const only = before.size === 1 ? args.filter((a) => a.keys[0] === [...before][0] && a.t1 <= k).pop() : undefined;
      const subjectOfVerb = only !== undefined && k - only.t1 <= 3 && !tokens.slice(only.t1, k).some((x) => [',', 'and', 'that', 'which', 'who', ';', ':'].includes(x.text));
      const generic = before.size === 1 && !subjectOfVerb ? [...before][0] : subjectOfVerb && coref.org !== only?.keys[0] ? coref.org : before.size === 0 && !coref.orgCollective ? coref.org : undefined;
      const key = coref.orgHeads?.get(noun) ?? (GENERIC_ORG.has(noun) ? generic : undefined);
      if (key) extra.push({ keys: [key], type: 'organization', t0: k, t1: k + 2, pronoun: true });
      continue;
    }
    if ((t === 'the' || t === 'this' || t === 'that' || t === 'it') && !(coref.event && isEventPhrase(tokens, k, attackNouns))) continue;
    const before = args.filter((a) => a.t1 <= k);
    if (t === 'us' && (orgOf(speakerAt(tokens[k]!.start).claimant) ?? memberOf(speakerAt(tokens[k]!.start).claimant)) && speakerAt(tokens[k]!.start).quoted) {
      // "Nobody gave us orders" in a leader's words: the organisation they speak for.
      const who = speakerAt(tokens[k]!.start);
      extra.push({ keys: [(orgOf(who.claimant) ?? memberOf(who.claimant))!], type: 'organization', t0: k, t1: k + 1, pronoun: true, speakerOf: who.quoteStart ?? -1 });
    } else if (t === 'you' || t === 'your') {
      // "I thank you" in a letter or a call: the one it is addressed to.
      const who = speakerAt(tokens[k]!.start);
      // (Only beside "I": "support you" in a speech to a delegation may mean all it stands for.)
      if (who.quoted && who.addressee && tokens.some((x) => x.text === 'i')) extra.push({ keys: [who.addressee], type: 'person', t0: k, t1: k + 1, pronoun: true, speakerOf: who.quoteStart ?? -1 });
    } else if ((t === 'we' || t === 'our') && speakerAt(tokens[k]!.start).quoted && spokesmanFor(speakerAt(tokens[k]!.start).claimant)) {
      // "We thank them" in a spokesman's words: the group speaks through them.
      const who = speakerAt(tokens[k]!.start);
      extra.push({ keys: [spokesmanFor(who.claimant)!], type: 'organization', t0: k, t1: k + 1, pronoun: true, speakerOf: who.quoteStart ?? -1 });
    } else if (t === 'i' || t === 'my' || t === 'me' || t === 'we' || t === 'us') {
      const who = speakerAt(tokens[k]!.start);
      if (who.quoted) extra.push({ keys: [who.claimant], type: 'person', t0: k, t1: k + 1, pronoun: true, speakerOf: who.quoteStart ?? -1 });
    } else if (t === 'our') {
      // "our rocket crews" in a leader's or envoy's words: the organisation they speak for.
      const who = speakerAt(tokens[k]!.start);
      // ("our brothers in X", "our friends": kin the speaker names, not the speaker's own group)
      // ("our Horizon Command": the name is the actor; the possessive only says whose)
      if (who.quoted && !KIN_NOUNS.has(tokens[k + 1]?.text ?? '') && !KIN_NOUNS.has(tokens[k + 2]?.text ?? '') && !args.some((a) => a.t0 === k + 1)) {
        const org = orgOf(who.claimant) ?? memberOf(who.claimant);
        // ("Our support for X" in a foreign minister's words: the state the official serves)
        const state = org ? undefined : stateOf(who.claimant);
        if (org) extra.push({ keys: [org], type: 'organization', t0: k, t1: k + 1, pronoun: true, speakerOf: who.quoteStart ?? -1 });
        else if (state) extra.push({ keys: [state], type: 'state', t0: k, t1: k + 1, pronoun: true, speakerOf: who.quoteStart ?? -1 });
      }
    } else if ((t === 'his' || t === 'her') && COUNTRY_NOUNS.has(tokens[k + 1]?.text ?? '')
      && stateOf([...before].reverse().find((a) => a.type === 'person' && !a.pronoun)?.keys[0] ?? coref.person ?? '')) {
      // "rejected the accusation that his country was arming X": the state the person serves.
      const near = [...before].reverse().find((a) => a.type === 'person' && !a.pronoun);
      extra.push({ keys: [stateOf(near?.keys[0] ?? coref.person ?? '')!], type: 'state', t0: k, t1: k + 2, pronoun: true });
    } else if ((t === 'his' || t === 'her') && ORG_NOUNS.has(tokens[k + 1]?.text ?? '') && (coref.person !== undefined || before.some((a) => a.type === 'person' && !a.pronoun))) {
      // "his movement", "her ministry": the organisation of the person last named.
      const near = [...before].reverse().find((a) => a.type === 'person' && !a.pronoun);
      // (the pack's roles, else the role this document gave the person: "KVC commander X ... his corps")
      const who = near?.keys[0] ?? coref.person ?? '';
      const org = orgOf(who) ?? memberOf(who);
      if (org) extra.push({ keys: [org], type: 'organization', t0: k, t1: k + 2, pronoun: true });
    } else if (PERSONAL.has(t)) {
      // "He confirmed that he had met General X ..., and he threatened Y": a subject pronoun
      // repeated in one sentence keeps the person the first one stood for.
      const again = SUBJECT_PRONOUNS.has(t) ? extra.find((x) => x.pronoun && x.t1 - x.t0 === 1 && tokens[x.t0]!.text === t && x.type === 'person') : undefined;
      // ("He led the Northern Column," in a eulogy: a speaker says "I" of himself; "he" is someone else)
      const said = speakerAt(tokens[k]!.start);
      const self = said.quoted && ['he', 'him', 'his', 'she', 'her'].includes(t) ? said.claimant : undefined;
      const near = [...before].reverse().find((a) => a.type === 'person' && !a.pronoun && a.keys[0] !== self);
      const key = again?.keys[0] ?? near?.keys[0] ?? (coref.person !== self ? coref.person : coref.prevPerson !== self ? coref.prevPerson : undefined);
      if (key) extra.push({ keys: [key], type: 'person', t0: k, t1: k + 1, pronoun: true });
    } else if (IMPERSONAL.has(t) && t !== 'it') {
      // "its" stands for a singular name ("Israel ... its attacks"), not "Palestinians".
      const near = [...before].reverse().find((a) => isOrgLike(a.type) && !a.pronoun && !(a.type === 'collective' && /s$/.test(a.mention?.surface ?? ''))
        && !inSetOffPhrase(tokens, a, k));
      const key = near?.keys[0] ?? coref.org;
      if (key) extra.push({ keys: [key], type: 'organization', t0: k, t1: k + 1, pronoun: true });
    } else if (coref.event && coref.eventAge !== undefined && coref.eventAge <= EVENT_REACH && isEventPhrase(tokens, k, attackNouns)
      // ("the Hamas attack" is Hamas's own; only a place may stand in the phrase)
      && !args.some((a) => a.t0 === k + 1 && a.type !== 'place')) {
      // "drew up this operation", "had ordered it" (after "the raid"): the actor of the attack.
      // ("the Edrith barrage": the one told to have struck Edrith, else no one)
      const place = args.find((a) => a.t0 === k + 1 && a.type === 'place');
      const actor = place ? coref.attackAt?.get(place.keys[0]!) : coref.event;
      if (actor) extra.push({ keys: [actor], type: 'group', t0: k, t1: eventPhraseEnd(tokens, k, attackNouns), pronoun: true });
    } else if (t === 'they') {
      // "The Battalions were founded by X, and they receive ...": a plural group named before in
      // the sentence, the subject of the clause before.
      // (only after "and", for the sentence's own subject: "..., and they")
      const near = before.find((a) => !a.pronoun);
      const plural = near && isOrgLike(near.type) && near.type !== 'state'
        && ((/[^s]s$/.test(near.mention?.surface ?? '') && !/corps$/i.test(near.mention?.surface ?? '')) || near.type === 'collective');
      if (near && plural && tokens[k - 1]?.text === 'and' && near.t0 <= 1 && !isBareCollective(tokens, near)) extra.push({ keys: near.keys, type: 'group', t0: k, t1: k + 1, pronoun: true });
    } else if (t === 'them' || t === 'their' || ((t === 'these' || t === 'those') && GROUP_NOUNS.has(tokens[k + 1]?.text ?? ''))) {
      const t1 = t === 'these' || t === 'those' ? k + 2 : k + 1;
      const keys = coref.list ?? (coref.org && coref.orgPlural ? [coref.org] : undefined);
      // ("our friendship with the Quessarian people, and we thank them": a people is plural)
      const people = [...before].reverse().find((a) => !a.pronoun && isOrgLike(a.type));
      const nation = people && people.type === 'state' && PEOPLE_NOUNS.has(tokens[people.t1]?.text ?? '') ? people : undefined;
      const near = nation ?? [...before].reverse().find((a) => isOrgLike(a.type) && a.type !== 'state' && !a.pronoun);
      // A singular name ("the VGC") does not stand for "their" when a list was just named.
      const plural = near && (near === nation || (/[^s]s$/.test(near.mention?.surface ?? '') && !/corps$/i.test(near.mention?.surface ?? '')) || near.type === 'collective');
      const chosen = t === 'these' || t === 'those' ? keys : near && (plural || !coref.list) ? near.keys : keys;
      if (chosen?.length) extra.push({ keys: chosen, type: 'group', t0: k, t1, pronoun: true });
    }
  }
  if (!extra.length) return args;
  return [...args, ...extra].sort((a, b) => a.t0 - b.t0);
}

const PREPOSITIONS = new Set(['on', 'in', 'with', 'for', 'like', 'as', 'from', 'by', 'among', 'unlike', 'besides']);

/**
 * "thanked Iran, on behalf of the Palestinian nation, for its support": a name inside a
 * prepositional phrase set off by commas is not what a later "its" stands for.
 */
function inSetOffPhrase(tokens: readonly Token[], a: Arg, k: number): boolean {
  let open = -1;
  for (let j = a.t0 - 1; j >= Math.max(0, a.t0 - 6); j--) if (tokens[j]!.text === ',') { open = j; break; }
  if (open < 0 || !PREPOSITIONS.has(tokens[open + 1]?.text ?? '')) return false;
  for (let j = a.t1; j < k; j++) if (tokens[j]!.text === ',') return true;
  return false;
}

/** A state's armed forces ("the Kasmundi army", "government forces"). */
const isForces = (a: Arg): boolean => isForcesName(a.mention?.surface ?? '');

/** Remembers the last person, organisation and list of groups for the next sentences. */
function updateCoref(coref: Coref, tokens: readonly Token[], args: readonly Arg[], found: readonly Claim[], cues: CompiledCues): void {
  const named = args.filter((a) => !a.pronoun);
  // The salient person: one a claim of the sentence is about or by, else the first not in an
  // apposition ("Asked by the host, Vera Lind, ...") or a passive agent.
  const persons = named.filter((a) => a.type === 'person');
  // (the one a claim is about before the one making it: 'X: "General Y commands Z. He ..."' is Y)
  const person = persons.find((a) => found.some((c) => c.subject === a.keys[0]))
    ?? persons.find((a) => found.some((c) => c.claimant === a.keys[0]))
    ?? persons.find((a) => !(tokens[a.t0 - 1]?.text === ',' && tokens[a.t1]?.text === ',') && tokens[a.t0 - 1]?.text !== 'by')
    ?? persons[0];
  if (person && person.keys[0] !== coref.person) {
    coref.prevPerson = coref.person;
    coref.person = person.keys[0];
  }
  // (a state's army is no "group" or "movement" the next sentence may mean)
  // (nor is an outlet: "a speech broadcast by X TV, the group's secretary-general")
  const orgs = named.filter((a) => isOrgLike(a.type) && a.type !== 'state' && a.type !== 'outlet' && !isForces(a));
  for (const a of orgs) {
    const head = /(\p{L}+)$/u.exec(a.mention?.surface ?? '')?.[1]?.toLowerCase();
    if (head && DEFINITE_ORG.has(head)) (coref.orgHeads ??= new Map()).set(head, a.keys[0]!);
  }
  if (orgs.length) {
    const last = orgs[orgs.length - 1]!;
    coref.org = last.keys[0];
    coref.orgPlural = /[^s]s$/.test(last.mention?.surface ?? '') && !/corps$/i.test(last.mention?.surface ?? '') || last.type === 'collective';
    coref.orgCollective = last.type === 'collective';
  }
  const members = [...new Set(found.filter((c) => c.predicate === 'part_of').map((c) => c.subject))];
  if (members.length >= 2) {
    coref.list = members;
    delete coref.groupList;
    coref.listAge = 0;
    return;
  }
  let best: string[] = [];
  let groups: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.pronoun) continue;
    if (args[i]!.type === 'place') continue;
    const run = coordinated(tokens, args, i, 1, cues.roleWords).filter((j) => args[j]!.type !== 'place' && args[j]!.type !== 'state');
    const keys = keysOf(args, run);
    if (keys.length >= 2 && keys.length > best.length) best = keys;
    const orgs = keysOf(args, run.filter((j) => args[j]!.type !== 'person'));
    if (orgs.length >= 2 && orgs.length > groups.length) groups = orgs;
  }
  if (best.length >= 2) {
    coref.list = best;
    if (groups.length >= 2) coref.groupList = groups;
    else delete coref.groupList;
    coref.listAge = 0;
  }
}
