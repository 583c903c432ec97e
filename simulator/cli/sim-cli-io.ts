/** Where the CLI reads and writes (injected by tests). */
export interface SimCliIO {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  lang: string | undefined;
}
