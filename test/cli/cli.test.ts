// The dossier command as a user runs it: the built CLI in a child process, on a real store file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CLI, EXAMPLES, tempDir } from '../helpers.js';

const dir = tempDir();
const run = (...args: string[]): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('ingest of the examples prints a summary and exits 0; again says nothing is new', () => {
  const db = path.join(dir, 'a.db');
  const first = run('ingest', EXAMPLES, '--db', db);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /^4 new, 0 unchanged, 0 failed/);
  const second = run('ingest', EXAMPLES, '--db', db);
  assert.equal(second.code, 0);
  assert.match(second.out, /0 new, 4 unchanged, 0 failed/);
  assert.match(second.out, /nothing new/);
});

test('a bad file is reported by name with the reason, the rest is ingested, and the exit code is 1', () => {
  const docs = path.join(dir, 'mixed');
  fs.mkdirSync(docs);
  fs.copyFileSync(path.join(EXAMPLES, 'wire-story.md'), path.join(docs, 'good.md'));
  fs.writeFileSync(path.join(docs, 'broken.txt'), new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
  const r = run('ingest', docs, '--db', path.join(dir, 'b.db'), '--json');
  assert.equal(r.code, 1);
  assert.match(r.err, /broken\.txt: binary file/);
  const summary = JSON.parse(r.out) as { new: number; failed: number };
  assert.equal(summary.new, 1);
  assert.equal(summary.failed, 1);
});

test('search prints each hit with its passage and document', () => {
  const db = path.join(dir, 'c.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('search', 'Lenko', '--db', db, '--json');
  assert.equal(r.code, 0, r.err);
  const hits = r.out.trim().split('\n').map((l) => JSON.parse(l) as { docName: string; snippet: string });
  assert.ok(hits.length >= 1);
  assert.ok(hits.every((h) => /«Lenko»/.test(h.snippet)));
  assert.ok(hits.some((h) => h.docName === 'wire-story.md'));
});

test('show prints the segments of a document', () => {
  const db = path.join(dir, 'd.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('show', 'varnia-dispatch.txt', '--db', db, '--json');
  assert.equal(r.code, 0, r.err);
  const d = JSON.parse(r.out) as { published: string; number: string; blocks: { kind: string }[]; footnotes: { outlet: string }[] };
  assert.equal(d.published, '2025-03-12');
  assert.equal(d.number, '4821');
  assert.ok(d.blocks.some((b) => b.kind === 'caption'));
  assert.equal(d.footnotes.length, 6);
  const missing = run('show', 'no-such.txt', '--db', db);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no document 'no-such.txt'/);
});

test('extract prints one contract line per document', () => {
  const r = run('extract', EXAMPLES);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; entities: unknown[]; quotes: unknown[]; relations: unknown[] });
  assert.deepEqual(lines.map((l) => l.doc).sort(), ['interview-transcript.txt', 'saved-page.html', 'varnia-dispatch.txt', 'wire-story.md']);
  for (const l of lines) assert.ok(Array.isArray(l.entities) && Array.isArray(l.quotes) && Array.isArray(l.relations));
});

test('every command explains itself with an example', () => {
  for (const c of ['ingest', 'extract', 'search', 'show', 'status', 'quotes', 'entities', 'entity', 'resolve', 'claims', 'contradictions', 'report', 'export']) {
    const r = run(c, '--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /Examples?:\n\s+\$ dossier /, `${c} --help has an example`);
  }
});

test('quotes filters stored statements by speaker spelling, date and medium', () => {
  const db = path.join(dir, 'q.db');
  run('ingest', EXAMPLES, '--db', db);
  const all = run('quotes', '--db', db, '--json');
  assert.equal(all.code, 0, all.err);
  const rows = all.out.trim().split('\n').map((l) => JSON.parse(l) as { speakerName: string | null; speaker: string; date: string | null; medium: string | null });
  assert.ok(rows.length >= 10);
  const lenko = rows.find((r) => r.speakerName === 'Petar Lenko');
  assert.ok(lenko, 'a speaker in no pack is stored by name');
  const bySpeaker = run('quotes', '--db', db, '--speaker', 'Petar Lenko', '--json');
  const mine = bySpeaker.out.trim().split('\n').map((l) => JSON.parse(l) as { speaker: string });
  assert.ok(mine.length >= 1 && mine.every((r) => r.speaker === lenko.speaker));
  const late = run('quotes', '--db', db, '--from', '2025-03-14', '--json');
  for (const l of late.out.trim().split('\n').filter(Boolean)) assert.ok((JSON.parse(l) as { date: string }).date >= '2025-03-14');
  const bad = run('quotes', '--db', db, '--medium', 'smoke-signal');
  assert.equal(bad.code, 2);
});

test('resolve gives one id to spellings of one actor and new ids to unknown actors', () => {
  const r = run('resolve', 'Haniya', 'Hanieh', "Isma'il Haniyeh", 'Ismail Haniyeh', 'Tomas Brel', 'Tomas Brell', 'Ilse Varga', '--json', '--db', path.join(dir, 'none.db'));
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out) as { name: string; id: string; canonical: string }[];
  assert.deepEqual(new Set(out.slice(0, 4).map((x) => x.id)).size, 1);
  assert.equal(out[4]!.id, out[5]!.id, 'two spellings of one unknown actor');
  assert.notEqual(out[4]!.id, out[6]!.id, 'two different unknown actors');
});

