// The claim commands as a user runs them: the built CLI (npm run build) in a child process, on a
// temporary store filled by `ingest examples/docs --pack examples/pack`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { CLI, EXAMPLES, repoRoot, tempDir } from '../helpers.js';

const PACK = path.join(repoRoot(), 'examples', 'pack');
const db = path.join(tempDir(), 'claims.db');
const run = (...args: string[]): { code: number | null; out: string; err: string } => {
  const r = spawnSync(process.execPath, [CLI, ...args, '--db', db, '--pack', PACK], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const lines = (out: string): Record<string, unknown>[] =>
  out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

interface ClaimJson {
  id: number;
  subject: string;
  predicate: string;
  object: string;
  polarity: string;
  grade: string;
  evidenceText: string;
}

const built = fs.existsSync(CLI);

before(() => {
  if (!built) return;
  const r = run('ingest', EXAMPLES);
  assert.equal(r.code, 0, r.err);
});

test('claims --subject Varnia --predicate arms --json prints only Varnia arming claims, with evidence', { skip: !built && 'npm run build first' }, () => {
  const r = run('claims', '--subject', 'Varnia', '--predicate', 'arms', '--json');
  assert.equal(r.code, 0, r.err);
  const claims = lines(r.out) as unknown as ClaimJson[];
  assert.ok(claims.length > 0, 'no arming claims about Varnia');
  for (const c of claims) {
    assert.equal(c.subject, 'varnia');
    assert.equal(c.predicate, 'arms');
    assert.ok(c.evidenceText.length > 0);
  }
  assert.ok(claims.some((c) => c.object === 'cbf'), 'Varnia arms the Crimson Banner Front is claimed in the examples');
});

test('contradictions --json pairs the denial that Varnia arms the Front with an assertion of it', { skip: !built && 'npm run build first' }, () => {
  const r = run('contradictions', '--json');
  assert.equal(r.code, 0, r.err);
  const found = lines(r.out) as unknown as { subject: string; predicate: string; object: string; asserted: ClaimJson[]; denied: ClaimJson[] }[];
  const arms = found.find((c) => c.subject === 'varnia' && c.predicate === 'arms' && c.object === 'cbf');
  assert.ok(arms, `no varnia arms cbf contradiction in ${found.map((c) => `${c.subject} ${c.predicate} ${c.object}`).join('; ')}`);
  assert.ok(arms.asserted.length > 0 && arms.denied.length > 0);
  assert.ok(arms.denied.every((d) => d.polarity === 'denied'));
});

test('grade ID B2 sets the grade shown by claims afterwards', { skip: !built && 'npm run build first' }, () => {
  const claims = lines(run('claims', '--json').out) as unknown as ClaimJson[];
  const target = claims.find((c) => c.grade !== 'B2') ?? claims[0];
  assert.ok(target, 'no claims in the store');
  const r = run('grade', String(target.id), 'B2');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, new RegExp(`#${target.id} graded B2`));
  const after = (lines(run('claims', '--json').out) as unknown as ClaimJson[]).find((c) => c.id === target.id);
  assert.equal(after?.grade, 'B2');
});

test('grade with a malformed grade exits 2 and names the problem', { skip: !built && 'npm run build first' }, () => {
  const r = run('grade', '1', 'Z9');
  assert.equal(r.code, 2);
  assert.match(r.err, /grade like B2/);
});
