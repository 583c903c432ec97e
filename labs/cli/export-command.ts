/**
 * `faaslab lab export ID --format stack|crd|k8s [--out DIR] [--image I] [--namespace NS] [--node-port N]
 * [--host H] [--handler FILE | --starter] [--lang es|en]` and `faaslab sim export -f FILE… [--out FILE]`.
 * The lab and sim groups belong to other folders: they call {@link runLabExport} and {@link runSimExport}.
 * Exit codes: 0 exported, 1 the export has errors, 2 wrong usage or unreadable file.
 */
import { join } from 'node:path';
import { getLab, labInLanguage } from '../index.ts';
import { handlerFromArgs } from './handler-choice.ts';
import { NODE_IO, type ExportCliIo } from './command-io.ts';
import { parseCommand } from './parse-command.ts';
import { TARGET_OPTIONS, targetSettings } from './target-options.ts';
import { exportBundle } from '../export/export-bundle.ts';
import type { ExportFormat, ExportSettings } from '../export/export-settings.ts';
import { exportableLab } from '../export/exportable-lab.ts';
import { loadFunctionServerFiles, loadPythonServerFiles } from '../export/function-server-files.ts';
import { EXIT, formatDiagnostic } from '../../core/index.ts';

const LAB_USAGE = {
  es: `Uso: faaslab lab export ID [--format stack|crd|k8s] [--out DIR] [--image IMAGEN] [--namespace NS]
                         [--node-port N] [--host HOST] [--handler ARCHIVO | --starter] [--lang es|en] [--language node|python]
  stack: stack.yml para faas-cli (y ./ID/handler.js con --out); crd: el recurso Function de OpenFaaS (solo OpenFaaS Pro);
  k8s (por defecto): manifiestos para k3s sin OpenFaaS. Envía la solución del laboratorio salvo --handler o --starter.
`,
  en: `Usage: faaslab lab export ID [--format stack|crd|k8s] [--out DIR] [--image IMAGE] [--namespace NS]
                         [--node-port N] [--host HOST] [--handler FILE | --starter] [--lang es|en] [--language node|python]
  stack: stack.yml for faas-cli (and ./ID/handler.js with --out); crd: the OpenFaaS Function resource (OpenFaaS Pro only);
  k8s (default): manifests for k3s without OpenFaaS. Ships the lab's solution unless --handler or --starter.
`,
};

const SIM_USAGE = {
  es: `Uso: faaslab sim export -f ARCHIVO [-f ARCHIVO…] [--out ARCHIVO] [--lang es|en]
  Aplica los manifiestos a un clúster simulado y escribe su estado como YAML limpio para un clúster real.
`,
  en: `Usage: faaslab sim export -f FILE [-f FILE…] [--out FILE] [--lang es|en]
  Applies the manifests to a simulated cluster and writes its state as clean YAML for a real cluster.
`,
};

// Every command parses with node:util parseArgs; the last of a repeated single-value option wins.
const LAB_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  image: { type: 'string' },
  ...TARGET_OPTIONS,
  lang: { type: 'string' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SIM_OPTIONS = {
  file: { type: 'string', short: 'f', multiple: true },
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `faaslab lab export …` with the arguments after `export`; resolves to the exit code. */
export async function runLabExport(argv: readonly string[], io: ExportCliIo = NODE_IO): Promise<number> {
  const command = parseCommand(argv, LAB_OPTIONS, LAB_USAGE, io);
  if ('exit' in command) return command.exit;
  const { values, positionals, lang } = command;
  const [id, ...extra] = positionals;
  const format = (values.format ?? 'k8s') as ExportFormat;
  if (!id || extra.length > 0 || !['stack', 'crd', 'k8s'].includes(format))
    return (io.stderr(LAB_USAGE[lang]), EXIT.usage);
  // --language python, or a .py --handler, exports the lab's Python side (python3-http, server.py).
  const language =
    values.language === 'python' || (values.language === undefined && /\.py$/.test(values.handler ?? ''))
      ? 'python'
      : 'node';
  const found = getLab(id);
  const lab = found && labInLanguage(found, language);
  if (!lab)
    return (
      io.stderr(
        lang === 'es'
          ? `No existe el laboratorio "${id}"${found ? ` en ${language}` : ''}.\n`
          : `There is no lab "${id}"${found ? ` in ${language}` : ''}.\n`,
      ),
      EXIT.usage
    );

  const choice = handlerFromArgs(values, io, lang);
  if ('error' in choice) return (io.stderr(choice.error), EXIT.usage);
  const { handler } = choice;
  const settings: ExportSettings = {
    ...(values.image !== undefined ? { image: values.image } : {}),
    ...targetSettings(values),
  };
  const bundle = exportBundle(
    format,
    exportableLab(lab, handler),
    format === 'k8s' ? (language === 'python' ? loadPythonServerFiles() : loadFunctionServerFiles()) : {},
    settings,
  );
  for (const d of bundle.diagnostics) io.stderr(`${formatDiagnostic(d, lang)}\n`);
  const [main, ...more] = bundle.files;
  if (!main) return EXIT.failed;

  const out = values.out;
  if (out === undefined) return (io.stdout(main.text), EXIT.ok);
  for (const file of [main, ...more]) {
    const path = join(out, file.path);
    io.mkdir(join(path, '..'));
    io.writeFile(path, file.text);
    io.stderr(`${lang === 'es' ? 'escrito' : 'wrote'} ${path}\n`);
  }
  return EXIT.ok;
}

/** Runs `faaslab sim export …` with the arguments after `export`; resolves to the exit code. */
export async function runSimExport(argv: readonly string[], io: ExportCliIo = NODE_IO): Promise<number> {
  const command = parseCommand(argv, SIM_OPTIONS, SIM_USAGE, io);
  if ('exit' in command) return command.exit;
  const { values, positionals, lang } = command;
  const names = values.file ?? [];
  if (names.length === 0 || positionals.length > 0) return (io.stderr(SIM_USAGE[lang]), EXIT.usage);
  // Loaded here so `lab export` does not load the simulator at all.
  const { readNamedFiles } = await import('../../simulator/index.ts');
  const files = readNamedFiles(names, lang, io);
  if (!files) return EXIT.usage;
  const { exportSimulationYaml } = await import('../export/sim-export.ts');
  const result = exportSimulationYaml(files);
  for (const d of [...result.diagnostics, ...result.warnings]) io.stderr(`${formatDiagnostic(d, lang)}\n`);
  if (result.diagnostics.length > 0) return EXIT.failed;
  const out = values.out;
  if (out === undefined) return (io.stdout(result.text), EXIT.ok);
  io.writeFile(out, result.text);
  io.stderr(`${lang === 'es' ? 'escrito' : 'wrote'} ${out}\n`);
  return EXIT.ok;
}
