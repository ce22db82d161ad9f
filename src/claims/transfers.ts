// transfers: arming and funding told as a delivery of things rather than by a verb of arming
// ("sent the Brigades a shipment of missiles", "the rockets had been supplied to X by Y", "the
// Front's drones came from Z"), and the sums that fund ("40 million crowns"). What is handed
// over decides the predicate: weapons arm, money funds.
import type { Predicate } from '../types.js';
import { afterPossessive, type Arg, CLAUSE_END, isOrgLike } from './sentence.js';
import type { Token } from './tokens.js';

/** Words that may stand between the verb and what is handed over: "a shipment of", "about 40 million". */
const QUANTITY = new Set(['a', 'an', 'the', 'some', 'several', 'dozens', 'hundreds', 'thousands', 'of', 'about', 'around', 'at', 'least',
  'more', 'than', 'over', 'nearly', 'almost', 'shipment', 'shipments', 'consignment', 'consignments', 'batch', 'batches', 'cargo', 'load',
  'crates', 'boxes', 'million', 'billion', 'thousand', 'new', 'further', 'fresh', 'large', 'small', 'monthly', 'regular', 'their',
  'its', 'first', 'second', 'guided', 'advanced', 'heavy', 'light', 'anti', '-', 'armour', 'armor', 'tank', 'aircraft', 'long', 'short',
  'range', 'cash', 'cruise', 'ballistic', 'attack', 'suicide', 'explosive', 'sum', 'sums', 'amount', 'amounts', 'smaller', 'larger',
  'single', 'one', 'any', 'way', 'unmanned', 'armed']);
/** Words before the verb that make the handing over unreal or nobody's. */
const IRREAL = new Set(['would', 'could', 'might', 'should', 'if', 'nobody', 'anyone', 'anybody', 'none']);

export interface Transfer {
  /** Token of the verb (where the evidence is told). */
  readonly at: number;
  readonly predicate: Extract<Predicate, 'arms' | 'funds' | 'trains'>;
  readonly giver: Arg;
  readonly receiver: Arg;
}

interface Nouns {
  readonly weaponNouns: ReadonlySet<string>;
  readonly moneyNouns: ReadonlySet<string>;
  /** Verbs that hand something over ("sent", "shipped", "supplied"). */
  readonly supplyVerbs: ReadonlySet<string>;
}

/** What the noun at `k` hands over: weapons, money ("40 million crowns": a sum), or nothing known. */
export function thingAt(tokens: readonly Token[], k: number, nouns: Omit<Nouns, 'supplyVerbs'>): 'arms' | 'funds' | undefined {
  const t = tokens[k]?.text ?? '';
  if (nouns.weaponNouns.has(t)) return 'arms';
  if (nouns.moneyNouns.has(t)) return 'funds';
  // ("40 million crowns", "48 million tals", "$2 million": a sum in any currency)
  const prev = tokens[k - 1]?.text ?? '';
  if ((prev === 'million' || prev === 'billion') && /^\p{Ll}+$/u.test(t) && !QUANTITY.has(t)) return 'funds';
  if ((t === 'million' || t === 'billion') && ['$', '€', '£'].includes(tokens[k - 2]?.text ?? tokens[k - 1]?.text ?? '')) return 'funds';
  return undefined;
}

/** Participles a handing-over noun takes before its giver: "payments made by X to Y". */
const NOMINAL_MADE = new Set(['made', 'sent', 'wired', 'paid', 'channelled', 'channeled', 'routed']);
/** Participles of giving a service: "training was provided (given, offered) by X to Y". */
const GIVEN = new Set(['provided', 'given', 'offered']);

/** Participles of making: "drones assembled (made, built) by X". */
const MADE = new Set(['assembled', 'made', 'built', 'produced', 'manufactured', 'designed', 'modified']);

/** Auxiliaries of a passive ("are armed with"). */
const AUX = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const DETERMINERS = new Set(['their', 'its', 'his', 'her', 'the', 'these', 'those']);

