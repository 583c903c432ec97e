/** The options `faaslab lab` understands, parsed once, and the handler files they select. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Lab } from '../lab-types.ts';
import type { FunctionFiles } from '../runtime/contract/types.ts';
import { commandLanguage, type Bilingual } from '../../core/index.ts';

/** Parsed options. */
export interface LabCliOptions {
  positionals: string[];
  port: number;
  handler?: string;
  starter: boolean;
  data?: string;
  headers: string[];
  method?: string;
  path: string;
  lang: keyof Bilingual;
  help: boolean;
}

/** Parses argv (after `lab`); throws TypeError on unknown options. */
export function parseLabOptions(argv: string[], env: Record<string, string | undefined>): LabCliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string', short: 'p' },
      handler: { type: 'string' },
      starter: { type: 'boolean', default: false },
      data: { type: 'string', short: 'd' },
      header: { type: 'string', short: 'H', multiple: true },
      method: { type: 'string', short: 'X' },
      path: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const lang = commandLanguage(argv, env);
  return {
    positionals,
    port: values.port === undefined ? 8080 : Number(values.port),
    handler: values.handler,
    starter: values.starter ?? false,
    data: values.data,
    headers: values.header ?? [],
    method: values.method,
    path: values.path ?? '/',
    lang,
    help: values.help ?? false,
  };
}

/** The files to run: `--handler FILE` (with the lab's package.json), `--starter`, or the solution. */
export async function selectFiles(
  lab: Lab,
  options: LabCliOptions,
): Promise<{ files: FunctionFiles; which: 'handler' | 'starter' | 'solution' }> {
  if (options.handler)
    return {
      files: { ...lab.files, 'handler.js': await readFile(options.handler, 'utf8') },
      which: 'handler',
    };
  return options.starter
    ? { files: lab.files, which: 'starter' }
    : { files: lab.solution, which: 'solution' };
}
