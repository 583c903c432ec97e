/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process (so one benchmark's heap does
 * not disturb the next) and lets each print its figures. Pass names to run only some:
 * `npm run bench -- routing`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
if (files.length === 0) console.log('No benchmarks matched.');
process.exitCode = failed ? 1 : 0;
