/**
 * What a `faaslab` command reads and writes: Node's streams, files and environment when it runs, fakes in
 * tests. core/ imports no package (the site shares it), so the real one is built from the node:fs calls
 * and the process that a command's own file passes in.
 */

/** A command's view of the outside world. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  mkdir(path: string): void;
  /** The environment (FAASLAB_LANG, LANG, PATH, KUBECONFIG…). */
  env: Record<string, string | undefined>;
}

/** The node:fs calls {@link nodeCommandIo} makes. */
export interface NodeFileCalls {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, text: string): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

/** The parts of Node's `process` {@link nodeCommandIo} uses. */
export interface NodeProcessParts {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

/** The real {@link CommandIo}: `fs` is node:fs (its sync calls), `proc` is `process`. */
export function nodeCommandIo(fs: NodeFileCalls, proc: NodeProcessParts): CommandIo {
  return {
    stdout: (text) => void proc.stdout.write(text),
    stderr: (text) => void proc.stderr.write(text),
    readFile: (path) => fs.readFileSync(path, 'utf8'),
    writeFile: (path, text) => fs.writeFileSync(path, text),
    mkdir: (path) => void fs.mkdirSync(path, { recursive: true }),
    env: proc.env,
  };
}
