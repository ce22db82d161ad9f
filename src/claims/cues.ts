// cues: the words the claims stage reads. Predicate cues, denials, hedges and themes come from
// the pack's lexicons (PackLexicons); the English defaults below are merged under them so the
// stage works before a pack defines a cue. Defaults here are candidates to move into the pack.
// Structural words (attack nouns, role nouns that lead, reporting verbs) are grammar, not
// domain knowledge, and stay here.
import type { PackLexicons } from '../pack/types.js';
import type { Predicate } from '../types.js';

/** `fund*` is inflected (funds, funded, funding); other entries are taken as written. */
export const DEFAULT_PREDICATE_CUES: Readonly<Record<Predicate, readonly string[]>> = {
  funds: ['fund*', 'finance*', 'bankroll*', 'pay*', 'paid', 'paying', 'funding of', 'financing of', 'financial support',
    'paid their wages', 'pays their wages', 'receiv* money from', 'receiv* funds from', 'receiv* funding from', 'receiv* cash from',
    'receiv* financing from', 'got money from', '-funded', '-financed'],
  arms: ['arm*', 'supply weapons to', 'supplied weapons to', 'supplies weapons to', 'supplying weapons to', 'sent weapons to',
    'send weapons to', 'sends weapons to', 'sent no weapons to', 'gave us our first rifles', 'weapons to', 'arming of',
    'supplied by', 'provided weapons to', 'provides weapons to', 'smuggle* weapons to', 'receiv* weapons from',
    'receiv* arms from', 'receiv* rockets from', 'receiv* missiles from', 'receiv* drones from', 'got weapons from',
    'sell* weapons to', 'sold weapons to', 'sell* arms to', 'sold arms to', 'sell* rockets to', 'sell* drones to', 'sell* missiles to',
    'sold rockets to', 'sold drones to', 'sold missiles to', 'deliver* weapons to', 'ship* weapons to', 'ship* arms to', '-armed'],
  trains: ['train*', 'drill*', 'training of', 'trained by', 'drilled by', 'learned their trade in', 'receiv* training from', '-trained'],
  directs: ['direct*', 'orchestrat*', 'mastermind*', 'order*', 'command*', 'oversee*', 'oversaw', 'overseeing', 'overseen by', 'supervis*',
    'planned', 'planning', 'planned by', 'is behind', 'are behind', 'was behind', 'stands behind', 'stand behind', 'drew up', 'drawn up',
    'draw up', 'dictat*', 'instruct*', 'formulated', 'gave the signal', 'give the signal', 'signs the orders',
    'guided', 'planning of', 'responsibility for', 'responsible for', 'take* orders from', 'took orders from', 'take* his orders from', 'take* their orders from', 'take* its orders from', 'took his orders from', 'took their orders from',
    'receiv* orders from', 'receiv* direct orders from', 'got orders from', 'orders came from', 'on the orders of',
    'under the command of', 'laid down', 'lay down', 'laid out', 'emissary of', 'emissaries of', 'puppet of', 'puppets of',
    // ("steering the party's campaign", "gives orders to X", "giving them their orders", "picked the target")
    // ("we did not plan any of its attacks": the bare verb only after a negation, the noun "plan" being common)
    'not plan', 'never plan', 'not order', 'never order',
    'runs', 'run the', 'ran the', 'running the',
    'steer*', 'give* orders to', 'gave orders to', 'giving orders to', 'give* instructions to', 'gave instructions to', 'giving instructions to', 'pick* the target*', 'picked the target*', 'chose the target*', 'choos* the target*', 'select* the target*',
    'select* targets', 'pick* targets', 'choos* targets', 'chose targets', 'approv* the timing', 'approved', 'approves', 'approving'],
  founded: ['found*', 'establish*', 'built', 'build*', 'created', 'create*', 'set up', 'cultivat*'],
  supports: ['support*', 'back*', 'stand* by', 'stood by', 'standing by', 'stands with', 'stand with', 'stood with',
    'standing with', 'stood beside', 'stand beside', 'side with', 'sided with', 'help*', 'aid*', 'defend*', 'assist*',
    '-backed', '-sponsored', '-supported', 'sponsor*', 'sponsorship of', 'backing of', 'united behind', 'proxy of', 'proxies of', 'proxy for', 'proxies for', 'relied on', 'relies on', 'rely on', 'relying on',
    'depends on', 'depended on', 'depend on', 'justif*', 'at their side', 'on their side', 'solidarity with', 'behind the'],
  part_of: ['part of', 'member of', 'members of', 'belongs to', 'belong to', 'one of', 'integral part of', 'within',
    'includes', 'include', 'brings together', 'bring together', 'brought together', 'unites', 'comprises', 'consists of',
    'made up of', 'groups together', 'place in', 'make up', 'makes up', 'that form', 'which form',
    // ("a militia formally attached to the army reserve", "affiliated with the Front")
    'attached to', 'affiliated with', 'affiliated to', 'subordinate to', 'integrated into', 'incorporated into',
    // ("a front for X", "a cover name for X": a name X hides behind is part of X)
    'faction of', 'factions of', 'front for', 'front group for', 'cover name for', 'facade for', 'façade for', 'front organisation for', 'front organization for'],
  leads: ['leads', 'leading', 'has led', 'had led', 'have led', 'led by', 'headed by', 'heads the', 'headed the', 'at the helm of', 'in charge of',
    'chaired', 'chairs', 'chaired by', 'presided over by', 'presides over', 'presided over'],
  praises: ['prais*', 'applaud*', 'hail*', 'laud*', 'congratulat*', 'salut*', 'commend*', 'welcom*', 'celebrat*',
    'pride in', 'proud of', 'blessings to', 'blessing to', 'glory to', 'greetings to', 'salutations to', 'glorif*', 'admir*', 'expressed pride', 'cheer*', 'rejoic*'],
  thanks: ['thank*', 'expressed gratitude', 'expresses gratitude', 'grateful to', 'appreciation for', 'gratitude to'],
  threatens: ['threat*', 'threaten*', 'warn*', 'vow* revenge', 'will answer for', 'will pay', 'within reach', 'will be destroyed',
    'doomed', 'eradicat*', 'destroy', 'will be eradicated', 'slap', 'blow to', 'waning', 'reaching its end', 'nearing its end',
    'collapsing', 'crumbling', 'will collapse', 'will perish', 'will disappear', 'will vanish',
    // ("every Ostrevan convoy is a target", "the Calderans will find no quiet corner", "Belvorn
    // should understand that ...": the clause subject is the one threatened)
    'is a target', 'is a legitimate target', 'are targets', 'are legitimate targets', 'remain targets', 'will be hunted', 'will find no',
    'should know that', 'should understand that', 'must know that', 'must understand that'],
  calls_on: ['call* on', 'call* upon', 'urg*', 'exhort*', 'appeal* to', 'encourag*', 'invit*', 'demand* that', 'pressed', 'presses', 'pressing', 'press',
    'must respond', 'should continue', 'await your signal'],
  meets: ['met with', 'meet with', 'meets with', 'meeting with', 'met', 'meet', 'meets', 'received', 'hosted',
    'meeting', 'talks with', 'visited', 'spent * days', 'shakes hands with', 'shook hands with', 'shaking hands with',
    'shake hands with', 'held talks with', 'holds talks with', 'hold talks with', 'sat down with', 'embraced', 'embraces'],
  contacts: ['phon*', 'telephon*', 'phone call with', 'call with', 'conversation* with', 'spoke with', 'spoke to',
    'wrote to', 'letter to', 'sent a letter to', 'message to', 'sent a message to', 'telegram to', 'spoken to'],
  attacks: ['overran', 'overrun', 'overruns', 'overrunning', 'ambush*', 'barrage', 'barrages', 'bombard*', 'airstrike*', 'attack*', 'strike*', 'struck', 'bomb*', 'shell*', 'storm*', 'raid*', 'assault*', 'kill*', 'assassinat*',
    'massacre*', 'invad*', 'fire* rockets', 'fired rockets', 'fire* on', 'war on', 'war against', 'aggression against',
    'crimes against', 'target*', 'murder*', 'offensive against', 'operation against', 'operations against',
    'fighting', 'fights', 'fought', 'battling', 'battled'],
};

