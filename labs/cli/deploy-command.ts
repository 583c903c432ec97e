/**
 * The `faaslab deploy` command group: `faaslab deploy ID [--context CTX] [--namespace NS] …` (see
 * deploy-messages.ts for the usage). Exit codes follow core's EXIT: 0 deployed and answering, 1 the
 * export, the cluster or the rollout failed, 2 wrong usage.
 */
import { EXIT } from '../../core/index.ts';
import { getLab } from '../index.ts';
import { handlerFromArgs } from './handler-choice.ts';
import { NODE_IO, type ExportCliIo } from './command-io.ts';
import { parseCommand } from './parse-command.ts';
import { TARGET_OPTIONS, targetSettings } from './target-options.ts';
import { deployLab } from '../deploy/deploy.ts';
import { DEPLOY_MESSAGES } from '../deploy/deploy-messages.ts';

const DEPLOY_OPTIONS = {
  context: { type: 'string' },
  ...TARGET_OPTIONS,
  'node-ip': { type: 'string' },
  'ingress-url': { type: 'string' },
  timeout: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `faaslab deploy …` with the arguments after `deploy`. */
export async function runDeploy(argv: readonly string[], io: ExportCliIo = NODE_IO): Promise<number> {
  const command = parseCommand(argv, DEPLOY_OPTIONS, DEPLOY_MESSAGES['deploy.usage'], io);
  if ('exit' in command) return command.exit;
  const { values: args, positionals, lang } = command;
  const usage = DEPLOY_MESSAGES['deploy.usage'][lang];
  const [id, ...extra] = positionals;
  const timeout = Number(args.timeout ?? 120);
  if (!id || extra.length > 0 || !(timeout > 0)) return (io.stderr(usage), EXIT.usage);
  const lab = getLab(id);
  if (!lab)
    return (
      io.stderr(lang === 'es' ? `No existe el laboratorio "${id}".\n` : `There is no lab "${id}".\n`),
      EXIT.usage
    );
  const choice = handlerFromArgs(args, io, lang);
  if ('error' in choice) return (io.stderr(choice.error), EXIT.usage);
  const { handler } = choice;
  const value = (name: Exclude<keyof typeof args, 'starter' | 'help'>) => args[name];
  return deployLab(
    {
      lab,
      handler,
      settings: targetSettings(args),
      ...(value('context') !== undefined ? { context: value('context') } : {}),
      ...(value('node-ip') !== undefined ? { nodeIp: value('node-ip') } : {}),
      ...(value('ingress-url') !== undefined ? { ingressUrl: value('ingress-url') } : {}),
      rolloutTimeoutSeconds: timeout,
      lang,
    },
    io,
  );
}

// The shape of cli/commands.ts's CommandGroup (not imported: commands.ts loads this module, no cycle).
const deployCommand: { summary: string; run(argv: string[]): Promise<number> } = {
  summary: 'despliega un laboratorio en k3s con kubectl / deploy a lab to k3s with kubectl',
  run: (argv) => runDeploy(argv),
};

/** The `deploy` command group. */
export default deployCommand;
