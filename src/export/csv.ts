// CSV export: statements.csv, actors.csv and claims.csv in a folder, RFC 4180 quoted (fields
// with commas, quotes or line breaks in double quotes, quotes doubled, CRLF line ends), each
// written row by row from the store's streams.
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Store } from '../store/types.js';
import { finish, put } from './sink.js';

export type Cell = string | number | null | undefined;

/** One field, quoted when RFC 4180 requires it. Example: csvField('a "b", c') is '"a ""b"", c"'. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: readonly Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;

export const STATEMENT_COLUMNS = [
  'id', 'document', 'start', 'end', 'speaker_key', 'speaker', 'date', 'medium', 'addressee', 'cited_key', 'cited', 'occasion', 'themes', 'text',
] as const;
export const ACTOR_COLUMNS = ['key', 'name', 'type', 'aliases', 'statements', 'claims_made', 'claims_about'] as const;
export const CLAIM_COLUMNS = [
  'id', 'document', 'subject_key', 'subject', 'predicate', 'object_key', 'object', 'polarity', 'claimant_key', 'claimant',
  'chain', 'hedge', 'date', 'grade', 'evidence_start', 'evidence_end', 'evidence',
] as const;

async function writeStatements(store: Store, out: Writable): Promise<number> {
  await put(out, csvRow(STATEMENT_COLUMNS));
  let n = 0;
  for (const s of store.statements()) {
    await put(out, csvRow([s.id, s.docName, s.span.start, s.span.end, s.speaker, s.speakerName, s.date, s.medium, s.addressee,
      s.cited, s.citedName, s.occasion, s.themes.join('; '), s.text]));
    n++;
  }
  return n;
}

async function writeActors(store: Store, out: Writable): Promise<number> {
  await put(out, csvRow(ACTOR_COLUMNS));
  let n = 0;
  for (const e of store.entities()) {
    await put(out, csvRow([e.key, e.name, e.type, e.aliases.join('; '), e.statements, e.claimsMade, e.claimsAbout]));
    n++;
  }
  return n;
}

async function writeClaims(store: Store, out: Writable): Promise<number> {
  await put(out, csvRow(CLAIM_COLUMNS));
  let n = 0;
  for (const c of store.claims()) {
    await put(out, csvRow([c.id, c.docName, c.subject, c.subjectName, c.predicate, c.object, c.objectName, c.polarity, c.claimant,
      c.claimantName, c.chain.join(' > '), c.hedge, c.date, `${c.grade.reliability}${c.grade.credibility}`, c.evidence.start,
      c.evidence.end, c.evidenceText]));
    n++;
  }
  return n;
}

/** Writes statements.csv, actors.csv and claims.csv into `dir` (created when missing). */
export async function exportCsv(store: Store, dir: string): Promise<{ statements: number; actors: number; claims: number; files: string[] }> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const run = async (name: string, write: (s: Store, o: Writable) => Promise<number>): Promise<number> => {
    const file = path.join(dir, name);
    const out = fs.createWriteStream(file);
    try {
      return await write(store, out);
    } finally {
      await finish(out);
      files.push(file);
    }
  };
  const statements = await run('statements.csv', writeStatements);
  const actors = await run('actors.csv', writeActors);
  const claims = await run('claims.csv', writeClaims);
  return { statements, actors, claims, files };
}