/** Words that deny the claim in their clause (or the claim just before them). */
export const DEFAULT_DENIALS: readonly string[] = [
  'deny*', 'denied', 'denies', 'denial', 'rejected accusations', 'rejects accusations', 'reject* accusations',
  'reject* charges', 'reject* claims', 'reject* allegations', 'brushed aside', 'brush* aside', 'dismiss* charges',
  'dismiss* claims', 'dismissed accusations', 'they are wrong', 'they are mistaken', 'are wrong', 'are mistaken',
  'is false', 'are false', 'is untrue', 'are untrue', 'is not behind', 'are not behind', 'was not behind',
  'played no part', 'played no role', 'has no role', 'had no role', 'no role in', 'nothing to do with', 'has sent no',
  'have sent no', 'never sent', 'never armed', 'never funded', 'never trained', 'baseless', 'denying', 'refut*',
  // ("rejected the accusation that his country was arming X")
  'reject* the accusation', 'reject* the accusations', 'reject* the charge', 'reject* the charges', 'reject* the claim',
  'reject* the claims', 'reject* the allegation', 'reject* the allegations', 'dismiss* the accusation', 'dismiss* the accusations',
  'dismiss* the claim', 'dismiss* the claims', 'dismiss* the allegations',
  // ("The lie that X directs our fighters", "calling it a fairy tale")
  'the lie that', 'the lies that', 'is a lie', 'are lies', 'fabricated', 'fabrication', 'fairy tale', 'fairy tales',
];

