// The benchmarks' shared options: `--name value` pairs and where the development corpus is.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);

/** The value after `--name`, or `dflt`. */
export function arg(name: string, dflt: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `--corpus DIR`, by default ../shared/corpus beside the repository. */
export const corpusDir = path.resolve(arg('corpus', path.join(root, '..', 'shared', 'corpus')));
