/**
 * Which handler the export and deploy commands take: `--handler FILE` (the student's own), `--starter`,
 * or the lab's solution by default. An unreadable file is a usage error with its reason.
 */
import type { ExportCliIo } from './command-io.ts';
import type { HandlerChoice } from '../export/exportable-lab.ts';

/** The handler the arguments ask for, or the message to print when `--handler` cannot be read. */
export function handlerFromArgs(
  args: { handler?: string; starter?: boolean },
  io: ExportCliIo,
  lang: 'es' | 'en',
): { handler: HandlerChoice } | { error: string } {
  const handlerFile = args.handler;
  if (handlerFile === undefined) return { handler: args.starter ? 'starter' : 'solution' };
  try {
    return { handler: { source: io.readFile(handlerFile) } };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      error:
        lang === 'es'
          ? `No se puede leer ${handlerFile}: ${reason}\n`
          : `Cannot read ${handlerFile}: ${reason}\n`,
    };
  }
}