/** Hedge words, kept as written on the claim. */
export const DEFAULT_HEDGES: readonly string[] = [
  'allegedly', 'alleged', 'reportedly', 'reports by', 'report by', 'according to', 'sources told', 'sources said',
  'the channel noted', 'noted that', 'is said to', 'are said to', 'was said to', 'purportedly', 'apparently',
  'claimed', 'claims', 'claiming', 'it is believed', 'unconfirmed', 'rumored', 'rumoured', 'suspected',
];

/** Analyst themes and their default triggers. */
export const DEFAULT_THEMES: Readonly<Record<string, readonly string[]>> = {
  praise_of_attack: ['congratulat*', 'blessings to', 'proud of', 'victory', 'victorious', 'heroic', 'courageous',
    'glorious', 'admirable', 'epic', 'salut*', 'humbled', 'brave'],
  call_to_continue_fighting: ['continue in full force', 'continue', 'keep going', 'will continue', 'second front',
    'await your signal', 'must respond', 'we must respond', 'do not halt', 'ready for any task'],
  threat_of_destruction: ['destruction', 'destroy*', 'eradicat*', 'doomed', 'collapse', 'end of', 'will be gone',
    'within reach', 'will answer for', 'have teeth', 'heavier slap', 'topple', 'death to'],
  justification: ['response to', 'a response', 'because of', 'justified', 'legitimate defense', 'right to defend',
    'to blame', 'you caused', 'brought this disaster', 'defends his own', 'defend* his own'],
  denial_of_civilians: ['no such thing as civilians', 'not civilians', 'not a civilian', 'are all armed',
    'no civilians', 'are not civilians'],
  incitement: ['slaughter', 'kill the', 'death to', 'armed usurpers', 'like raging dogs', 'cancer'],
  call_on_states: ['countries must', 'governments must', 'muslim countries', 'islamic world should', 'must sincerely join',
    'islamic states', 'the nations'],
  denial_of_involvement: ['they are wrong', 'they are mistaken', 'is not behind', 'work of the palestinians themselves',
    'our own hands', 'do not wait for permission', 'sent no weapons', 'nothing to hide', 'played no part',
    'were carried out by non-', 'needed nobody'],
};

/** Verbs that report what someone asserts: the claim inside their clause is the speaker's. */
export const REPORTING_VERBS: readonly string[] = [
  'say*', 'said', 'claim*', 'stat*', 'assert*', 'argu*', 'insist*', 'allege*', 'accus*', 'charg*', 'report*',
  'told', 'tell*', 'wrote', 'write*', 'written', 'add*', 'not*', 'stress*', 'declar*', 'announc*', 'admit*',
  'reveal*', 'confirm*', 'maintain*', 'believ*', 'promis*', 'pledg*', 'credit*', 'expos*', 'hinted', 'hint*',
  'clarif*', 'suggest*', 'explain*', 'according to', 'in the view of', 'accusations that', 'charges that',
  'claims that', 'allegations that', 'reports that', 'asserting that', 'holds', 'held',
];

