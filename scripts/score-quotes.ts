// score-quotes: runs segment -> findQuotes -> attribute over a corpus folder and prints the
// extraction contract's JSONL (doc, entities, quotes) for ../shared/eval/score.mjs.
//   npx tsx scripts/score-quotes.ts [CORPUS_DIR] > /tmp/q.jsonl
// Speakers are keyed by a simple resolver (the folded surname for personal names); each entity
// prints every form the document wrote it in, so the scorer can match it by name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { attribute } from '../src/attribute/index.js';
import { foldName } from '../src/normalize/index.js';
import { findQuotes } from '../src/quotes/index.js';
import { segment } from '../src/segment/index.js';
import type { Span } from '../src/types.js';

const dir = process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/corpus');

/** A key for a name as written: two or more capitalised words key by the last one (a surname). */
function simpleKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const personal = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w)) && !/\b(?:Department|Forces|Corps|Council|Ministry|Agency|TV|News|Front|Brigades|Movement|Regime|International)\b/.test(name);
  return 'x:' + foldName(personal ? words[words.length - 1]! : name);
}

for (const file of readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).sort()) {
  let text = readFileSync(path.join(dir, file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const seg = segment(text);
  const quotes = findQuotes(text, seg);
  const names = new Map<string, Set<string>>();
  const resolve = (name: string, _span: Span): string => {
    const key = simpleKey(name);
    let set = names.get(key);
    if (!set) names.set(key, (set = new Set()));
    set.add(name);
    return key;
  };
  const statements = attribute(text, seg, quotes, [], { ...(seg.published ? { published: seg.published } : {}), publisher: 'publisher', resolve });
  // Every written form of a speaker: the phrase with its titles, the name, the surname.
  for (const s of statements) {
    if (!s.speaker || !s.speakerSpan) continue;
    const set = names.get(s.speaker);
    if (!set) continue;
    const written = text.slice(s.speakerSpan.start, s.speakerSpan.end).replace(/^(?:the|The)\s+/, '');
    if (written.length < 80) set.add(written);
  }
  const ids = new Map<string, string>();
  const entities = [...names].map(([key, set], i) => {
    ids.set(key, `e${i + 1}`);
    const forms = [...set].sort((a, b) => b.length - a.length);
    const short = new Set(forms);
    for (const f of forms) if (/^(?:\p{Lu}[\p{L}'’\-]*\s+){1,3}\p{Lu}[\p{L}'’\-]*$/u.test(f) && key === simpleKey(f)) short.add(f.split(/\s+/).pop()!);
    return { id: `e${i + 1}`, name: forms[0]!, type: 'actor', aliases: [...short].slice(1) };
  });
  const out = statements.map((s) => ({
    speaker: s.speaker ? ids.get(s.speaker) ?? null : null,
    start: s.quote.start,
    end: s.quote.end,
    date: s.date ?? null,
    medium: s.medium ?? null,
    cited: s.cited ? ids.get(s.cited) ?? null : null,
  }));
  console.log(JSON.stringify({ doc: file, entities, quotes: out }));
}
