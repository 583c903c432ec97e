/**
 * The `faaslab deploy` command group: `faaslab deploy ID [--context CTX] [--namespace NS] …` (see
 * deploy-messages.ts for the usage). Exit codes follow core's EXIT: 0 deployed and answering, 1 the
 * export, the cluster or the rollout failed, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import { commandLanguage, EXIT, usageProblem } from '../../core/index.ts';
import { getLab } from '../index.ts';
import { handlerFromArgs } from './handler-choice.ts';
import { NODE_IO, type ExportCliIo } from './command-io.ts';
import { deployLab } from '../deploy/deploy.ts';
import { DEPLOY_MESSAGES } from '../deploy/deploy-messages.ts';

const DEPLOY_OPTIONS = {
  context: { type: 'string' },
  namespace: { type: 'string' },
  'node-port': { type: 'string' },
  host: { type: 'string' },
  handler: { type: 'string' },
  starter: { type: 'boolean' },
  'node-ip': { type: 'string' },
  'ingress-url': { type: 'string' },
  timeout: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `faaslab deploy …` with the arguments after `deploy`. */
export async function runDeploy(argv: readonly string[], io: ExportCliIo = NODE_IO): Promise<number> {
  const lang = commandLanguage(argv, io.env);
  const usage = DEPLOY_MESSAGES['deploy.usage'][lang];
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: DEPLOY_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return (io.stderr(`${usageProblem(error)[lang]}\n${usage}`), EXIT.usage);
  }
  const { values: args, positionals } = parsed;
  if (args.help) return (io.stdout(usage), EXIT.ok);
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
      settings: {
        ...(value('namespace') !== undefined ? { namespace: value('namespace') } : {}),
        ...(value('node-port') !== undefined ? { nodePort: Number(value('node-port')) } : {}),
        ...(value('host') !== undefined ? { ingressHost: value('host') } : {}),
      },
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