/** Role nouns that make the person the head of the organisation named before or after them. */
export const LEADING_ROLES: readonly string[] = [
  'head', 'leader', 'commander', 'commander-in-chief', 'chief', 'president', 'secretary-general', 'secretary general',
  'supreme leader', 'supreme guide', 'chairman', 'chairwoman', 'director', 'chief of staff', 'prime minister', 'king',
  'emir', 'founder and leader', 'political bureau head', 'head of the political bureau', 'general secretary',
  'commander in chief', 'grand guide', 'high regent', 'regent', 'sultan', 'shah', 'premier', 'chancellor', 'head of state',
  'head of government', 'managing director', 'executive director', 'director general', 'director-general', 'chief executive',
];

/** Role nouns that make the person a member of the organisation named with them. */
export const MEMBER_ROLES: readonly string[] = [
  'representative', 'member', 'members', 'official', 'officials', 'officer', 'officers', 'operative', 'operatives',
  'expert', 'experts', 'scientist', 'scientists', 'fighter', 'fighters', 'spokesman', 'spokeswoman', 'spokesperson', 'minister',
  'envoy', 'deputy', 'engineer', 'commanders', 'militant', 'militants', 'researcher', 'analyst', 'fellow', 'adviser', 'advisor',
  // (military ranks: "Major X of the NDF's laboratory" serves in it)
  'colonel', 'major', 'captain', 'lieutenant', 'sergeant',
  // (a broadcaster's people: "Selmora 24 anchor X")
  'anchor', 'presenter', 'newsreader', 'correspondent', 'columnist',
];

const ROLE_WORDS: ReadonlySet<string> = new Set([...LEADING_ROLES, ...MEMBER_ROLES].flatMap((r) => r.split(/\s+/)));

/** Nouns of an organised unit: "X Qods Force", "X's military wing". */
export const UNIT_NOUNS: readonly string[] = [
  'force', 'forces', 'brigade', 'brigades', 'corps', 'wing', 'branch', 'command', 'unit', 'division', 'battalion',
  'regiment', 'directorate', 'bureau', 'office', 'ministry', 'department', 'council', 'militia', 'militias', 'arm', 'column', 'columns',
];

/** Verbs of handing over: with a weapon noun after them ("supplying the missiles", "sent a single bullet") they arm. */
export const SUPPLY_VERBS: readonly string[] = ['supply', 'supplies', 'supplied', 'supplying', 'send', 'sends', 'sent', 'sending',
  'provide', 'provides', 'provided', 'providing', 'deliver', 'delivers', 'delivered', 'delivering', 'ship', 'ships', 'shipped',
  'shipping', 'smuggle', 'smuggles', 'smuggled', 'smuggling', 'transfer', 'transfers', 'transferred', 'transferring', 'give',
  'gives', 'gave', 'given', 'giving', 'hand', 'hands', 'handed', 'handing', 'sell', 'sells', 'sold', 'selling'];

/** Nouns of weapons (the things whose supply is arming). */
export const WEAPON_NOUNS: readonly string[] = ['weapon', 'weapons', 'arms', 'missile', 'missiles', 'rocket', 'rockets', 'rifle',
  'rifles', 'bullet', 'bullets', 'ammunition', 'munitions', 'drone', 'drones', 'explosives', 'launcher', 'launchers', 'guns',
  'gun', 'mortars', 'shells', 'warheads', 'firearms', 'tanks', 'artillery', 'grenades', 'howitzers', 'warplanes',
  // ("armoured vehicles": the adjective makes the noun a weapon)
  'armoured', 'armored'];

/** Nouns of money (the things whose supply is funding). */
export const MONEY_NOUNS: readonly string[] = ['money', 'cash', 'funds', 'salaries', 'wages', 'dollars', 'payments', 'stipends', 'coin', 'coins', 'transfers', 'remittances', 'funding', 'financing', 'donations', 'subsidies', 'grants'];

/** Verbs of receiving: "receive money and weapons from X" names X as the giver. */
export const RECEIVE_VERBS: readonly string[] = ['receive', 'receives', 'received', 'receiving', 'get', 'gets', 'got', 'obtain',
  'obtains', 'obtained', 'obtaining', 'accept', 'accepts', 'accepted', 'accepting', 'take', 'takes', 'took', 'taking', 'taken'];

