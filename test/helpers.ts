// Shared by tests: where the repository, the examples and the development corpus are.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder up from this file with a package.json. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above the tests');
    dir = up;
  }
  return dir;
}

export const EXAMPLES = path.join(repoRoot(), 'examples', 'docs');
export const EXAMPLES_GOLD = path.join(repoRoot(), 'examples', 'gold');
export const CORPUS = path.join(repoRoot(), '..', 'shared', 'corpus');
export const GOLD = path.join(repoRoot(), '..', 'shared', 'eval', 'gold');
export const CLI = path.join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'dossier-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function readCorpus(name: string): string {
  return fs.readFileSync(path.join(CORPUS, name), 'utf8');
}

export const CORPUS_FILES = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];

export const SCORER = path.join(repoRoot(), '..', 'shared', 'eval', 'score.mjs');

/** The scorer's totals for the built CLI's `extract` over `docs` (extra: global options such as --pack). */
export function scoreWithCli(docs: string, gold: string, ...extra: string[]): Record<string, number> {
  const out = path.join(tempDir(), 'pred.jsonl');
  const run = spawnSync(process.execPath, [CLI, ...extra, 'extract', docs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(run.status, 0, run.stderr);
  fs.writeFileSync(out, run.stdout);
  const s = spawnSync(process.execPath, [SCORER, '--gold', gold, '--docs', docs, '--pred', out, '--json'], { encoding: 'utf8' });
  assert.equal(s.status, 0, s.stderr);
  return (JSON.parse(s.stdout) as { total: Record<string, number> }).total;
}