test('entities --explain says why a name resolves as it does', () => {
  const db = path.join(dir, 'x.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('entities', '--db', db, '--explain', 'Qasem Soleimani', '--json');
  assert.equal(r.code, 0, r.err);
  const e = JSON.parse(r.out) as { id: string; why: string[] };
  assert.equal(e.id, 'soleimani');
  assert.ok(e.why.length >= 1);
});

test('pack validate names the file and the entry of each problem, and exits 1', () => {
  const bad = path.join(dir, 'badpack');
  fs.mkdirSync(bad);
  fs.writeFileSync(path.join(bad, 'pack.json'), JSON.stringify({ name: 'bad', version: '0.1.0', files: { actors: ['actors.json'] } }));
  fs.writeFileSync(path.join(bad, 'actors.json'), JSON.stringify({ actors: [{ id: 'volt', type: 'person', name: 'Kasimir Volt', roles: [{ title: 'commander', of: 'no_such_force', start: 'last year' }] }] }));
  const r = run('pack', 'validate', bad, '--json');
  assert.equal(r.code, 1);
  const v = JSON.parse(r.out) as { ok: boolean; errors: string[] };
  assert.equal(v.ok, false);
  assert.ok(v.errors.some((e) => /actors\.json/.test(e) && /volt/.test(e)));
  const good = run('pack', 'validate', path.join(EXAMPLES, '..', '..', 'packs', 'iran'));
  assert.equal(good.code, 0, good.out);
});

test('a STIX bundle exported from one store and ingested with --format stix gives back the same actors and claims', () => {
  const a = path.join(dir, 'stix-a.db');
  const b = path.join(dir, 'stix-b.db');
  const bundle = path.join(dir, 'bundle.json');
  run('--pack', path.join(EXAMPLES, '..', 'pack'), 'ingest', EXAMPLES, '--db', a);
  const exp = run('export', 'stix', '-o', bundle, '--db', a);
  assert.equal(exp.code, 0, exp.err);
  const imp = run('ingest', '--format', 'stix', bundle, '--db', b);
  assert.equal(imp.code, 0, imp.err);
  const claimsOf = (db: string): string[] =>
    run('claims', '--json', '--db', db)
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { subjectName: string; predicate: string; objectName: string; polarity: string })
      .map((c) => `${c.subjectName}|${c.predicate}|${c.objectName}|${c.polarity}`)
      .sort();
  const before = claimsOf(a);
  assert.ok(before.length > 10);
  assert.deepEqual([...new Set(claimsOf(b))], [...new Set(before)]);
});

test('export --format jsonl gives the extraction contract of the stored documents, the same as extract', () => {
  const db = path.join(dir, 'jsonl.db');
  run('ingest', EXAMPLES, '--db', db);
  const stored = run('export', '--format', 'jsonl', '--db', db);
  assert.equal(stored.code, 0, stored.err);
  const fresh = run('extract', EXAMPLES);
  type Line = { doc: string; quotes: { start: number; end: number }[]; relations: unknown[] };
  const byDoc = (out: string): Map<string, Line> => new Map(out.trim().split('\n').map((l) => JSON.parse(l) as Line).map((l) => [l.doc, l]));
  const a = byDoc(stored.out);
  const b = byDoc(fresh.out);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [doc, line] of a) {
    assert.deepEqual(line.quotes.map((q) => [q.start, q.end]).sort(), b.get(doc)!.quotes.map((q) => [q.start, q.end]).sort(), doc);
    assert.equal(line.relations.length, b.get(doc)!.relations.length, doc);
  }
});

