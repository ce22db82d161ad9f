// The whole flow of a document, composed from the stages in order. Order here matters:
// each stage reads only what the stages before it produced (see docs/ARCHITECTURE.md).
//
//   read -> normalize -> segment -> quotes -> mentions -> attribute -> claims -> entities
import { attribute, lexiconFrom } from './attribute/index.js';
import { extractClaims, tagThemes } from './claims/index.js';
import { defaultGrade } from './claims/grade.js';
import { acronymReferences, buildMatcher, capitalReferences, firmReferences, findMentions, headReferences, leadWordReferences, locatedGroups, roleReferences, seatsShown, surnameReferences, type Matcher } from './mentions/index.js';
import { normalize } from './normalize/index.js';
import { mergeLexicons } from './pack/index.js';
import type { Pack, PackActor } from './pack/types.js';
import { findQuotes } from './quotes/index.js';
import { findPublisher } from './resolve/publisher.js';
import { followShortenedPhrases } from './resolve/shortened.js';
import { segment } from './segment/index.js';
import { nameKey } from './resolve/name-key.js';
import type { ActorType, DocResult, Entity, Grade, Medium, Mention, RawDoc, Seat, Span } from './types.js';

/** How a demonym ends ("Velonhari", "Kestrian", "Taluvese"): a state's name that ends so is its adjective. */
const DEMONYM_END = /(?:i|an|ese|ish|ic)$/;

export interface PipelineOptions {
  readonly packs: readonly Pack[];
  /** Entity key or name of the publisher when the documents do not say (`--publisher`). */
  readonly publisher?: string;
  /** When given, milliseconds spent per stage are added here (for the benchmark). */
  readonly times?: StageTimes;
}

export type StageTimes = Partial<
  Record<'normalize' | 'segment' | 'quotes' | 'mentions' | 'attribute' | 'claims' | 'entities' | 'store', number>
>;

/** What the other documents of a run tell the pipeline about one of them. */
export interface RunHints {
  /** Cities other documents showed to be states' seats (see src/run). */
  readonly seats?: ReadonlyMap<string, Seat>;
  /** The publisher the other documents of the run name, for a document that names none (see src/run). */
  readonly publisher?: string;
}

export interface Pipeline {
  process(doc: RawDoc, hints?: RunHints): DocResult;
  /**
   * The result with its publisher (the unknown one, for a document that names none) replaced by
   * the one named: claims, chains, grades, statements and entities follow, without extracting again.
   */
  withPublisher(result: DocResult, name: string): DocResult;
  /** The matcher (and its resolver) built from the packs, for names already in a store. */
  readonly matcher: Matcher;
}

/**
 * Within one document a surname alone names the person it names in full elsewhere in it
 * ("Supreme Guide Dravan" ... "Aurel Dravan"), before or after: the short key maps to the
 * full one. Only for actors in no pack (pack actors resolve by their aliases), and only when
 * one full name in the document has that surname.
 */
function surnamesOf(mentions: readonly Mention[]): Map<string, string> {
  const map = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.key.startsWith('x:')) continue;
    const words = m.surface.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length < 2) continue;
    const short = `x:${nameKey(words[words.length - 1]!)}`;
    if (short === m.key) continue;
    const prev = map.get(short);
    map.set(short, prev === undefined || prev === m.key ? m.key : null);
  }
  const out = new Map<string, string>();
  for (const [k, v] of map) if (v) out.set(k, v);
  return out;
}

/**
 * Keys of actors in no pack written only as one word ("Ferrant") mapped to the one actor in the
 * document written in full with that last word ("Milos Ferrant").
 */
function shortNames(surfaces: ReadonlyMap<string, ReadonlySet<string>>, typeOf: (key: string) => ActorType | undefined): Map<string, string> {
  const full = new Map<string, string | null>();
  // (persons only: "Seroth" is no short name of "Radio Seroth")
  const personLike = (k: string): boolean => { const t = typeOf(k); return t === undefined || t === 'person'; };
  for (const [key, names] of surfaces) {
    if (!key.startsWith('x:') || !personLike(key)) continue;
    for (const n of names) {
      const words = n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (words.length < 2 || words.length !== n.split(/\s+/).length) continue;
      const k = `x:${nameKey(words[words.length - 1]!)}`;
      if (k === key) continue;
      const prev = full.get(k);
      full.set(k, prev === undefined || prev === key ? key : null);
    }
  }
  const out = new Map<string, string>();
  for (const [k, v] of full) if (v && surfaces.has(k) && personLike(k)) out.set(k, v);
  return out;
}

