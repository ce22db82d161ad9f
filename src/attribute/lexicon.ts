// lexicon: the words the quote and attribution stages read (speech verbs, media cues, titles,
// role nouns, collectives, outlet nouns, naming words). A small English default lives here;
// `lexiconFrom` merges a domain pack's lexicons (PackLexicons) over it, so a pack for another
// region or language extends the words without touching code.
import type { PackLexicons } from '../pack/types.js';
import type { Medium } from '../types.js';

export interface AttributionLexicon {
  /** Every written form of a verb that introduces speech, lower case ("said", "stating"). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Cue phrases (lower case) and the medium each tells, longest first. */
  readonly media: readonly (readonly [string, Medium])[];
  /** Honorifics and titles written before names, lower case ("supreme leader", "general"). */
  readonly titles: ReadonlySet<string>;
  /** Role nouns written before or after names ("spokesman", "envoy"). */
  readonly roleNouns: ReadonlySet<string>;
  /** Head nouns of collectives that speak ("participants", "spokesmen"). */
  readonly collectives: ReadonlySet<string>;
  /** Nouns that make a name an outlet ("daily", "news agency", "channel"). */
  readonly outletNouns: ReadonlySet<string>;
  /** Words before a quoted name or term that make it a name, not speech ("Operation", "so-called"). */
  readonly namingWords: ReadonlySet<string>;
}

/** Base verbs inflected regularly: say -> says, saying; state -> stated, stating... */
const REGULAR = [
  'state', 'stress', 'add', 'declare', 'announce', 'claim', 'admit', 'warn', 'note', 'explain', 'emphasize',
  'emphasise', 'affirm', 'assert', 'insist', 'reiterate', 'respond', 'reply', 'answer', 'ask', 'urge', 'call',
  'thank', 'praise', 'welcome', 'extend', 'congratulate', 'promise', 'pledge', 'vow', 'threaten', 'tweet', 'post',
  'chant', 'shout', 'argue', 'conclude', 'comment', 'remark', 'dictate', 'inform', 'accuse', 'demand', 'justify',
  'boast', 'proclaim', 'recall', 'acknowledge', 'confirm', 'deny', 'underline', 'highlight', 'predict', 'express',
  'mention', 'suggest', 'order', 'instruct', 'recount', 'observe', 'maintain', 'contend', 'describe', 'quote',
  'cite', 'exclaim', 'cry', 'mock', 'condemn', 'charge', 'estimate', 'report', 'caution', 'counter', 'retort',
  'whisper', 'yell', 'scream', 'testify', 'elaborate', 'clarify', 'stipulate', 'proclaim', 'boast', 'joke',
  'lament', 'complain', 'hail', 'greet', 'salute', 'assure', 'stress', 'point',
  'reject', 'dismiss', 'denounce', 'decry', 'criticize', 'criticise', 'characterize', 'characterise',
  'concede', 'allege', 'rebut', 'quip', 'interject', 'remind',
];
/** Irregular and fixed forms. */
const FIXED = [
  'say', 'says', 'said', 'saying', 'write', 'writes', 'wrote', 'writing', 'written', 'tell', 'tells', 'told',
  'telling', 'speak', 'speaks', 'spoke', 'sing', 'sings', 'sang', 'read', 'reads', 'added', 'admitted', 'admitting',
  'regretted', 'referred', 'taught', 'teaches',
];

