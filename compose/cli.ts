/**
 * `faaslab compose convert FILE [--out DIR] [--lang es|en]`: converts a docker-compose.yml into
 * Kubernetes manifests. Without --out the YAML goes to stdout; with it, one file per object
 * (`web-service.yaml`, `web-deployment.yaml`, like kompose). Diagnostics go to stderr.
 * Exit codes: 0 converted, 1 the file has errors, 2 wrong usage or unreadable file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { convertCompose } from './convert-compose.ts';
import type { KubernetesManifest } from './kubernetes-manifest.ts';
import {
  commandLanguage,
  EXIT,
  formatDiagnostic,
  nodeCommandIo,
  usageProblem,
  type Bilingual,
  type CommandIo,
  type Language,
} from '../core/index.ts';

/** Where the command reads and writes (core's CommandIo); Node's by default, fakes in tests, whose env is optional. */
export type ComposeCliIo = Omit<CommandIo, 'env'> & Partial<Pick<CommandIo, 'env'>>;

const NODE_IO: ComposeCliIo = nodeCommandIo({ mkdirSync, readFileSync, writeFileSync }, process);

const USAGE = {
  es: `Uso: faaslab compose convert ARCHIVO [--out DIR] [--lang es|en]
  Convierte un docker-compose.yml en manifiestos de Kubernetes (reglas de kompose).
  Sin --out escribe el YAML en la salida estándar; con --out, un archivo por objeto.
`,
  en: `Usage: faaslab compose convert FILE [--out DIR] [--lang es|en]
  Converts a docker-compose.yml into Kubernetes manifests (kompose's rules).
  Without --out the YAML goes to stdout; with --out, one file per object.
`,
};

/** Runs `faaslab compose …` with the arguments after `compose`; resolves to the exit code. */
export function runComposeCommand(argv: readonly string[], io: ComposeCliIo = NODE_IO): number {
  const args = parseCommand(argv, io.env ?? {});
  const lang = args.lang;
  if (args.help) return (io.stdout(USAGE[lang]), EXIT.ok);
  if (!args.ok) return (io.stderr(`${args.problem[lang]}\n${USAGE[lang]}`), EXIT.usage);
  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return (
      io.stderr(
        lang === 'es'
          ? `No se puede leer ${args.file}: ${reason}\n`
          : `Cannot read ${args.file}: ${reason}\n`,
      ),
      EXIT.usage
    );
  }
  const base = dirname(resolve(args.file));
  const result = convertCompose(text, {
    file: args.file,
    readFile: (path) => tryRead(io, resolve(base, path)),
  });
  for (const diagnostic of result.diagnostics) io.stderr(`${formatDiagnostic(diagnostic, lang)}\n`);
  if (!result.ok) return EXIT.failed;
  if (args.out === undefined) return (io.stdout(result.yaml), EXIT.ok);
  let path = args.out;
  try {
    io.mkdir(args.out);
    for (const manifest of result.manifests) {
      path = join(args.out, fileNameOf(manifest));
      io.writeFile(path, stringify(manifest, { lineWidth: 0 }));
      io.stderr(`${lang === 'es' ? 'escrito' : 'wrote'} ${path}\n`);
    }
  } catch (cause) {
    // An unwritable --out is the student's to fix: one line, never a stack trace.
    const reason = cause instanceof Error ? cause.message : String(cause);
    io.stderr(
      lang === 'es' ? `No se puede escribir ${path}: ${reason}\n` : `Cannot write ${path}: ${reason}\n`,
    );
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** kompose's file naming: `<name>-<kind in lower case>.yaml`. */
export function fileNameOf(manifest: KubernetesManifest): string {
  return `${manifest.metadata.name}-${manifest.kind.toLowerCase()}.yaml`;
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Args =
  | { help: true; ok: true; lang: Language }
  | { help: false; ok: true; lang: Language; file: string; out?: string }
  | { help: false; ok: false; lang: Language; problem: Bilingual };

function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Args {
  const lang = commandLanguage(argv, env);
  const fail = (es: string, en: string): Args => ({ help: false, ok: false, lang, problem: { es, en } });
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { help: false, ok: false, lang, problem: usageProblem(error) };
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (command === undefined || values.help) return { help: true, ok: true, lang };
  if (command !== 'convert')
    return fail(`Orden desconocida: "${command}".`, `Unknown command: "${command}".`);
  if (values.lang !== undefined && values.lang !== 'es' && values.lang !== 'en')
    return fail(`Idioma desconocido: ${values.lang}.`, `Unknown language: ${values.lang}.`);
  if (file === undefined) return fail('Falta el archivo Compose.', 'The Compose file is missing.');
  if (extra[0] !== undefined)
    return fail(`Sobra el argumento: ${extra[0]}.`, `Unexpected argument: ${extra[0]}.`);
  return { help: false, ok: true, lang, file, ...(values.out !== undefined ? { out: values.out } : {}) };
}

function tryRead(io: ComposeCliIo, path: string): string | undefined {
  try {
    return io.readFile(path);
  } catch {
    return undefined;
  }
}

/** The `faaslab compose` command group. */
const composeCommandGroup = {
  summary: 'convert a docker-compose.yml into Kubernetes manifests / convierte Compose en manifiestos',
  run: (argv: string[]): Promise<number> => Promise.resolve(runComposeCommand(argv)),
};
export default composeCommandGroup;