/** Builds the pipeline once (compiling the packs' matchers) and runs it per document. */
export function createPipeline(opts: PipelineOptions): Pipeline {
  const times = opts.times;
  const stage = <T>(name: keyof StageTimes, f: () => T): T => {
    if (!times) return f();
    const t0 = process.hrtime.bigint();
    const v = f();
    times[name] = (times[name] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e6;
    return v;
  };
  const matcher = buildMatcher(opts.packs);
  const resolver = matcher.resolver;
  const lexicons = mergeLexicons(opts.packs.map((p) => p.lexicons));
  const attributionLexicon = lexiconFrom(lexicons);
  const actors = new Map<string, PackActor>(opts.packs.flatMap((p) => p.actors.map((a) => [a.id, a] as const)));
  const gradeOf = (key: string): Grade | undefined => actors.get(key)?.grade;
  const outletMedium = (key: string): Medium | undefined => actors.get(key)?.medium;
  const keyOfName = (name: string): string | undefined => {
    const key = resolver.resolve(name).key;
    return actors.has(key) ? key : undefined;
  };

  return {
    matcher,
    withPublisher(r: DocResult, name: string): DocResult {
      const key = resolver.resolve(name, { type: 'organization' }).key;
      const from = r.publisher;
      if (key === from) return r;
      const swap = (k: string): string => (k === from ? key : k);
      const claims = r.claims.map((c) => {
        const chain = c.chain.map(swap);
        return { ...c, subject: swap(c.subject), object: swap(c.object), claimant: swap(c.claimant), chain, grade: defaultGrade(chain, gradeOf) };
      });
      const statements = r.statements.map((st) => ({
        ...st,
        speaker: st.speaker && swap(st.speaker),
        ...(st.cited ? { cited: swap(st.cited) } : {}),
        ...(st.addressee ? { addressee: swap(st.addressee) } : {}),
      }));
      const a = actors.get(key);
      const own = r.entities.find((e) => e.key === key) ?? { key, name: a?.name ?? name, type: a?.type ?? 'organization', aliases: a?.aliases ?? [], written: [] };
      const entities = [...r.entities.filter((e) => e.key !== from && e.key !== key), own];
      return { ...r, publisher: key, claims, statements, entities };
    },
    process(doc: RawDoc, hints: RunHints = {}): DocResult {
      const { text } = doc;
      const norm = stage('normalize', () => normalize(text));
      const seg = stage('segment', () => segment(text, doc.meta));
      const published = seg.published ?? seg.refDate;
      const dated = published ? { published } : {};
      const quotes = stage('quotes', () => findQuotes(text, seg, attributionLexicon));
      const named = stage('mentions', () => roleReferences(text, locatedGroups(text, leadWordReferences(text, headReferences(text, firmReferences(text, acronymReferences(text, findMentions(text, norm, matcher, dated))))))));
      const found = stage('mentions', () => surnameReferences(capitalReferences(text, named, hints.seats)));
      const seats = seatsShown(text, named);
      const local = surnamesOf(found);
      const mentions = followShortenedPhrases(found.map((m) => (local.has(m.key) ? { ...m, key: local.get(m.key)! } : m)));

      // Every surface form an entity was written in, for its aliases.
      const surfaces = new Map<string, Set<string>>();
      const note = (key: string, name: string): void => {
        let s = surfaces.get(key);
        if (!s) surfaces.set(key, (s = new Set()));
        // (a name wrapped over two lines is one name: "Eastern Gate\n  Brigades"; a possessive ending is no part of it: "the Brigades' leader")
        s.add(name.replace(/\s+/g, ' ').replace(/(?<=\p{L})['’]s?$/u, ''));
      };
      for (const m of mentions) note(m.key, m.surface);
      const publisher = findPublisher(doc, seg, opts.packs, resolver, opts.publisher ?? hints.publisher, mentions);
      note(publisher.key, publisher.name);
      const resolve = (name: string, _span: Span): string => {
        const r = resolver.resolve(name, published ? { date: published } : {});
        const key = local.get(r.key) ?? r.key;
        note(key, name);
        return key;
      };
      const attributed = stage('attribute', () =>
        attribute(text, seg, quotes, mentions, { ...dated, publisher: publisher.key, resolve, lexicon: attributionLexicon, outletMedium }),
      );
      // Names the attribute stage read itself: a surname alone is the full name written elsewhere.
      const typeOfKey = new Map<string, ActorType>();
      for (const m of mentions) if (!typeOfKey.has(m.key)) typeOfKey.set(m.key, m.type);
      const short = shortNames(surfaces, (k) => typeOfKey.get(k));
      for (const [from, to] of short) for (const n of surfaces.get(from) ?? []) note(to, n);
      const re = (k: string | undefined): string | undefined => (k === undefined ? k : (short.get(k) ?? k));
      const statements = short.size
        ? attributed.map((st) => ({ ...st, speaker: st.speaker && re(st.speaker)!, ...(st.cited ? { cited: re(st.cited)! } : {}), ...(st.addressee ? { addressee: re(st.addressee)! } : {}) }))
        : attributed;
      const claims = stage('claims', () =>
        extractClaims(text, seg, mentions, statements, { publisher: publisher.key, ...dated, lexicons, gradeOf, actorOf: (k: string) => actors.get(k), keyOfName }),
      );
      const themes = stage('claims', () => tagThemes(text, statements, lexicons));

      const entities = stage('entities', () => {
        const keys = new Set<string>([publisher.key]);
        for (const s of statements) for (const k of [s.speaker, s.cited, s.addressee]) if (k) keys.add(k);
        for (const c of claims) for (const k of [c.subject, c.object, c.claimant, ...c.chain]) keys.add(k);
        for (const m of mentions) keys.add(m.key);
        return [...keys].map((key): Entity => {
          const a = actors.get(key);
          // ("The participants" is the collective "participants": an article is no part of a name.)
          const seen = [...(surfaces.get(key) ?? [])];
          const bare = key.startsWith('x:') ? seen.map((n) => n.replace(/^the\s+/i, '')) : [];
          const written = [...new Set([...bare, ...seen])].sort((x, y) => y.length - x.length);
          const type = a?.type ?? mentions.find((m) => m.key === key)?.type ?? 'person';
          // (a state in no pack is named by its name, not by a demonym or its capital: "Velonhar",
          // not "Velonhari" or "Istrenne")
          const seats = type === 'state' ? new Set(mentions.filter((m) => m.key === key && m.source === 'seat').map((m) => m.surface)) : new Set<string>();
          // ("Karvania" beside "Karvan": the longer one is the name when it does not end as a demonym does)
          const proper = type === 'state' ? bare.filter((n) => !seats.has(n) && !(DEMONYM_END.test(n) && bare.some((o) => o.length < n.length && o.length >= 4 && n.startsWith(o.slice(0, -1))))) : bare;
          // (a person is named by a name, not by a role phrase: "Barsel Iyorin", not "commander of its Vanguard Corps")
          const personal = type === 'person' ? proper.filter((n) => !/['’]s\b/.test(n) && n.split(/\s+/).every((w) => /^(?:\p{Lu}|al-|el-|bin\b|ibn\b|de\b|van\b|von\b|da\b|abu\b)/u.test(w))) : [];
          const named = personal.length ? personal : proper.length ? proper : bare;
          const name = a?.name ?? (named.length ? [...named].sort((x, y) => y.length - x.length)[0] : written[0]) ?? key.replace(/^x:/, '');
          const aliases = [...new Set([...(a?.aliases ?? []), ...written])].filter((n) => n !== name);
          return { key, name, type, aliases, written: written.filter((n) => n !== name) };
        });
      });
      return { doc, seg, publisher: publisher.key, quotes, mentions, statements, claims, themes, entities, seats };
    },
  };
}