function inflect(base: string): string[] {
  const forms = [base];
  if (base.endsWith('y') && !/[aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (base.endsWith('e')) forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es', base + 'ed', base + 'ing');
  else forms.push(base + 's', base + 'ed', base + 'ing');
  return forms;
}

const MEDIA: Readonly<Record<Medium, readonly string[]>> = {
  post: ['tweeted', 'tweet', 'posted', 'post', 'on x', 'on twitter', 'x account', 'twitter account', 'telegram', 'instagram',
    'facebook', 'social media', 'on its website', 'on his website', 'hashtag'],
  speech: ['speech', 'sermon', 'ceremony', 'speaking at', 'spoke at', 'addressed', 'address to', 'lecture', 'rally', 'congress',
    'friday prayer', 'gathering of', 'gathering', 'graduation', 'addressing', 'funeral', 'commemoration', 'parade',
    'told parliament', 'told the parliament', 'told lawmakers', 'told legislators', 'told the assembly', 'told a rally', 'told the crowd'],
  call: ['phone call', 'telephone call', 'phone conversation', 'telephone conversation', 'by phone', 'by telephone', 'phoned', 'called him'],
  meeting: ['meeting', 'met with', 'meets with', 'visit to'],
  letter: ['letter', 'wrote to', 'message to', 'missive', 'written reply', 'written response', 'written answer', 'in writing'],
  interview: ['interview', 'interviewed', 'told the', 'told', 'said in an interview', 'asked by'],
  article: ['editorial', 'article', 'column', 'op-ed', 'opinion piece', 'wrote in', 'writes', 'daily', 'newspaper'],
  broadcast: ['on tv', 'television', 'televised', 'aired', 'broadcast', 'video', 'radio', 'footage'],
  statement: ['statement', 'communique', 'communiqué', 'press release', 'declaration', 'announcement', 'press conference'],
  poster: ['poster', 'banner', 'billboard', 'was hung', 'inscription', 'placard'],
  chant: ['chanted', 'chanting', 'chant', 'sang', 'shouted', 'slogans'],
  other: [],
};

const TITLES = [
  'supreme leader', 'leader', 'president', 'prime minister', 'minister', 'foreign minister', 'defense minister', 'general',
  'brigadier general', 'major general', 'commander', 'commander-in-chief', 'ayatollah', 'grand ayatollah', 'sheikh', 'shaykh',
  'sayyed', 'seyyed', 'sayyid', 'hajj', 'haj', 'imam', 'dr.', 'dr', 'mr.', 'mrs.', 'ms.', 'king', 'prince', 'emir', 'sultan',
  'secretary-general', 'secretary general', 'spokesman', 'spokesperson', 'spokeswoman', 'head', 'chief', 'advisor', 'adviser',
  'representative', 'envoy', 'ambassador', 'speaker', 'chairman', 'chair', 'director', 'deputy', 'senator', 'colonel', 'major',
  'captain', 'lieutenant', 'admiral', 'marshal', 'cleric', 'supreme guide', 'guide', 'mufti', 'rabbi', 'pope', 'bishop', 'martyr',
  'chief of staff', 'mp', 'lawmaker', 'governor', 'mayor', 'judge', 'hojatoleslam', 'mullah', 'emissary',
];
const ROLE_NOUNS = [
  'spokesman', 'spokesperson', 'spokeswoman', 'commander', 'head', 'leader', 'chief', 'advisor', 'adviser', 'representative',
  'envoy', 'minister', 'official', 'secretary-general', 'expert', 'analyst', 'correspondent', 'editor', 'host', 'president',
  'ambassador', 'director', 'chairman', 'deputy', 'member', 'founder', 'cleric', 'preacher', 'anchor', 'reporter', 'columnist',
  'writer', 'author', 'presenter', 'general', 'officer', 'diplomat', 'emissary',
];
const COLLECTIVES = [
  'participants', 'protesters', 'protestors', 'demonstrators', 'crowd', 'crowds', 'worshippers', 'worshipers', 'spokesmen',
  'officials', 'users', 'generals', 'groups', 'factions', 'fighters', 'students', 'celebrants', 'mourners', 'militants',
  'leaders', 'commanders', 'sources', 'residents', 'activists', 'lawmakers', 'supporters', 'organizations', 'organisations',
  'movements', 'clerics', 'experts', 'analysts', 'authorities', 'forces', 'members', 'people', 'delegates', 'attendees',
];
const OUTLET_NOUNS = [
  'daily', 'newspaper', 'paper', 'agency', 'news agency', 'channel', 'tv', 'television', 'radio', 'website', 'outlet',
  'mouthpiece', 'mouthpieces', 'magazine', 'weekly', 'station', 'broadcaster', 'network', 'portal', 'journal', 'site',
  'news site', 'telegram channel', 'media', 'gazette', 'herald', 'tribune', 'chronicle', 'courier', 'wire',
];
const NAMING = [
  'operation', 'so-called', 'dubbed', 'named', 'titled', 'entitled', 'codenamed', 'code-named', 'nicknamed', 'term', 'word',
  'phrase', 'hashtag', 'campaign', 'labeled', 'labelled', 'branded', 'brand', 'motto', 'book', 'film', 'song', 'poem',
  'exercise', 'maneuver', 'maneuvers', 'drill', 'project', 'program', 'programme', 'plan', 'festival', 'conference',
];

function set(base: readonly string[], extra?: readonly string[]): ReadonlySet<string> {
  return new Set([...base, ...(extra ?? [])].map((w) => w.toLowerCase()));
}

/**
 * The lexicon the stages read: the default words, extended by a pack's lexicons.
 * @example lexiconFrom({ speechVerbs: ['opined'] }).speechVerbs.has('opined') === true
 */
export function lexiconFrom(pack: PackLexicons = {}): AttributionLexicon {
  const verbs = new Set<string>([...FIXED, ...REGULAR.flatMap(inflect)]);
  for (const v of pack.speechVerbs ?? []) for (const f of v.includes(' ') ? [v] : inflect(v.toLowerCase())) verbs.add(f);
  const media = new Map<string, Medium>();
  for (const [m, cues] of Object.entries(MEDIA) as [Medium, readonly string[]][]) for (const c of cues) media.set(c, m);
  for (const [m, cues] of Object.entries(pack.media ?? {}) as [Medium, readonly string[]][]) for (const c of cues) media.set(c.toLowerCase(), m);
  return {
    speechVerbs: verbs,
    media: [...media].sort((a, b) => b[0].length - a[0].length),
    titles: set(TITLES, pack.titles),
    roleNouns: set(ROLE_NOUNS, pack.roleNouns),
    collectives: set(COLLECTIVES, pack.collectives?.map((c) => c.split(/\s+/).pop() ?? c)),
    outletNouns: set(OUTLET_NOUNS),
    namingWords: set(NAMING),
  };
}

/** The default English lexicon. */
export const DEFAULT_LEXICON: AttributionLexicon = lexiconFrom();
