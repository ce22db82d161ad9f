// Reading a STIX 2.1 bundle back: identities, threat-actors, intrusion-sets, incidents and
// locations become actors; relationships Dossier has a predicate for become claims; notes become
// statements. Each STIX report becomes one document (objects in no report share one document
// named for the bundle file) whose text is the report's name and the passages it carries, so
// every imported claim and statement still points at a span of a stored text, and the store
// takes them through its ordinary `putDocument`. Bundles written by `exportStix` come back whole
// (keys, types, aliases, polarity, claimant, grade, chain, hedge, dates from `x_dossier_*`).
import fs from 'node:fs';
import path from 'node:path';
import { fromText } from '../read/index.js';
import type { Store } from '../store/types.js';
import type { ActorType, Claim, DocResult, Entity, Grade, Medium, Quote, Statement } from '../types.js';
import { credibilityOf, predicateOf } from './stix.js';

type Obj = Readonly<Record<string, unknown>> & { readonly type: string; readonly id: string };

export interface StixImport {
  readonly entities: readonly Entity[];
  readonly claims: readonly Claim[];
  readonly statements: readonly Statement[];
  /** One per STIX report (and one for objects in none), ready for `store.putDocument`. */
  readonly results: readonly DocResult[];
  /** Relationships skipped: a type Dossier has no predicate for, or an end that is not an actor. */
  readonly skipped: number;
}

const ACTOR_TYPES = new Set(['identity', 'threat-actor', 'intrusion-set', 'incident', 'location']);
const ACTOR_TYPE_VALUES: readonly ActorType[] = ['person', 'organization', 'state', 'outlet', 'group', 'place', 'event', 'collective'];
const MEDIA: readonly Medium[] = ['speech', 'post', 'statement', 'letter', 'call', 'interview', 'article', 'broadcast', 'meeting', 'poster', 'chant', 'other'];

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The actor type of a STIX object: Dossier's own when it wrote the bundle, else from the object's type and class. */
function actorType(o: Obj): ActorType {
  const own = str(o.x_dossier_type);
  if (own && (ACTOR_TYPE_VALUES as readonly string[]).includes(own)) return own as ActorType;
  if (o.type === 'threat-actor' || o.type === 'intrusion-set') return 'group';
  if (o.type === 'incident') return 'event';
  if (o.type === 'location') return 'place';
  const sectors = strs(o.sectors);
  switch (o.identity_class) {
    case 'individual':
      return 'person';
    case 'class':
    case 'group':
      return 'collective';
    default:
      return sectors.some((s) => s.startsWith('government')) ? 'state' : 'organization';
  }
}

function gradeOf(o: Obj): Grade {
  const m = /^([A-F])([1-6])$/.exec(str(o.x_dossier_grade) ?? '');
  if (m) return { reliability: m[1] as Grade['reliability'], credibility: Number(m[2]) as Grade['credibility'] };
  return { reliability: 'F', credibility: credibilityOf(typeof o.confidence === 'number' ? o.confidence : undefined) };
}

const dateOnly = (t: string | undefined): string | undefined => (t ? /^\d{4}(-\d{2}(-\d{2})?)?/.exec(t)?.[0] : undefined);

/** Builds one document's text: its title line, then each passage after a blank line, remembering where each went. */
class TextBuilder {
  private text: string;
  readonly title: { start: number; end: number };
  constructor(title: string) {
    this.text = title;
    this.title = { start: 0, end: title.length };
  }
  add(passage: string): { start: number; end: number } {
    this.text += '\n\n';
    const start = this.text.length;
    this.text += passage;
    return { start, end: this.text.length };
  }
  done(): string {
    return `${this.text}\n`;
  }
}

