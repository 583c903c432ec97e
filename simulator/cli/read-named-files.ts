import type { Language } from '../../core/index.ts';

/**
 * Reads the files a command was given with -f, in order. A file that cannot be read is said on stderr
 * in the command's language and ends the reading: null (the command exits with the usage code).
 */
export function readNamedFiles(
  names: readonly string[],
  lang: Language,
  io: { readFile(path: string): string; stderr(text: string): void },
): Array<{ name: string; text: string }> | null {
  const files = [];
  for (const name of names) {
    try {
      files.push({ name, text: io.readFile(name) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`${lang === 'es' ? 'No se puede leer' : 'Cannot read'} ${name}: ${reason}\n`);
      return null;
    }
  }
  return files;
}
