/** The options of `faaslab sim validate|route|kubectl`, parsed with node:util parseArgs. */
import type { Language } from '../../core/index.ts';
import { commandOptions, type UsageError } from './command-options.ts';

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
  /** `kubernetes.io/arch` of every node (`arm` = a Raspberry Pi on armv7); null = amd64. */
  arch: 'amd64' | 'arm64' | 'arm' | null;
  /** Images to add to the simulated registries (`--image REF`, repeatable): a private registry. */
  images: string[];
  /** Arguments after `--` (kubectl). */
  rest: string[];
  /** `serve`: scenario id, port (default 6443) and clock speed (default 1). */
  scenario: string | null;
  port: number;
  speed: number;
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
  arch: { type: 'string' },
  image: { type: 'string', multiple: true },
  scenario: { type: 'string' },
  port: { type: 'string' },
  speed: { type: 'string' },
} as const;

/** The options before `--`. */
type OwnOptions = Omit<SimCliOptions, 'rest'>;

const parseOwnOptions = commandOptions(OPTIONS, (values, fail, lang): OwnOptions | UsageError => {
  const nodes = values.nodes === undefined ? 3 : Number(values.nodes);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 1000)
    return fail('--nodes debe ser un entero de 1 a 1000', '--nodes must be an integer from 1 to 1000');
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) return fail('--seed debe ser un entero', '--seed must be an integer');
  const ingressMode = values['ingress-mode'] ?? 'traefik';
  if (ingressMode !== 'conformant' && ingressMode !== 'traefik')
    return fail('--ingress-mode es conformant o traefik', '--ingress-mode must be conformant or traefik');
  const arch = values.arch ?? null;
  if (arch !== null && arch !== 'amd64' && arch !== 'arm64' && arch !== 'arm')
    return fail('--arch es amd64, arm64 o arm', '--arch must be amd64, arm64 or arm');
  if (values.lang !== undefined && values.lang !== 'es' && values.lang !== 'en')
    return fail('--lang es es o en', '--lang must be es or en');
  const maxTime = values['max-time'] === undefined ? null : Number(values['max-time']);
  if (maxTime !== null && !(maxTime > 0 && maxTime <= 3600))
    return fail('--max-time son segundos, de 0 a 3600', '--max-time must be seconds, from 0 to 3600');
  const port = values.port === undefined ? 6443 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return fail('--port debe ser un entero de 0 a 65535', '--port must be an integer from 0 to 65535');
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!(speed > 0 && speed <= 1000))
    return fail(
      '--speed debe ser un número mayor que 0 y hasta 1000',
      '--speed must be a number above 0 and at most 1000',
    );
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
    arch,
    images: values.image ?? [],
    scenario: values.scenario ?? null,
    port,
    speed,
  };
});

/**
 * Parses `faaslab sim` options (what follows `--` is kubectl's); a usage problem comes back in both languages,
 * with the language to say it in.
 */
export function parseSimArgs(
  argv: readonly string[],
  envLang: string | undefined,
): SimCliOptions | UsageError {
  const dashes = argv.indexOf('--');
  const own = parseOwnOptions(dashes < 0 ? argv : argv.slice(0, dashes), envLang);
  return 'error' in own ? own : { ...own, rest: dashes < 0 ? [] : argv.slice(dashes + 1) };
}
