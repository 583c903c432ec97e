/** The options `faaslab lab` understands, parsed once, and the handler files they select. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { FunctionLanguage, Lab } from '../lab-types.ts';
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
  /** The handler's language: `--language python` (or a `--handler` file ending in .py); default node. */
  language: FunctionLanguage;
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
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const lang = commandLanguage(argv, env);
  const port = values.port === undefined ? 8080 : Number(values.port);
  // A TCP port is an integer in 0–65535 (0: any free port); `abc`, `1.5` and `99999` are not.
  if (!/^\d{1,5}$/.test(values.port ?? '8080') || port > 65_535)
    throw Object.assign(new TypeError(`--port ${values.port}`), {
      problem: {
        es: `--port ${JSON.stringify(values.port)} no es un puerto: usa un entero de 0 a 65535 (0 elige uno libre).`,
        en: `--port ${JSON.stringify(values.port)} is not a port: use an integer from 0 to 65535 (0 picks a free one).`,
      },
    });
  return {
    positionals,
    port,
    handler: values.handler,
    starter: values.starter ?? false,
    data: values.data,
    headers: values.header ?? [],
    method: values.method,
    path: values.path ?? '/',
    lang,
    language:
      values.language === 'python' || (values.language === undefined && /\.py$/.test(values.handler ?? ''))
        ? 'python'
        : 'node',
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
      files: {
        ...lab.files,
        [lab.language === 'python' ? 'handler.py' : 'handler.js']: await readFile(options.handler, 'utf8'),
      },
      which: 'handler',
    };
  return options.starter
    ? { files: lab.files, which: 'starter' }
    : { files: lab.solution, which: 'solution' };
}
