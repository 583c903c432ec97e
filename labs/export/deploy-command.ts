/**
 * The `faaslab deploy` command group: `faaslab deploy ID [--context CTX] [--namespace NS] …` (see
 * deploy-messages.ts for the usage). Exit codes in deploy.ts (DEPLOY_EXIT).
 */
import { getLab } from '../index.ts';
import { lastValue, parseCliArgs } from './cli-args.ts';
import { handlerFromArgs } from './cli-handler-choice.ts';
import { cliLanguage, NODE_IO, type ExportCliIo } from './cli-io.ts';
import { DEPLOY_EXIT, deployLab } from './deploy.ts';
import { DEPLOY_MESSAGES } from './deploy-messages.ts';

/** Runs `faaslab deploy …` with the arguments after `deploy`. */
export async function runDeploy(argv: readonly string[], io: ExportCliIo = NODE_IO): Promise<number> {
  const parsed = parseCliArgs(
    argv,
    ['context', 'namespace', 'node-port', 'host', 'handler', 'node-ip', 'ingress-url', 'timeout', 'lang'],
    ['starter'],
  );
  const lang = cliLanguage(parsed.ok ? lastValue(parsed.args, 'lang') : undefined, io.env);
  const usage = DEPLOY_MESSAGES['deploy.usage'][lang];
  if (!parsed.ok) return (io.stderr(`${parsed.problem[lang]}\n${usage}`), DEPLOY_EXIT.usage);
  const { args } = parsed;
  if (args.switches.has('help')) return (io.stdout(usage), DEPLOY_EXIT.ok);
  const [id, ...extra] = args.positionals;
  const timeout = Number(lastValue(args, 'timeout') ?? 120);
  if (!id || extra.length > 0 || !(timeout > 0)) return (io.stderr(usage), DEPLOY_EXIT.usage);
  const lab = getLab(id);
  if (!lab)
    return (
      io.stderr(lang === 'es' ? `No existe el laboratorio "${id}".\n` : `There is no lab "${id}".\n`),
      DEPLOY_EXIT.usage
    );
  const choice = handlerFromArgs(args, io, lang);
  if ('error' in choice) return (io.stderr(choice.error), DEPLOY_EXIT.usage);
  const { handler } = choice;
  const value = (name: string) => lastValue(args, name);
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
