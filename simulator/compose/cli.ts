/**
 * `faaslab compose convert FILE [--out DIR] [--lang es|en]`: converts a docker-compose.yml into
 * Kubernetes manifests. Without --out the YAML goes to stdout; with it, one file per object
 * (`web-service.yaml`, `web-deployment.yaml`, like kompose). Diagnostics go to stderr.
 * Exit codes: 0 converted, 1 the file has errors, 2 wrong usage or unreadable file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { convertCompose } from './convert-compose.ts';
import type { KubernetesManifest } from './kubernetes-manifest.ts';
import { formatDiagnostic, type Language } from '../../core/index.ts';

/** Where the command reads and writes; Node's file system and streams by default, fakes in tests. */
export interface ComposeCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  mkdir(path: string): void;
}

const NODE_IO: ComposeCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
};

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
  const args = parseArgs(argv);
  const lang = args.lang;
  if (args.help) return (io.stdout(USAGE[lang]), 0);
  if (!args.ok) return (io.stderr(`${args.problem[lang]}\n${USAGE[lang]}`), 2);
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
      2
    );
  }
  const base = dirname(resolve(args.file));
  const result = convertCompose(text, {
    file: args.file,
    readFile: (path) => tryRead(io, resolve(base, path)),
  });
  for (const diagnostic of result.diagnostics) io.stderr(`${formatDiagnostic(diagnostic, lang)}\n`);
  if (!result.ok) return 1;
  if (args.out === undefined) return (io.stdout(result.yaml), 0);
  io.mkdir(args.out);
  for (const manifest of result.manifests) {
    const path = join(args.out, fileNameOf(manifest));
    io.writeFile(path, stringify(manifest, { lineWidth: 0 }));
    io.stderr(`${lang === 'es' ? 'escrito' : 'wrote'} ${path}\n`);
  }
  return 0;
}

/** kompose's file naming: `<name>-<kind in lower case>.yaml`. */
export function fileNameOf(manifest: KubernetesManifest): string {
  return `${manifest.metadata.name}-${manifest.kind.toLowerCase()}.yaml`;
}

type Args =
  | { help: true; ok: true; lang: Language }
  | { help: false; ok: true; lang: Language; file: string; out?: string }
  | { help: false; ok: false; lang: Language; problem: { es: string; en: string } };

function parseArgs(argv: readonly string[]): Args {
  const langIndex = argv.indexOf('--lang');
  const lang: Language = argv[langIndex + 1] === 'en' && langIndex >= 0 ? 'en' : 'es';
  const fail = (es: string, en: string): Args => ({ help: false, ok: false, lang, problem: { es, en } });
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || rest.includes('--help'))
    return { help: true, ok: true, lang };
  if (command !== 'convert')
    return fail(`Orden desconocida: "${command}".`, `Unknown command: "${command}".`);
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--out' || arg === '-o' || arg === '--lang') {
      const value = rest[++i];
      if (value === undefined) return fail(`Falta el valor de ${arg}.`, `${arg} needs a value.`);
      if (arg === '--lang' && value !== 'es' && value !== 'en')
        return fail(`Idioma desconocido: ${value}.`, `Unknown language: ${value}.`);
      if (arg !== '--lang') out = value;
    } else if (arg.startsWith('-')) return fail(`Opción desconocida: ${arg}.`, `Unknown option: ${arg}.`);
    else if (file === undefined) file = arg;
    else return fail(`Sobra el argumento: ${arg}.`, `Unexpected argument: ${arg}.`);
  }
  if (file === undefined) return fail('Falta el archivo Compose.', 'The Compose file is missing.');
  return { help: false, ok: true, lang, file, ...(out !== undefined ? { out } : {}) };
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
