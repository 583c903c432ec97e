/**
 * The command groups of `faaslab`, loaded lazily so `faaslab --help` stays fast. Each group's module
 * lives with the code it drives and exports a {@link CommandGroup}.
 */

/** One command group, e.g. `faaslab sim …`. */
export interface CommandGroup {
  /** One line for `faaslab --help`. */
  summary: string;
  /** Runs the group with the arguments after its name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

/** Group name → loader. Add a line here when a folder offers a new group. */
export const COMMAND_GROUPS: Record<string, () => Promise<{ default: CommandGroup }>> = {
  compose: () => import('../simulator/compose/cli.ts'),
  deploy: () => import('../labs/export/deploy-command.ts'),
  lab: () => import('../labs/cli/index.ts'),
  sim: () => import('../simulator/cli/index.ts'),
};
