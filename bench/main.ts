// npm run bench: the ingest benchmark, then the export benchmark, each in its own process
// (so peak memory is each one's own), with the same arguments.
//   npm run bench -- --mb 10 --rows 100000
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const script of ['ingest.js', 'export.js']) {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, script), ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
