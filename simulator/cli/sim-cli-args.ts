/** The options of `faaslab sim validate|route|kubectl`, parsed with node:util parseArgs. */
import { parseArgs } from 'node:util';
import { commandLanguage, usageProblem, type Bilingual, type Language } from '../../core/index.ts';

/** Options shared by `faaslab sim` subcommands. */
export interface SimCliOptions {
  files: string[];
  nodes: number;
  seed: number;
  ingressMode: 'conformant' | 'traefik';
  url: string | null;
  method: string;
  headers: Record<string, string>;
  json: boolean;
  /** Client timeout (`-m/--max-time SECONDS`, as curl), or null for the default. */
  maxTimeMs: number | null;
  /** `--node NAME` (iptables). */
  node: string | null;
  help: boolean;
  lang: Language;
  /** Arguments after `--` (kubectl). */
  rest: string[];
}

const OPTIONS = {
  filename: { type: 'string', short: 'f', multiple: true },
  file: { type: 'string', multiple: true },
  nodes: { type: 'string' },
  seed: { type: 'string' },
  'ingress-mode': { type: 'string' },
  url: { type: 'string' },
  method: { type: 'string', short: 'X' },
  header: { type: 'string', short: 'H', multiple: true },
  json: { type: 'boolean' },
  'max-time': { type: 'string', short: 'm' },
  node: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses `faaslab sim` options; a usage problem comes back in both languages, with the language to say it in. */
export function parseSimArgs(
  argv: readonly string[],
  envLang: string | undefined,
): SimCliOptions | { error: Bilingual; lang: Language } {
  const dashes = argv.indexOf('--');
  const own = dashes < 0 ? argv : argv.slice(0, dashes);
  const lang = commandLanguage(own, { LANG: envLang });
  let values;
  try {
    ({ values } = parseArgs({ args: [...own], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return { error: usageProblem(error), lang };
  }
  const fail = (es: string, en: string) => ({ error: { es, en }, lang });
  const nodes = values.nodes === undefined ? 3 : Number(values.nodes);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 1000)
    return fail('--nodes debe ser un entero de 1 a 1000', '--nodes must be an integer from 1 to 1000');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) return fail('--seed debe ser un entero', '--seed must be an integer');
  const ingressMode = values['ingress-mode'] ?? 'traefik';
  if (ingressMode !== 'conformant' && ingressMode !== 'traefik')
    return fail('--ingress-mode es conformant o traefik', '--ingress-mode must be conformant or traefik');
  if (values.lang !== undefined && values.lang !== 'es' && values.lang !== 'en')
    return fail('--lang es es o en', '--lang must be es or en');
  const maxTime = values['max-time'] === undefined ? null : Number(values['max-time']);
  if (maxTime !== null && !(maxTime > 0 && maxTime <= 3600))
    return fail('--max-time son segundos, de 0 a 3600', '--max-time must be seconds, from 0 to 3600');
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const colon = header.indexOf(':');
    if (colon <= 0)
      return fail(
        `cabecera "${header}" mal escrita: usa -H 'Nombre: valor'`,
        `bad header "${header}": use -H 'Name: value'`,
      );
    headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
  }
  return {
    files: [...(values.filename ?? []), ...(values.file ?? [])],
    nodes,
    seed,
    ingressMode,
    url: values.url ?? null,
    method: (values.method ?? 'GET').toUpperCase(),
    headers,
    json: values.json ?? false,
    maxTimeMs: maxTime === null ? null : Math.round(maxTime * 1000),
    node: values.node ?? null,
    help: values.help ?? false,
    lang,
    rest: dashes < 0 ? [] : argv.slice(dashes + 1),
  };
}
