/** The `faaslab lab` command group (registered in cli/commands.ts). */
import { runLabCli } from './lab-cli.ts';

/** `faaslab lab …`. */
const labCommands = {
  summary:
    'laboratorios: listar, servir, invocar y comprobar funciones / labs: list, run, invoke and test a function',
  run: (argv: string[]): Promise<number> => runLabCli(argv),
};

export default labCommands;
export { runLabCli, type LabCliIo } from './lab-cli.ts';
