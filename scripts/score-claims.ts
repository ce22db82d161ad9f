// score-claims: runs read -> segment -> mentions -> quotes -> attribute -> extractClaims over a
// corpus folder and prints the extraction contract's JSONL, for ../shared/eval/score.mjs.
//   npx tsx scripts/score-claims.ts [DOCS_DIR] [--publisher KEY] [--pack DIR] > /tmp/c.jsonl
//   node ../shared/eval/score.mjs --gold ../shared/eval/gold --docs ../shared/corpus --pred /tmp/c.jsonl
// Mentions come from the built-in pack (plus --pack dirs); entities print every name and alias
// the pack knows, and every surface form the document wrote, so the scorer can match by name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { attribute } from '../src/attribute/index.js';
import { extractClaims, tagThemes } from '../src/claims/index.js';
import { toContract } from '../src/export/contract.js';
import { buildMatcher, findMentions } from '../src/mentions/index.js';
import { normalize } from '../src/normalize/index.js';
import { loadPacks } from '../src/pack/index.js';
import { findQuotes } from '../src/quotes/index.js';
import { segment } from '../src/segment/index.js';
import type { DocResult, Entity, Grade, RawDoc, Span } from '../src/types.js';

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dir = argv[0] && !argv[0].startsWith('--') ? argv[0] : path.resolve(import.meta.dirname, '../../shared/corpus');
const extraPacks = argv.flatMap((a, i) => (argv[i - 1] === '--pack' ? [a] : []));
const packs = loadPacks(extraPacks);
const matcher = buildMatcher(packs);
const lexicons = packs[packs.length - 1]!.lexicons;
const actors = new Map(packs.flatMap((p) => p.actors.map((a) => [a.id, a] as const)));
const gradeOf = (key: string): Grade | undefined => actors.get(key)?.grade;
const publisherOpt = opt('--publisher');

for (const file of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  let text = readFileSync(path.join(dir, file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const seg = segment(text);
  const published = seg.published ?? seg.refDate;
  const mentions = findMentions(text, normalize(text), matcher, published ? { published } : {});
  const surfaces = new Map<string, Set<string>>();
  const note = (key: string, name: string): void => {
    let s = surfaces.get(key);
    if (!s) surfaces.set(key, (s = new Set()));
    s.add(name);
  };
  for (const m of mentions) note(m.key, m.surface);
  const resolve = (name: string, _span: Span): string => {
    const r = matcher.resolver.resolve(name, published ? { date: published } : {});
    note(r.key, name);
    return r.key;
  };
  const publisher = publisherOpt ?? (/\bMEMRI\b|Special Dispatch/.test(text) ? 'memri' : 'x:publisher');
  const quotes = findQuotes(text, seg);
  const statements = attribute(text, seg, quotes, mentions, { ...(published ? { published } : {}), publisher, resolve });
  const claims = extractClaims(text, seg, mentions, statements, { publisher, ...(published ? { published } : {}), lexicons, gradeOf, actorOf: (k: string) => actors.get(k) });
  const themes = tagThemes(text, statements, lexicons);
  const keys = new Set<string>([publisher, ...mentions.map((m) => m.key)]);
  for (const s of statements) for (const k of [s.speaker, s.cited]) if (k) keys.add(k);
  for (const c of claims) for (const k of [c.subject, c.object, c.claimant, ...c.chain]) keys.add(k);
  const entities: Entity[] = [...keys].map((key) => {
    const a = actors.get(key);
    const written = [...(surfaces.get(key) ?? [])];
    const name = a?.name ?? written[0] ?? key.replace(/^x:/, '');
    return { key, name, type: a?.type ?? 'organization', aliases: [...new Set([...(a?.aliases ?? []), ...written])] };
  });
  const doc: RawDoc = { name: file, origin: path.join(dir, file), mediaType: 'text/plain', raw: text, text, hash: '', meta: {} };
  const result: DocResult = { doc, seg, publisher, quotes, mentions, statements, claims, themes, entities };
  process.stdout.write(`${JSON.stringify(toContract(result))}\n`);
}
