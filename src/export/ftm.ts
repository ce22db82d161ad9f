// FollowTheMoney export: JSON lines of entities (Aleph, OpenAleph, ftm tools), streamed per
// document so memory stays bounded.
//
//   person -> Person        organization, outlet, group -> Organization     state -> PublicBody
//   collective -> LegalEntity        place -> Address        event -> Event
//   document -> Article (title, fileName, publishedAt, sourceUrl)
//   statement -> Note (entity = speaker, description = the exact quote, proof = the Article)
//   actor named in a document -> Mention (document, name, resolved)
//   part_of / leads between legal entities and an organization -> Membership (role = predicate)
//   every other claim -> UnknownLink (subject, object, role = predicate)
// A claim's polarity is its `status` ("asserted" / "denied"), its evidence passage the
// `description`, its source passage `recordId` ("doc.txt#120-164"), its claimant and grade the
// `summary`. Ids are stable hashes of the same keys as the STIX export.
import type { Writable } from 'node:stream';
import type { ActorType, Predicate } from '../types.js';
import type { ClaimRow, DocumentRow, EntityRow, StatementRow, Store } from '../store/types.js';
import { indexDocuments } from './docs.js';
import { put } from './sink.js';
import { stableHash } from './stix-ids.js';

export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

export const FTM_SCHEMA: Readonly<Record<ActorType, string>> = {
  person: 'Person',
  organization: 'Organization',
  outlet: 'Organization',
  group: 'Organization',
  state: 'PublicBody',
  collective: 'LegalEntity',
  place: 'Address',
  event: 'Event',
};

/** Schemas that FtM allows as a Membership's member (LegalEntity and its descendants) and organization. */
const LEGAL = new Set(['Person', 'Organization', 'PublicBody', 'LegalEntity']);
const ORGANIZATION = new Set(['Organization', 'PublicBody']);
const MEMBERSHIP: ReadonlySet<Predicate> = new Set(['part_of', 'leads']);

const id = (kind: string, ...parts: (string | number)[]): string => `dossier-${kind}-${stableHash(kind, ...parts).slice(0, 32)}`;
export const actorFtmId = (key: string): string => id('actor', key);
export const articleFtmId = (d: DocumentRow): string => id('doc', d.hash);

/** Drops empty values so every property carries at least one string. */
function props(p: Record<string, readonly (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, vs] of Object.entries(p)) {
    const kept = vs.filter((v): v is string => typeof v === 'string' && v.length > 0);
    if (kept.length) out[k] = kept;
  }
  return out;
}

const passage = (d: DocumentRow, span: { start: number; end: number }): string => `${d.name}#${span.start}-${span.end}`;
const web = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);

export function actorEntity(e: EntityRow): FtmEntity {
  const schema = FTM_SCHEMA[e.type];
  const aliases = e.aliases.filter((a) => a !== e.name);
  return {
    id: actorFtmId(e.key),
    schema,
    properties: props({ name: [e.name], alias: aliases, ...(schema === 'Address' ? { full: [e.name] } : {}) }),
  };
}

export function articleEntity(d: DocumentRow): FtmEntity {
  return {
    id: articleFtmId(d),
    schema: 'Article',
    properties: props({
      name: [d.title ?? d.name],
      title: [d.title],
      fileName: [d.name],
      mimeType: [d.mediaType],
      publishedAt: [d.published],
      sourceUrl: [web(d.url)],
    }),
  };
}

export function noteEntity(d: DocumentRow, s: StatementRow): FtmEntity {
  return {
    id: id('statement', d.hash, s.span.start, s.span.end),
    schema: 'Note',
    properties: props({
      name: [s.speakerName],
      entity: [s.speaker ? actorFtmId(s.speaker) : null],
      description: [s.text],
      proof: [articleFtmId(d)],
      sourceUrl: [web(d.url)],
    }),
  };
}

export function claimEntity(d: DocumentRow, c: ClaimRow, schemaOf: (key: string) => string | undefined): FtmEntity {
  const sub = schemaOf(c.subject);
  const obj = schemaOf(c.object);
  const membership = MEMBERSHIP.has(c.predicate) && sub !== undefined && LEGAL.has(sub) && obj !== undefined && ORGANIZATION.has(obj);
  const common = {
    role: [c.predicate],
    status: [c.polarity],
    description: [c.evidenceText],
    date: [c.date],
    recordId: [passage(d, c.evidence)],
    summary: [`claimed by ${c.claimantName} (${c.grade.reliability}${c.grade.credibility})`],
    sourceUrl: [web(d.url)],
  };
  const key = [d.hash, c.subject, c.predicate, c.object, c.polarity, c.claimant, c.evidence.start, c.evidence.end] as const;
  return membership
    ? {
        id: id('claim', ...key),
        schema: 'Membership',
        properties: props({ member: [actorFtmId(c.subject)], organization: [actorFtmId(c.object)], ...common }),
      }
    : {
        id: id('claim', ...key),
        schema: 'UnknownLink',
        properties: props({ subject: [actorFtmId(c.subject)], object: [actorFtmId(c.object)], ...common }),
      };
}

/**
 * Writes the store as FollowTheMoney entities, one JSON object a line, to `out` (not ended).
 * Example: `await exportFtm(store, fs.createWriteStream('dossier.ftm.jsonl'))`, then `ftm store write`.
 */
export async function exportFtm(store: Store, out: Writable): Promise<{ entities: number }> {
  let n = 0;
  const emit = async (e: FtmEntity): Promise<void> => {
    await put(out, `${JSON.stringify(e)}\n`);
    n++;
  };
  const actors = new Map<string, { name: string; schema: string }>();
  for (const e of store.entities()) {
    const x = actorEntity(e);
    actors.set(e.key, { name: e.name, schema: x.schema });
    await emit(x);
  }
  const schemaOf = (key: string): string | undefined => actors.get(key)?.schema;
  for (const d of indexDocuments(store).values()) {
    await emit(articleEntity(d));
    const named = new Set<string>();
    for (const s of store.statements({ docId: d.id })) {
      if (s.speaker) named.add(s.speaker);
      await emit(noteEntity(d, s));
    }
    for (const c of store.claims({ docId: d.id })) {
      named.add(c.subject).add(c.object).add(c.claimant);
      await emit(claimEntity(d, c, schemaOf));
    }
    for (const key of named) {
      const a = actors.get(key);
      if (!a) continue;
      await emit({
        id: id('mention', d.hash, key),
        schema: 'Mention',
        properties: props({
          document: [articleFtmId(d)],
          name: [a.name],
          resolved: [LEGAL.has(a.schema) ? actorFtmId(key) : null],
          detectedSchema: [a.schema],
        }),
      });
    }
  }
  return { entities: n };
}
