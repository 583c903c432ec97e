/**
 * `faaslab sim …`: the simulator's own commands (simulator/cli), plus `sim export`, which lives in
 * labs/export because it shares the export's cleaning rules. The layer rules keep simulator/ from importing
 * labs/, so the two meet here, in the command line, which may import both.
 */
import type { CommandGroup } from './command-group.ts';

const EXPORT_USAGE_LINE =
  '  faaslab sim export -f FILE… [--out FILE]   (state as clean YAML for a real cluster)\n';

const simGroup: CommandGroup = {
  summary: 'the cluster simulator: validate, route, kubectl, load, export',
  async run(argv: string[]): Promise<number> {
    if (argv[0] === 'export') {
      const { runSimExport } = await import('../labs/cli/export-command.ts');
      return runSimExport(argv.slice(1));
    }
    const simulator = (await import('../simulator/cli/index.ts')).default;
    const code = await simulator.run(argv);
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')
      process.stdout.write(EXPORT_USAGE_LINE);
    return code;
  },
};

export default simGroup;
