/**
 * What the export and deploy commands read and write: Node's streams, files and environment by default,
 * fakes in tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The command line's view of the outside world. */
export interface ExportCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  mkdir(path: string): void;
  /** The environment (PATH, KUBECONFIG, LANG…). */
  env: Record<string, string | undefined>;
}

/** The real one. */
export const NODE_IO: ExportCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  env: process.env,
};
