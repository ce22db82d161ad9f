// STIX 2.1 export: the store as one bundle, streamed object by object.
//
//   actor (person, organization, state, outlet, collective, place) -> identity
//   actor (group: armed groups, militias)                            -> threat-actor
//   actor (event)                                                    -> incident
//   document                                                         -> report (object_refs: what it contains)
//   statement                                                        -> note (content = the exact quote)
//   claim                                                            -> relationship (description = evidence)
//
// STIX has no vocabulary for "funds", "arms", "praises"...; the standard allows custom
// relationship types (lowercase, hyphenated), so each predicate keeps its own name
// (`part_of` -> "part-of"), except `attacks`, which is the standard "targets".
// Polarity is a label ("asserted" / "denied"); the claimant, grade, hedge and attribution
// chain ride in `x_dossier_*` custom properties so a bundle reads back without loss.
// Ids are UUIDv5 from stable keys (entity key, document hash, spans), so re-exports match.
import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ActorType, Grade, Predicate } from '../types.js';
import type { ClaimRow, DocumentRow, EntityRow, StatementRow, Store } from '../store/types.js';
import { docOf, indexDocuments, type DocIndex } from './docs.js';
import { put } from './sink.js';
import { stixId, uuidv5 } from './stix-ids.js';

export type StixObject = Readonly<Record<string, unknown>> & { readonly type: string; readonly id: string };

/** Predicate -> STIX relationship_type. Only `attacks` has a standard equivalent ("targets"). */
export const RELATIONSHIP_TYPE: Readonly<Record<Predicate, string>> = {
  funds: 'funds',
  arms: 'arms',
  trains: 'trains',
  directs: 'directs',
  founded: 'founded',
  supports: 'supports',
  part_of: 'part-of',
  leads: 'leads',
  praises: 'praises',
  thanks: 'thanks',
  threatens: 'threatens',
  calls_on: 'calls-on',
  meets: 'meets',
  contacts: 'contacts',
  attacks: 'targets',
};

/** STIX relationship_type -> predicate, for reading bundles back; undefined for types Dossier has no predicate for. */
export function predicateOf(relationshipType: string): Predicate | undefined {
  for (const [p, t] of Object.entries(RELATIONSHIP_TYPE)) if (t === relationshipType) return p as Predicate;
  return undefined;
}

/** How an actor type is written: the SDO type and, for identities, its identity_class (and sectors). */
export const SDO_FOR: Readonly<
  Record<ActorType, { readonly type: 'identity' | 'threat-actor' | 'incident'; readonly identityClass?: string; readonly sectors?: readonly string[] }>
> = {
  person: { type: 'identity', identityClass: 'individual' },
  organization: { type: 'identity', identityClass: 'organization' },
  state: { type: 'identity', identityClass: 'organization', sectors: ['government-national'] },
  outlet: { type: 'identity', identityClass: 'organization', sectors: ['communications'] },
  collective: { type: 'identity', identityClass: 'class' },
  // A STIX location needs a country code or region Dossier does not know; a place stays an identity.
  place: { type: 'identity', identityClass: 'unknown' },
  group: { type: 'threat-actor' },
  event: { type: 'incident' },
};

/**
 * Admiralty credibility -> STIX confidence, the "Admiralty Credibility" scale of the STIX 2.1
 * specification (Appendix A): 1 confirmed 90, 2 probably true 70, 3 possibly true 50, 4 doubtful 30,
 * 5 improbable 10, 6 cannot be judged -> no confidence. Reliability (A-F) grades the source, which
 * STIX has no property for: it travels with the credibility in `x_dossier_grade` ("B2").
 */
export function confidenceOf(grade: Grade): number | undefined {
  return ({ 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: undefined } as const)[grade.credibility];
}

/** STIX confidence -> Admiralty credibility, the inverse of the specification's table. */
export function credibilityOf(confidence: number | undefined): Grade['credibility'] {
  if (confidence === undefined) return 6;
  if (confidence >= 80) return 1;
  if (confidence >= 60) return 2;
  if (confidence >= 40) return 3;
  if (confidence >= 20) return 4;
  return 5;
}

