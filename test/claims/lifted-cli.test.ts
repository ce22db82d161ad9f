// `dossier contradictions` on two fictional reports: a leader denies his state directs a
// militia; a daily credits a unit commander of that state with directing it. The built CLI
// (npm run build) pairs them through the pack's roles and memberships.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { CLI, repoRoot, tempDir } from '../helpers.js';

const PACK = path.join(repoRoot(), 'examples', 'pack');
const DOCS = path.join(repoRoot(), 'test', 'claims', 'fixtures', 'lifted');
const db = path.join(tempDir(), 'lifted.db');
const run = (...args: string[]): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, [CLI, '--db', db, '--pack', PACK, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const built = fs.existsSync(CLI);

before(() => {
  if (!built) return;
  const r = run('ingest', DOCS);
  assert.equal(r.code, 0, r.err);
});

test('contradictions --json sets a commander\'s claim against his state\'s denial, with the link', { skip: !built && 'npm run build first' }, () => {
  const r = run('contradictions', '--json');
  assert.equal(r.code, 0, r.err);
  const found = r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { subject: string; predicate: string; object: string;
    link?: { text: string }; asserted: { claimant: string }[]; denied: { claimant: string }[] });
  const c = found.find((x) => x.link);
  assert.ok(c, r.out);
  assert.deepEqual([c.subject, c.predicate, c.object], ['varnia', 'directs', 'cbf']);
  assert.equal(c.link!.text, 'volt: commander of lantern_force (since 2020), part of vgc, part of varnia');
  assert.deepEqual([c.asserted[0]!.claimant, c.denied[0]!.claimant], ['beacon', 'dravan']);
});

test('contradictions prints the link beside the pair', { skip: !built && 'npm run build first' }, () => {
  const r = run('contradictions');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Varnia directs Crimson Banner Front {2}\(via volt: commander of lantern_force/);
  assert.match(r.out, /ASSERTED by The Beacon/);
  assert.match(r.out, /DENIED {3}by Aurel Dravan/);
});
