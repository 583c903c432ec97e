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
  lang: 'es' | 'en';
  /** Arguments after `--` (kubectl). */
  rest: string[];
  /** `serve`: scenario id, port (default 6443) and clock speed (default 1). */
  scenario: string | null;
  port: number;
  speed: number;
}

/** Parses `faaslab sim` options; returns an error text for bad usage. */
export function parseSimArgs(
  argv: readonly string[],
  envLang: string | undefined,
): SimCliOptions | { error: string } {
  const o: SimCliOptions = {
    files: [],
    nodes: 3,
    seed: 1,
    ingressMode: 'traefik',
    url: null,
    method: 'GET',
    headers: {},
    json: false,
    lang: envLang?.startsWith('en') ? 'en' : 'es',
    rest: [],
    scenario: null,
    port: 6443,
    speed: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string | undefined => argv[++i];
    switch (arg) {
      case '--':
        o.rest = argv.slice(i + 1);
        return o;
      case '-f':
      case '--filename': {
        const v = value();
        if (!v) return { error: `${arg} needs a file` };
        o.files.push(v);
        break;
      }
      case '--nodes': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 1000)
          return { error: '--nodes must be an integer from 1 to 1000' };
        o.nodes = n;
        break;
      }
      case '--seed': {
        const n = Number(value());
        if (!Number.isInteger(n)) return { error: '--seed must be an integer' };
        o.seed = n;
        break;
      }
      case '--ingress-mode': {
        const v = value();
        if (v !== 'conformant' && v !== 'traefik')
          return { error: '--ingress-mode must be conformant or traefik' };
        o.ingressMode = v;
        break;
      }
      case '--url':
        o.url = value() ?? null;
        break;
      case '--method':
      case '-X':
        o.method = (value() ?? 'GET').toUpperCase();
        break;
      case '-H':
      case '--header': {
        const v = value() ?? '';
        const colon = v.indexOf(':');
        if (colon <= 0) return { error: `bad header "${v}": use -H 'Name: value'` };
        o.headers[v.slice(0, colon).trim().toLowerCase()] = v.slice(colon + 1).trim();
        break;
      }
      case '--scenario':
        o.scenario = value() ?? null;
        if (!o.scenario) return { error: '--scenario needs a name' };
        break;
      case '--port': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 65535)
          return { error: '--port must be an integer from 0 to 65535' };
        o.port = n;
        break;
      }
      case '--speed': {
        const n = Number(value());
        if (!(n > 0 && n <= 1000)) return { error: '--speed must be a number above 0 and at most 1000' };
        o.speed = n;
        break;
      }
      case '--json':
        o.json = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'es' && v !== 'en') return { error: '--lang must be es or en' };
        o.lang = v;
        break;
      }
      default:
        return { error: `unknown option ${arg}` };
    }
  }
  return o;
}