/** The end of the handed-over phrase starting at `k` and its kind, when it is one. */
function handedOver(tokens: readonly Token[], k: number, nouns: Nouns, args: readonly Arg[]): { kind: 'arms' | 'funds'; end: number } | undefined {
  let kind: 'arms' | 'funds' | undefined;
  let j = k;
  for (; j < Math.min(tokens.length, k + 9); j++) {
    const t = tokens[j]!.text;
    // ("hands the Brigades their drones": a possessive before the things is no actor in the way)
    const determiner = !kind && DETERMINERS.has(t);
    if (CLAUSE_END.has(t) || t === ',' || (!determiner && args.some((a) => a.t0 === j))) break;
    const thing = thingAt(tokens, j, nouns);
    if (thing) {
      kind ??= thing;
      continue;
    }
    if (kind && (t === 'and' || t === 'or') && thingAt(tokens, j + 1, nouns)) continue;
    if (kind) break;
    if (!determiner && !QUANTITY.has(t) && !/^[\d.,]+$/.test(t) && !['$', '€', '£'].includes(t)) return undefined;
  }
  return kind ? { kind, end: j } : undefined;
}

/** Nouns of handing over that take "of" what and "to" whom. */
const DELIVERY_NOUNS = new Set(['deliveries', 'delivery', 'shipments', 'shipment', 'transfers', 'transfer', 'sales', 'sale']);

/**
 * Who receives, from `k` on: a name ("to the Brigades"), or "its proxies (in Sulvane), the X and
 * the Y": the names a described receiver is set beside.
 */
function receiversAt(tokens: readonly Token[], args: readonly Arg[], k: number): Arg[] {
  const first = argAt(tokens, args, k);
  if (!['its', 'their', 'his', 'her'].includes(tokens[k]?.text ?? '')) return first ? [first] : [];
  const fallback = first && !first.pronoun ? [first] : [];
  let j = k + 1;
  while (j < k + 6 && /^\p{Ll}+$/u.test(tokens[j]?.text ?? '') && tokens[j]!.text !== 'in') j++;
  // ("its proxies in Sulvane, ...": past where they are)
  if (tokens[j]?.text === 'in') {
    j++;
    if (tokens[j]?.text === 'the') j++;
    while (tokens[j]?.cap && /^\p{L}+$/u.test(tokens[j]!.text)) j++;
  }
  if (tokens[j]?.text !== ',') return fallback;
  const out: Arg[] = [];
  let at = j + 1;
  for (;;) {
    const a = argAt(tokens, args, at);
    if (!a) break;
    out.push(a);
    const sep = tokens[a.t1]?.text;
    if (sep === 'and' || (sep === ',' && tokens[a.t1 + 1]?.text === 'and')) at = a.t1 + (sep === 'and' ? 1 : 2);
    else if (sep === ',') at = a.t1 + 1;
    else break;
  }
  return out.length ? out : fallback;
}

/** The arg starting at `k` (past "the"); of "X's Y", Y ("by Varnia's Lantern Force": the Force). */
function argAt(tokens: readonly Token[], args: readonly Arg[], k: number): Arg | undefined {
  const a = args.find((x) => x.t0 === k || (x.t0 === k + 1 && tokens[k]?.text === 'the'));
  const at = a ? afterPossessive(tokens, a.t1) : -1;
  return at > 0 ? args.find((x) => x.t0 === at) ?? a : a;
}

/** The kind of thing a relative clause's verb at `k` hands over, named before it: "every rifle (that) we have given". */
function relativeThing(tokens: readonly Token[], k: number, nouns: Omit<Nouns, 'supplyVerbs'>): 'arms' | 'funds' | undefined {
  let j = k - 1;
  if (['have', 'has', 'had'].includes(tokens[j]?.text ?? '')) j--;
  // (the relative clause's subject: one or two words, "we", "Varnia", "the Corps")
  const subjEnd = j;
  while (j > subjEnd - 5 && j > 0 && !thingAt(tokens, j, nouns) && !['that', 'which'].includes(tokens[j]!.text)) j--;
  if (j === subjEnd) return undefined;
  if (['that', 'which'].includes(tokens[j]?.text ?? '')) j--;
  return thingAt(tokens, j, nouns);
}

