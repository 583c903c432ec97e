/** The `faaslab lab` command group (registered in cli/commands.ts). */
import { runLabCli } from './lab-cli.ts';

/** `faaslab lab …`. */
const labCommands = {
  summary: 'labs: list, run, invoke and test a lab function (laboratorios: listar, servir, invocar, comprobar)',
  run: (argv: string[]): Promise<number> => runLabCli(argv),
};

export default labCommands;
export { runLabCli, type LabCliIo } from './lab-cli.ts';