/** An ISO date ("2023", "2023-10", "2023-10-07" or a full timestamp) as a STIX timestamp. */
export function stixTime(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01T00:00:00.000Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00.000Z`;
  const t = new Date(date);
  if (Number.isNaN(t.getTime())) throw new Error(`not a date: ${date}`);
  return t.toISOString();
}

const web = (url: string | null): string | undefined => {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
};

/** Key of a document: its content hash, the same in every store that holds it. */
export const reportId = (d: DocumentRow): string => stixId('report', d.hash);
export const actorId = (e: { key: string; type: ActorType }): string => stixId(SDO_FOR[e.type].type, e.key);
export const noteId = (d: DocumentRow, s: StatementRow): string => stixId('note', `${d.hash}|${s.span.start}|${s.span.end}`);
export const relationshipId = (d: DocumentRow, c: ClaimRow): string =>
  stixId(
    'relationship',
    [d.hash, c.subject, c.predicate, c.object, c.polarity, c.claimant, c.evidence.start, c.evidence.end].join('|'),
  );

/** The external reference to a passage of a document: its name, title, span and URL. */
function passageRef(d: DocumentRow, span?: { start: number; end: number }): Record<string, string> {
  const url = web(d.url);
  return {
    source_name: 'dossier',
    external_id: span ? `${d.name}#${span.start}-${span.end}` : d.name,
    description: d.title ? `${d.name}: ${d.title}` : d.name,
    ...(url ? { url } : {}),
  };
}

const common = (type: string, id: string, created: string): Record<string, string> => ({
  type,
  spec_version: '2.1',
  id,
  created,
  modified: created,
});

export function identityObject(e: EntityRow, created: string): StixObject {
  const sdo = SDO_FOR[e.type];
  const id = actorId(e);
  const aliases = e.aliases.filter((a) => a !== e.name);
  const base = { ...common(sdo.type, id, created), name: e.name, x_dossier_key: e.key, x_dossier_type: e.type };
  if (sdo.type === 'identity') {
    return {
      ...base,
      type: sdo.type,
      id,
      identity_class: sdo.identityClass ?? 'unknown',
      ...(sdo.sectors ? { sectors: [...sdo.sectors] } : {}),
      ...(aliases.length ? { x_dossier_aliases: aliases } : {}),
    };
  }
  if (sdo.type === 'threat-actor') return { ...base, type: sdo.type, id, ...(aliases.length ? { aliases } : {}) };
  return { ...base, type: sdo.type, id, ...(aliases.length ? { x_dossier_aliases: aliases } : {}) };
}

export function noteObject(d: DocumentRow, s: StatementRow, types: ReadonlyMap<string, ActorType>): StixObject {
  const refs: string[] = [];
  const speakerType = s.speaker ? types.get(s.speaker) : undefined;
  if (s.speaker && speakerType) refs.push(actorId({ key: s.speaker, type: speakerType }));
  refs.push(reportId(d));
  const citedType = s.cited ? types.get(s.cited) : undefined;
  return {
    ...common('note', noteId(d, s), d.ingestedAt),
    type: 'note',
    id: noteId(d, s),
    content: s.text,
    ...(s.speakerName ? { authors: [s.speakerName] } : {}),
    object_refs: refs,
    external_references: [passageRef(d, s.span)],
    ...(s.date ? { x_dossier_date: s.date } : {}),
    ...(s.medium ? { x_dossier_medium: s.medium } : {}),
    ...(s.cited && citedType ? { x_dossier_cited_ref: actorId({ key: s.cited, type: citedType }) } : {}),
  };
}