/** Receivers at `k`: a name, or "our brothers [in X and Y]" (the names in the bracket). */
function bracketedReceivers(tokens: readonly Token[], args: readonly Arg[], k: number): Arg[] {
  const first = argAt(tokens, args, k);
  if (first && !first.pronoun) return [first];
  let j = k;
  while (j < k + 4 && tokens[j] && tokens[j]!.text !== '[') j++;
  if (tokens[j]?.text !== '[') return first ? [first] : [];
  const close = tokens.findIndex((t, i) => i > j && t.text === ']');
  return close > 0 ? args.filter((a) => a.t0 > j && a.t1 <= close && !a.pronoun) : [];
}

/**
 * Deliveries of weapons or money in one sentence. `giverBefore(k)` finds the subject of the verb
 * at `k` the way the sentence's other cues do.
 * @example "Varnia sent the Front a shipment of rockets" -> varnia arms the Front
 */
export function transfers(tokens: readonly Token[], args: readonly Arg[], nouns: Nouns, giverBefore: (k: number) => Arg | undefined): Transfer[] {
  const out: Transfer[] = [];
  const actor = (a: Arg | undefined): a is Arg => a !== undefined && isOrgLike(a.type) || a?.type === 'person';
  for (let k = 0; k < tokens.length; k++) {
    const v = tokens[k]!.text;
    // "the Front's drones came from his corps": X's weapons coming from Y.
    if ((v === 'came' || v === 'come' || v === 'comes') && tokens[k + 1]?.text === 'from') {
      const kind = thingAt(tokens, k - 1, nouns);
      const giver = argAt(tokens, args, k + 2);
      const ownerEnd = tokens[k - 2]?.text === 's' && tokens[k - 3]?.text === "'" ? k - 3 : tokens[k - 2]?.text === "'" ? k - 2 : -1;
      const owner = ownerEnd > 0 ? args.find((a) => a.t1 === ownerEnd) : undefined;
      if (kind && actor(giver) && actor(owner) && giver.type !== 'place') out.push({ at: k, predicate: kind, giver, receiver: owner });
      continue;
    }
    // "(is accelerating) deliveries of drones to the Brigades", "Varnia's shipments of rifles to
    // its proxies, X and Y": a noun of delivery with what and to whom.
    if (DELIVERY_NOUNS.has(v) && tokens[k + 1]?.text === 'of') {
      const thing = handedOver(tokens, k + 2, nouns, args);
      if (!thing || tokens[thing.end]?.text !== 'to') continue;
      const own = tokens[k - 1]?.text === 's' && tokens[k - 2]?.text === "'" ? k - 2 : tokens[k - 1]?.text === "'" ? k - 1 : -1;
      const giver = own > 0 ? args.find((a) => a.t1 === own) : giverBefore(k);
      if (!actor(giver) || giver.type === 'place') continue;
      for (const receiver of receiversAt(tokens, args, thing.end + 1)) if (actor(receiver) && receiver.type !== 'place') out.push({ at: k, predicate: thing.kind, giver, receiver });
      continue;
    }
    // "(is) armed with Varnian rifles", "equipped with Ostravan drones": the state whose weapons they are arms the one armed.
    if ((v === 'armed' || v === 'equipped') && tokens[k + 1]?.text === 'with') {
      const maker = args.find((a) => a.t0 === k + 2 && a.type === 'state' && !a.pronoun);
      const thing = maker ? handedOver(tokens, maker.t1, nouns, args) : undefined;
      // (the one armed is the passive's subject: "are trained by Varnian instructors and armed with ...")
      let aux = k - 1;
      while (aux > 0 && aux > k - 14 && !AUX.has(tokens[aux]!.text) && !CLAUSE_END.has(tokens[aux]!.text)) aux--;
      const receiver = maker && thing?.kind === 'arms' ? giverBefore(AUX.has(tokens[aux]?.text ?? '') ? aux : k) : undefined;
      if (maker && receiver && actor(receiver) && receiver.type !== 'place' && receiver.type !== 'state') out.push({ at: k, predicate: 'arms', giver: maker, receiver });
      continue;
    }
    // "Payments made by Korvex to the Foundation", "transfers ... were made by HMF to accounts
    // controlled by the Brigades": things handed over, by whom, to whom.
    if ((NOMINAL_MADE.has(v) || GIVEN.has(v)) && tokens[k + 1]?.text === 'by') {
      let kind: 'arms' | 'funds' | 'trains' | undefined;
      for (let j = k - 1; j >= Math.max(0, k - 8) && !kind; j--) {
        if (CLAUSE_END.has(tokens[j]!.text)) break;
        // ("drone training was provided by X to Y")
        kind = tokens[j]!.text === 'training' && GIVEN.has(v) ? 'trains' : NOMINAL_MADE.has(v) ? thingAt(tokens, j, nouns) : undefined;
      }
      const giver = kind ? argAt(tokens, args, k + 2) : undefined;
      if (!kind || !actor(giver) || giver.type === 'place' || tokens[giver.t1]?.text !== 'to') continue;
      let at = giver.t1 + 1;
      // ("to accounts controlled by the Brigades": whose the accounts are)
      if (/^(?:accounts?|companies|firms|intermediaries)$/.test(tokens[at]?.text ?? '') && /^(?:controlled|held|owned|run)$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === 'by') at += 3;
      const receiver = argAt(tokens, args, at);
      if (actor(receiver) && receiver.type !== 'place') out.push({ at: k, predicate: kind, giver, receiver });
      continue;
    }
    if (!nouns.supplyVerbs.has(v)) continue;
    // ("nobody else would even sell us bullets": no one named hands anything over)
    if (tokens.slice(Math.max(0, k - 4), k).some((t) => IRREAL.has(t.text))) continue;
    // Passive: "had been supplied to the Brigades by X" (what was supplied stands before).
    if (tokens[k + 1]?.text === 'to' && /(?:ed|en|nt)$/.test(v)) {
      const receiver = argAt(tokens, args, k + 2);
      if (!receiver) continue;
      let by = tokens[receiver.t1]?.text === 'by' ? argAt(tokens, args, receiver.t1 + 1) : undefined;
      // ("Drones assembled by Unit 440 were supplied to the ARB": the maker named with the things)
      if (!by) {
        for (let j = k - 1; j >= Math.max(1, k - 8); j--) {
          if (CLAUSE_END.has(tokens[j]!.text)) break;
          if (tokens[j]!.text === 'by' && MADE.has(tokens[j - 1]?.text ?? '') && thingAt(tokens, j - 2, nouns)) {
            by = argAt(tokens, args, j + 1);
            break;
          }
        }
      }
      let kind: 'arms' | 'funds' | undefined;
      for (let j = k - 1; j >= Math.max(0, k - 10) && !kind; j--) {
        if (CLAUSE_END.has(tokens[j]!.text)) break;
        kind = thingAt(tokens, j, nouns);
      }
      if (kind && actor(by) && actor(receiver) && receiver.type !== 'place') out.push({ at: k, predicate: kind, giver: by, receiver });
      continue;
    }
    // "every rifle we have given our brothers [in the Tarrow Brigades and the Qessen Guardians]",
    // "the drones that Varnia sent the Front": the things first, in a relative clause.
    const relThing = relativeThing(tokens, k, nouns);
    if (relThing) {
      const giver = giverBefore(k);
      if (!actor(giver) || giver.type === 'place') continue;
      for (const receiver of bracketedReceivers(tokens, args, k + 1)) if (actor(receiver) && receiver.type !== 'place') out.push({ at: k, predicate: relThing, giver, receiver });
      continue;
    }
    const giver = giverBefore(k);
    if (!actor(giver) || giver.type === 'place') continue;
    // "sent the Brigades a shipment of missiles": the receiver first, then the things. (The things
    // first, "shipped 300 drones to X", is a cue of its own: see supplyHits.)
    const first = argAt(tokens, args, k + 1);
    if (first && first.type !== 'place' && actor(first)) {
      const thing = handedOver(tokens, first.t1, nouns, args);
      if (thing) out.push({ at: k, predicate: thing.kind, giver, receiver: first });
    }
  }
  return out.filter((t) => !t.giver.keys.some((g) => t.receiver.keys.includes(g)));
}