/** Reads a STIX 2.1 bundle (a JSON file) into actors, claims and statements grouped as documents. */
export function ingestStix(file: string): StixImport {
  let bundle: unknown;
  try {
    bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: not a JSON file (${(e as Error).message})`);
  }
  const b = bundle as { type?: unknown; objects?: unknown };
  if (b.type !== 'bundle') throw new Error(`${file}: not a STIX bundle (its "type" is not "bundle")`);
  const objects = (Array.isArray(b.objects) ? b.objects : []).filter(
    (o): o is Obj => typeof o === 'object' && o !== null && typeof (o as Obj).type === 'string' && typeof (o as Obj).id === 'string',
  );
  const byId = new Map(objects.map((o) => [o.id, o]));

  const keyOf = new Map<string, string>();
  const entities: Entity[] = [];
  for (const o of objects) {
    if (!ACTOR_TYPES.has(o.type)) continue;
    const name = str(o.name) ?? o.id;
    const key = str(o.x_dossier_key) ?? `stix:${o.id}`;
    keyOf.set(o.id, key);
    const aliases = [...new Set([...strs(o.aliases), ...strs(o.x_dossier_aliases)])];
    entities.push({ key, name, type: actorType(o), aliases });
  }
  const entityOf = new Map(entities.map((e) => [e.key, e]));

  // Which report holds each object: the first report that refers to it.
  const reportOf = new Map<string, string>();
  const reports = objects.filter((o) => o.type === 'report');
  for (const r of reports) for (const ref of strs(r.object_refs)) if (!reportOf.has(ref)) reportOf.set(ref, r.id);
  const LOOSE = '';
  const groups = new Map<string, { rels: Obj[]; notes: Obj[] }>();
  for (const id of [...reports.map((r) => r.id), LOOSE]) groups.set(id, { rels: [], notes: [] });

  let skipped = 0;
  for (const o of objects) {
    if (o.type === 'relationship') {
      const ok = predicateOf(str(o.relationship_type) ?? '') && keyOf.has(str(o.source_ref) ?? '') && keyOf.has(str(o.target_ref) ?? '');
      if (!ok) {
        skipped++;
        continue;
      }
      groups.get(reportOf.get(o.id) ?? LOOSE)!.rels.push(o);
    } else if (o.type === 'note') {
      const report = strs(o.object_refs).find((r) => byId.get(r)?.type === 'report') ?? reportOf.get(o.id) ?? LOOSE;
      groups.get(groups.has(report) ? report : LOOSE)!.notes.push(o);
    }
  }

  const allClaims: Claim[] = [];
  const allStatements: Statement[] = [];
  const results: DocResult[] = [];
  const base = path.basename(file);
  for (const [reportId, g] of groups) {
    const r = reportId ? byId.get(reportId) : undefined;
    if (!r && !g.rels.length && !g.notes.length && results.length) continue;
    const ext = (r ? (r.external_references as { external_id?: unknown }[] | undefined) : undefined)?.[0];
    const name = str(ext?.external_id) ?? (r ? str(r.name) ?? r.id : base);
    const builder = new TextBuilder(r ? str(r.name) ?? name : base);
    const used = new Set<string>();
    const keyRef = (ref: unknown): string | undefined => {
      const k = keyOf.get(str(ref) ?? '');
      if (k) used.add(k);
      return k;
    };
    const statements: Statement[] = [];
    const quotes: Quote[] = [];
    for (const n of g.notes) {
      const speaker = strs(n.object_refs).map((ref) => keyOf.get(ref)).find((k) => k !== undefined) ?? null;
      if (speaker) used.add(speaker);
      const span = builder.add(str(n.content) ?? '');
      const quote: Quote = { ...span, id: quotes.length, blocks: [], insertions: [], inHeading: false };
      quotes.push(quote);
      const medium = str(n.x_dossier_medium);
      const cited = keyRef(n.x_dossier_cited_ref);
      const date = str(n.x_dossier_date);
      statements.push({
        quote,
        speaker,
        ...(date ? { date } : {}),
        ...(medium && (MEDIA as readonly string[]).includes(medium) ? { medium: medium as Medium } : {}),
        ...(cited ? { cited } : {}),
      });
    }
    const claims: Claim[] = [];
    for (const o of g.rels) {
      const subject = keyRef(o.source_ref)!;
      const object = keyRef(o.target_ref)!;
      const claimant = keyRef(o.x_dossier_claimant_ref) ?? keyRef(o.created_by_ref) ?? 'x:publisher';
      const chain = strs(o.x_dossier_chain_refs).map(keyRef).filter((k): k is string => k !== undefined);
      const hedge = str(o.x_dossier_hedge);
      const date = str(o.x_dossier_date);
      claims.push({
        subject,
        predicate: predicateOf(str(o.relationship_type)!)!,
        object,
        polarity: strs(o.labels).includes('denied') ? 'denied' : 'asserted',
        claimant,
        chain: chain.length ? chain : [claimant],
        ...(hedge ? { hedge } : {}),
        evidence: builder.add(str(o.description) ?? ''),
        ...(date ? { date } : {}),
        grade: gradeOf(o),
      });
    }
    const text = builder.done();
    const published = dateOnly(r ? str(r.published) : undefined);
    // The first document carries every actor, so actors that nothing refers to come in too.
    const docEntities = results.length ? entities.filter((e) => used.has(e.key)) : entities;
    results.push({
      doc: fromText(name, `${path.resolve(file)}#${reportId || 'bundle'}`, text, 'text/plain'),
      seg: { blocks: [], footnotes: [], title: builder.title, ...(published ? { published, refDate: published } : {}) },
      publisher: 'x:publisher',
      quotes,
      mentions: [],
      statements,
      claims,
      themes: [],
      entities: docEntities,
    });
    allClaims.push(...claims);
    allStatements.push(...statements);
  }
  // Claimants that are no actor in the bundle (the default publisher) still need an entity.
  for (const c of allClaims) {
    if (!entityOf.has(c.claimant)) {
      const e: Entity = { key: c.claimant, name: c.claimant.replace(/^x:/, ''), type: 'organization', aliases: [] };
      entityOf.set(e.key, e);
      entities.push(e);
      const first = results[0]!;
      results[0] = { ...first, entities: [...first.entities, e] };
    }
  }
  return { entities, claims: allClaims, statements: allStatements, results, skipped };
}

/** Reads a bundle and writes its documents into the store; returns what came in. */
export function importStix(store: Store, file: string): StixImport & { documents: { new: number; unchanged: number } } {
  const imp = ingestStix(file);
  const documents = { new: 0, unchanged: 0 };
  for (const r of imp.results) documents[store.putDocument(r).outcome]++;
  return { ...imp, documents };
}