export function relationshipObject(d: DocumentRow, c: ClaimRow, types: ReadonlyMap<string, ActorType>): StixObject {
  const ref = (key: string): string => actorId({ key, type: types.get(key) ?? 'organization' });
  const confidence = confidenceOf(c.grade);
  const id = relationshipId(d, c);
  return {
    ...common('relationship', id, d.ingestedAt),
    type: 'relationship',
    id,
    relationship_type: RELATIONSHIP_TYPE[c.predicate],
    source_ref: ref(c.subject),
    target_ref: ref(c.object),
    description: c.evidenceText,
    labels: [c.polarity],
    ...(confidence !== undefined ? { confidence } : {}),
    external_references: [passageRef(d, c.evidence)],
    x_dossier_claimant_ref: ref(c.claimant),
    x_dossier_grade: `${c.grade.reliability}${c.grade.credibility}`,
    ...(c.chain.length ? { x_dossier_chain_refs: c.chain.map(ref) } : {}),
    ...(c.hedge ? { x_dossier_hedge: c.hedge } : {}),
    ...(c.date ? { x_dossier_date: c.date } : {}),
  };
}

/** The report for a document, referring to the actors, notes and relationships found in it; null when it holds none. */
function reportObject(store: Store, d: DocumentRow, types: ReadonlyMap<string, ActorType>): StixObject | null {
  const refs = new Set<string>();
  const actor = (key: string | null): void => {
    const t = key ? types.get(key) : undefined;
    if (key && t) refs.add(actorId({ key, type: t }));
  };
  for (const s of store.statements({ docId: d.id })) {
    actor(s.speaker);
    actor(s.cited);
    refs.add(noteId(d, s));
  }
  for (const c of store.claims({ docId: d.id })) {
    for (const k of [c.subject, c.object, c.claimant, ...c.chain]) actor(k);
    refs.add(relationshipId(d, c));
  }
  if (!refs.size) return null;
  const id = reportId(d);
  return {
    ...common('report', id, d.ingestedAt),
    type: 'report',
    id,
    name: d.title ?? d.name,
    published: stixTime(d.published ?? d.ingestedAt),
    object_refs: [...refs],
    external_references: [passageRef(d)],
    x_dossier_hash: d.hash,
  };
}

/** The bundle's id: UUIDv5 of the documents' hashes, so the same store gives the same bundle. */
function bundleId(docs: DocIndex): string {
  const h = createHash('sha1');
  for (const d of docs.values()) h.update(d.hash);
  return `bundle--${uuidv5(h.digest('hex'))}`;
}

/**
 * Writes the store as one STIX 2.1 bundle to `out`, an object at a time (bounded memory).
 * Does not end `out`. Example: `await exportStix(store, fs.createWriteStream('dossier.stix.json'))`.
 */
export async function exportStix(store: Store, out: Writable): Promise<{ objects: number }> {
  const docs = indexDocuments(store);
  // Actors exist from the first document that named them: their created time is the store's first ingest.
  let first: string | undefined;
  for (const d of docs.values()) if (!first || d.ingestedAt < first) first = d.ingestedAt;
  const created = first ?? '1970-01-01T00:00:00.000Z';
  const types = new Map<string, ActorType>();
  let n = 0;
  const emit = async (o: StixObject): Promise<void> => {
    await put(out, `${n ? ',' : ',"objects":['}\n${JSON.stringify(o)}`);
    n++;
  };
  // "objects" opens with the first object: a bundle of an empty store has none (the schema wants at least one).
  await put(out, `{"type":"bundle","id":${JSON.stringify(bundleId(docs))}`);
  for (const e of store.entities()) {
    types.set(e.key, e.type);
    await emit(identityObject(e, created));
  }
  for (const d of docs.values()) {
    const r = reportObject(store, d, types);
    if (r) await emit(r);
  }
  for (const s of store.statements()) await emit(noteObject(docOf(docs, s.docId), s, types));
  for (const c of store.claims()) await emit(relationshipObject(docOf(docs, c.docId), c, types));
  await put(out, n ? '\n]}\n' : '}\n');
  return { objects: n };
}