test('report takes --actor and --query as the issue spells them', () => {
  const db = path.join(dir, 'rep.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('report', '--actor', 'Petar Lenko', '--query', 'Front', '--format', 'md', '--db', db);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# Dossier report · Petar Lenko · “Front”/);
  assert.match(r.out, /\[\^1\]: /);
});

test('a report says a passage once: a heading that repeats the body is left out', () => {
  const db = path.join(dir, 'rep2.db');
  run('ingest', EXAMPLES, '--db', db);
  const r = run('report', 'Aurel Dravan', '--format', 'md', '--db', db);
  assert.equal(r.code, 0, r.err);
  assert.doesNotMatch(r.out, /^> The Young Men Of The Valley Do Not Wait/m);
  assert.match(r.out, /The young men of the valley do not wait for permission from anyone/);
});

test('ingest in worker threads stores the same documents, statements and claims, in the same order, as in one thread', () => {
  const docs = path.join(dir, 'many');
  fs.mkdirSync(docs);
  const names = fs.readdirSync(EXAMPLES).filter((f) => /\.(txt|md|html)$/.test(f));
  for (let i = 0; i < 3; i++) for (const n of names) fs.writeFileSync(path.join(docs, `${i}-${n}`), fs.readFileSync(path.join(EXAMPLES, n), 'utf8') + `\n\nCopy ${i}.\n`);
  const dump = (db: string): string[] =>
    run('export', 'jsonl', '--db', db).out.trim().split('\n').map((l) => {
      const o = JSON.parse(l) as { doc: string; quotes: unknown[]; relations: unknown[] };
      return `${o.doc} ${JSON.stringify(o.quotes)} ${JSON.stringify(o.relations)}`;
    });
  const one = path.join(dir, 'jobs1.db');
  const two = path.join(dir, 'jobs2.db');
  assert.equal(run('ingest', docs, '--jobs', '1', '--db', one).code, 0);
  const r = run('ingest', docs, '--jobs', '2', '--db', two, '--json');
  assert.equal(r.code, 0, r.err);
  assert.equal((JSON.parse(r.out) as { new: number }).new, 12);
  assert.deepEqual(dump(two), dump(one));
  const again = run('ingest', docs, '--jobs', '2', '--db', two, '--json');
  assert.equal((JSON.parse(again.out) as { unchanged: number }).unchanged, 12);
});

test('extract and ingest carry a capital one document shows to the others of the run ("commanded from Halvane" is Ostrevia)', () => {
  const docs = path.join(dir, 'seats');
  fs.mkdirSync(docs);
  fs.writeFileSync(path.join(docs, 'a-note.txt'), "Talks in the north\n\nIn Halvane, Ostrevia's foreign minister, Ravel Dusk, said on Monday that the talks would go on.\n");
  fs.writeFileSync(path.join(docs, 'b-brief.txt'), "The Marsh Brigades\n\nOstrevia's foreign ministry denies any role. The Marsh Brigades are paid, armed and commanded from Halvane, the monitors say.\n");
  const r = run('extract', docs);
  assert.equal(r.code, 0, r.err);
  const b = r.out.trim().split('\n').map((l) => JSON.parse(l) as { doc: string; entities: { id: string; name: string }[]; relations: { s: string; p: string; o: string }[] }).find((d) => d.doc === 'b-brief.txt')!;
  const name = (id: string): string | undefined => b.entities.find((e) => e.id === id)?.name;
  const got = b.relations.map((x) => `${name(x.s)} ${x.p} ${name(x.o)}`);
  assert.ok(got.includes('Ostrevia arms Marsh Brigades'), JSON.stringify(got));
  // the same through the store
  const db = path.join(dir, 'seats.db');
  assert.equal(run('ingest', docs, '--db', db).code, 0);
  const claims = run('claims', '--predicate', 'arms', '--json', '--db', db);
  assert.match(claims.out, /Ostrevia/, claims.out + claims.err);
});
