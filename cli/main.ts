/**
 * `faaslab`: the command line of FaaS Lab. Each command group lives in its own folder
 * (simulator/cli, labs/cli) and registers here.
 */
import { readFileSync } from 'node:fs';

const USAGE = `faaslab — FaaS Lab's command line

Usage:
  faaslab --help            show this help
  faaslab --version         print the version

Command groups (added as the course grows):
  sim     the cluster simulator (validate, route, kubectl, export)
  lab     the function labs (list, run, invoke, test, export)
`;

/** Runs the command line with the given arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  process.stderr.write(`faaslab: unknown command "${command}". Run "faaslab --help".\n`);
  return 2;
}