/** Verbs of using a weapon: "the missiles that X fired" names X as the one armed. */
export const USE_VERBS: readonly string[] = ['fired', 'fire', 'fires', 'firing', 'used', 'use', 'uses', 'using', 'launched',
  'launch', 'launches', 'deployed', 'deploy', 'received', 'receive', 'receives', 'got', 'shot'];

/** Nouns of an attack: praise of one is praise of the actor that carried it out. */
export const ATTACK_NOUNS: readonly string[] = [
  'attack', 'attacks', 'massacre', 'massacres', 'operation', 'operations', 'offensive', 'raid', 'assault', 'strike',
  'strikes', 'campaign', 'incursion', 'bombing', 'onslaught', 'war', 'move', 'acts', 'deeds', 'act', 'victory',
  'victories', 'storm', 'flood', 'murder', 'killing', 'carnage', 'invasion', 'uprising', 'fighting', 'ambush', 'ambushes',
  'barrage', 'barrages', 'bombardment', 'shelling', 'airstrike', 'airstrikes', 'raids', 'assaults', 'bombings', 'incursions',
];

/** The lexicons the stage reads, with the defaults merged under the pack's. */
export interface ClaimCues {
  readonly predicates: ReadonlyMap<Predicate, readonly string[]>;
  readonly denials: readonly string[];
  readonly hedges: readonly string[];
  readonly themes: ReadonlyMap<string, readonly string[]>;
  readonly roleNouns: readonly string[];
  readonly collectives: readonly string[];
}

const lower = (xs: readonly string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase().trim()).filter(Boolean);
const union = (a: readonly string[], b: readonly string[] | undefined): string[] => [...new Set([...lower(a), ...lower(b)])];

const FUNCTION_WORDS = new Set(['to', 'with', 'of', 'for', 'on', 'by', 'against', 'behind', 'upon', 'at', 'in', 'the']);

/**
 * A pack cue this stage can read positionally: a phrase with a function word or a verb form
 * ("supplied weapons to", "armed", "is behind"). Bare nouns ("weapons", "proxy", "axis") name
 * a topic, not a relation between two actors, and role nouns ("commander") are read by the
 * role rules; both are left out.
 */
export function isRelationCue(cue: string, roleWords: ReadonlySet<string> = new Set()): boolean {
  const words = cue.toLowerCase().trim().split(/\s+/);
  if (words.length > 1) return words.some((w) => FUNCTION_WORDS.has(w)) || /(?:ed|ing)$/.test(words[0]!);
  const w = words[0]!;
  if (roleWords.has(w)) return false;
  return /(?:ed|ing)$/.test(w) && !/(?:thing|ring|ding)$/.test(w);
}

const NEGATION_ONLY = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'not', 'never', 'has', 'have', 'had']);

/**
 * Merges a pack's lexicons over the defaults (the pack adds cues; it never removes a default).
 * @example mergeCues({ predicates: { arms: ['kitted out'] } }).predicates.get('arms')!.includes('kitted out')
 */
export function mergeCues(lex: PackLexicons): ClaimCues {
  const predicates = new Map<Predicate, readonly string[]>();
  for (const p of Object.keys(DEFAULT_PREDICATE_CUES) as Predicate[]) {
    predicates.set(p, union(DEFAULT_PREDICATE_CUES[p], lex.predicates?.[p]?.filter((c) => isRelationCue(c, ROLE_WORDS))));
  }
  const themes = new Map<string, readonly string[]>();
  for (const [t, xs] of Object.entries(DEFAULT_THEMES)) themes.set(t, union(xs, lex.themes?.[t]));
  for (const [t, xs] of Object.entries(lex.themes ?? {})) if (!themes.has(t)) themes.set(t, lower(xs));
  return {
    predicates,
    // Bare negation ("did not", "never") denies only the verb it stands beside: see extract.ts.
    denials: union(DEFAULT_DENIALS, lex.denials?.filter((d) => !d.toLowerCase().split(/\s+/).every((w) => NEGATION_ONLY.has(w)))),
    hedges: union(DEFAULT_HEDGES, lex.hedges),
    themes,
    roleNouns: lower(lex.roleNouns),
    collectives: lower(lex.collectives),
  };
}
