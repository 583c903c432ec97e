import type { CommandGroup } from './command-group.ts';

export type { CommandGroup };

/**
 * The command groups of `faaslab`, loaded lazily so `faaslab --help` stays fast. Each group's module
 * lives with the code it drives and exports a {@link CommandGroup}.
 */

/** Group name → loader. Add a line here when a folder offers a new group. */
export const COMMAND_GROUPS: Record<string, () => Promise<{ default: CommandGroup }>> = {
  compose: () => import('../compose/cli.ts'),
  deploy: () => import('../labs/cli/deploy-command.ts'),
  lab: () => import('../labs/cli/index.ts'),
  sim: () => import('./sim-group.ts'),
};
