/**
 * `faaslab lab list | run | invoke | test | export`. Exit codes (core's EXIT): 0 fine, 1 the handler
 * does not start or a check or the request failed, 2 wrong usage.
 */
import { getLab, listLabs } from '../catalog.ts';
import { runChecks } from '../run-checks.ts';
import type { Lab } from '../lab-types.ts';
import { labInLanguage, labLanguages } from '../lab-language.ts';
import { NodeRuntime } from '../runtime/node/index.ts';
import { PythonRuntime } from '../runtime/python/index.ts';
import { RuntimeStartError, type FunctionRequest, type FunctionRuntime } from '../runtime/contract/types.ts';
import { logEntryText } from '../runtime/contract/log-line-text.ts';
import { cliText, LAB_USAGE } from './cli-messages.ts';
import { parseLabOptions, selectFiles, type LabCliOptions } from './cli-options.ts';
import { serveFunction, type ServedFunction } from './lab-serve.ts';
import { commandLanguage, EXIT, formatDiagnostic, usageProblem, type Bilingual } from '../../core/index.ts';

/** Where the CLI writes, and what stops `run` (tests pass their own). */
export interface LabCliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  /** Resolves when `lab run` should stop (default: SIGINT/SIGTERM). */
  untilStopped(): Promise<void>;
}

const NODE_IO: LabCliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  untilStopped: () =>
    new Promise(
      (resolve) => (process.once('SIGINT', () => resolve()), process.once('SIGTERM', () => resolve())),
    ),
};

/** Runs `faaslab lab …`; resolves to the exit code. */
export async function runLabCli(argv: string[], io: LabCliIo = NODE_IO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'export') return (await import('./export-command.ts')).runLabExport(rest);
  let options: LabCliOptions;
  try {
    options = parseLabOptions(rest, io.env);
  } catch (error) {
    // Usage mistakes (unknown option, bad --port) are one line and the usage, never a stack trace.
    const lang = commandLanguage(rest, io.env);
    const problem = (error as { problem?: Record<typeof lang, string> }).problem ?? usageProblem(error);
    io.err(`${problem[lang]}\n${LAB_USAGE[lang]}`);
    return EXIT.usage;
  }
  const lang = options.lang;
  if (command === undefined) return (io.err(LAB_USAGE[lang]), EXIT.usage);
  if (command === '--help' || command === '-h' || options.help) return (io.out(LAB_USAGE[lang]), EXIT.ok);
  if (command === 'list') return list(io, lang);
  if (!['run', 'invoke', 'test'].includes(command)) {
    io.err(`${cliText('unknownCommand', lang, { command })}\n${LAB_USAGE[lang]}`);
    return EXIT.usage;
  }
  const id = options.positionals[0] ?? '';
  const found = getLab(id);
  if (!found) {
    io.err(`${cliText('unknownLab', lang, { id })}\n`);
    return EXIT.usage;
  }
  const lab = labInLanguage(found, options.language);
  if (!lab) {
    io.err(`${cliText('noLanguage', lang, { id, language: options.language })}\n`);
    return 2;
  }
  let selected;
  try {
    selected = await selectFiles(lab, options);
  } catch (error) {
    io.err(`${cliText('unreadable', lang, { file: options.handler ?? '', detail: String(error) })}\n`);
    return EXIT.usage;
  }
  const runtime: FunctionRuntime & ServedFunction =
    lab.language === 'python' ? new PythonRuntime() : new NodeRuntime();
  if (command === 'run')
    runtime.logs.subscribe((e) => io.err(`${e.type === 'line' ? '' : '! '}${logEntryText(e, lang)}\n`));
  try {
    await runtime.start(selected.files, { limits: lab.limits, env: lab.env });
  } catch (error) {
    if (!(error instanceof RuntimeStartError)) throw error;
    for (const d of error.diagnostics) io.err(`${formatDiagnostic(d, lang)}\n`);
    return EXIT.failed;
  }
  try {
    if (command === 'run') return await run(runtime, lab, options, selected.which, io);
    if (command === 'invoke') return await invoke(runtime, options, io);
    return await test(runtime, lab, io, lang);
  } finally {
    await runtime.stop();
  }
}

function list(io: LabCliIo, lang: keyof Bilingual): number {
  for (const lab of listLabs()) {
    io.out(
      `${lab.id.padEnd(20)}${lab.title[lang].padEnd(34)}${labLanguages(lab).join(',').padEnd(13)}exec_timeout=${lab.limits.execTimeoutMs / 1000}s memory=${lab.limits.memoryMb}MB\n`,
    );
  }
  return EXIT.ok;
}

async function run(
  runtime: FunctionRuntime & ServedFunction,
  lab: Lab,
  options: LabCliOptions,
  which: string,
  io: LabCliIo,
): Promise<number> {
  const server = await serveFunction(runtime, lab.id, options.port, lab.limits, (line) =>
    io.err(`${line}\n`),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const label =
    which === 'handler'
      ? (options.handler ?? '')
      : cliText(which === 'starter' ? 'starter' : 'solution', options.lang);
  io.out(`${cliText('serving', options.lang, { id: lab.id, which: label, port })}\n`);
  await io.untilStopped();
  await new Promise((resolve) => server.close(resolve));
  return EXIT.ok;
}

async function invoke(runtime: FunctionRuntime, options: LabCliOptions, io: LabCliIo): Promise<number> {
  const headers: Record<string, string> = {};
  // curl -d sends a form unless told otherwise; keep that so the course's examples behave the same.
  if (options.data !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  for (const header of options.headers) {
    const at = header.indexOf(':');
    if (at <= 0) {
      io.err(`${cliText('badHeader', options.lang, { header })}\n`);
      return EXIT.usage;
    }
    headers[header.slice(0, at).trim().toLowerCase()] = header.slice(at + 1).trim();
  }
  const request: FunctionRequest = {
    method: options.method ?? (options.data === undefined ? 'GET' : 'POST'),
    path: options.path,
    headers,
    body: options.data,
  };
  const response = await runtime.invoke(request);
  io.out(response.body.endsWith('\n') || response.body === '' ? response.body : `${response.body}\n`);
  if (response.limit) io.err(`${response.limit.message[options.lang]}\n`);
  if (response.status >= 400) {
    io.err(`${cliText('unexpectedStatus', options.lang, { status: response.status })}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

async function test(
  runtime: FunctionRuntime,
  lab: Lab,
  io: LabCliIo,
  lang: keyof Bilingual,
): Promise<number> {
  const results = await runChecks(runtime, lab);
  for (const r of results) {
    io.out(`${r.passed ? '✓' : '✗'} ${r.title[lang]}\n`);
    if (!r.passed)
      io.out(`    ${cliText('expected', lang)}: ${r.expected}\n    ${cliText('got', lang)}:      ${r.got}\n`);
  }
  const passed = results.filter((r) => r.passed).length;
  io.out(`${cliText('summary', lang, { passed, total: results.length })}\n`);
  return passed === results.length ? EXIT.ok : EXIT.failed;
}
