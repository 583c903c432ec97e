/**
 * `faaslab`: the command line of FaaS Lab. The groups (sim, lab, …) live beside the code they drive and
 * are listed in commands.ts.
 */
import { readFileSync } from 'node:fs';
import { COMMAND_GROUPS } from './commands.ts';

async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(COMMAND_GROUPS).map(
      async ([name, load]) => `  ${name.padEnd(10)}${(await load()).default.summary}`,
    ),
  );
  return `faaslab — FaaS Lab's command line

Usage:
  faaslab --help              show this help
  faaslab --version           print the version
  faaslab GROUP --help        help on a command group

Command groups:
${lines.join('\n')}
`;
}

/** Runs the command line with the given arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(await usage());
    return command === undefined ? 1 : 0;
  }
  if (command === '--version' || command === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const load = COMMAND_GROUPS[command];
  if (!load) {
    process.stderr.write(`faaslab: unknown command "${command}". Run "faaslab --help".\n`);
    return 2;
  }
  return (await load()).default.run(rest);
}
