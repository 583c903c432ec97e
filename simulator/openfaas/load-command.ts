import type { OpenFaaSEdition } from './editions.ts';
import type { ScalingEvent } from './legacy-alert-scaling.ts';
import { runLoad, type LoadBurst, type LoadOptions, type LoadTimeline } from './load-generator.ts';
import { formatDiagnostic } from '../../core/index.ts';

/** Where `faaslab sim load` reads and writes (the same shape as the sim CLI's, injected by tests). */
export interface LoadCommandIO {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  lang: string | undefined;
}

/** The usage line, for `faaslab sim --help`. */
export const LOAD_USAGE =
  'faaslab sim load -f FILE… --url URL --rps R --seconds T [--edition community|pro] [--burst AT:SECONDS:RPS]… [--tail S] [--work-ms MS] [--seed S] [--arrivals poisson|uniform] [--json]';

interface Parsed {
  files: string[];
  url: string;
  rps: number;
  seconds: number;
  edition: OpenFaaSEdition;
  bursts: LoadBurst[];
  tail: number;
  workMs: number | undefined;
  seed: number;
  arrivals: 'poisson' | 'uniform';
  json: boolean;
  lang: 'es' | 'en';
}

function parse(argv: readonly string[], envLang: string | undefined): Parsed | string {
  const p: Parsed = {
    files: [],
    url: '',
    rps: Number.NaN,
    seconds: Number.NaN,
    edition: 'community',
    bursts: [],
    tail: 0,
    workMs: undefined,
    seed: 1,
    arrivals: 'poisson',
    json: false,
    lang: envLang?.startsWith('en') ? 'en' : 'es',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => argv[++i] ?? '';
    // Caps keep a typo (an extra zero) from running for minutes: 10 000 rps for an hour is already 36 M requests.
    const num = (name: string, v: string, min: number, max = 10_000): number | string => {
      const n = Number(v);
      return Number.isFinite(n) && n >= min && n <= max
        ? n
        : `${name} ${v || '(missing)'}: ${p.lang === 'es' ? `se espera un número entre ${min} y ${max}` : `expected a number from ${min} to ${max}`}`;
    };
    let n: number | string = 0;
    switch (a) {
      case '-f':
      case '--file':
        p.files.push(value());
        break;
      case '--url':
        p.url = value();
        break;
      case '--rps':
        if (typeof (n = num('--rps', value(), 0)) === 'string') return n;
        p.rps = n;
        break;
      case '--seconds':
        if (typeof (n = num('--seconds', value(), 1, 3_600)) === 'string') return n;
        p.seconds = Math.floor(n);
        break;
      case '--tail':
        if (typeof (n = num('--tail', value(), 0, 3_600)) === 'string') return n;
        p.tail = Math.floor(n);
        break;
      case '--work-ms':
        if (typeof (n = num('--work-ms', value(), 0, 600_000)) === 'string') return n;
        p.workMs = n;
        break;
      case '--seed':
        if (typeof (n = num('--seed', value(), 0, 2 ** 31)) === 'string') return n;
        p.seed = Math.floor(n);
        break;
      case '--edition': {
        const e = value();
        if (e !== 'community' && e !== 'pro') return `--edition ${e}: community | pro`;
        p.edition = e;
        break;
      }
      case '--arrivals': {
        const v = value();
        if (v !== 'poisson' && v !== 'uniform') return `--arrivals ${v}: poisson | uniform`;
        p.arrivals = v;
        break;
      }
      case '--burst': {
        const parts = value().split(':').map(Number);
        if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x < 0))
          return `--burst: AT:SECONDS:RPS, e.g. 10:5:400`;
        p.bursts.push({ atSecond: parts[0]!, seconds: parts[1]!, rps: parts[2]! });
        break;
      }
      case '--json':
        p.json = true;
        break;
      case '--lang': {
        const l = value();
        p.lang = l === 'en' ? 'en' : 'es';
        break;
      }
      default:
        return `${p.lang === 'es' ? 'opción desconocida' : 'unknown option'} ${a}`;
    }
  }
  if (p.files.length === 0) return '-f FILE';
  if (!p.url) return '--url URL';
  if (Number.isNaN(p.rps)) return '--rps R';
  if (Number.isNaN(p.seconds)) return '--seconds T';
  try {
    new URL(p.url);
  } catch {
    return `--url ${p.url}`;
  }
  return p;
}

const HEAD = {
  es: [
    'seg',
    'réplicas',
    'listas',
    'enviadas',
    'acabadas',
    'p50 ms',
    'p99 ms',
    'fríos',
    'errores',
    'coste USD',
    'alerta',
  ],
  en: ['sec', 'replicas', 'ready', 'sent', 'done', 'p50 ms', 'p99 ms', 'cold', 'errors', 'cost USD', 'alert'],
};

/** One line per change of the Community Edition's alert, under the table. */
function eventLine(e: ScalingEvent, lang: 'es' | 'en'): string {
  const at = `${(e.atMs / 1000).toFixed(1)} s`;
  const rule = 'APIHighInvocationRate';
  if (e.kind === 'webhook') {
    const to = e.replicas ? `${e.replicas.from} → ${e.replicas.to}` : '';
    return lang === 'es'
      ? `${at}  AlertManager → gateway /system/alert: ${rule} ${e.status} (${e.functionName}), réplicas ${to}`
      : `${at}  AlertManager → gateway /system/alert: ${rule} ${e.status} (${e.functionName}), replicas ${to}`;
  }
  const what = {
    pending: { es: 'pendiente (> 5 rps, esperando for: 5s)', en: 'pending (> 5 rps, waiting for: 5s)' },
    firing: { es: 'se dispara', en: 'firing' },
    resolved: { es: 'resuelta', en: 'resolved' },
  }[e.kind][lang];
  return `${at}  Prometheus: ${rule} ${what} (${e.functionName})`;
}

/** The timeline as a text table, one row per second, then the totals. */
export function formatTimeline(t: LoadTimeline, lang: 'es' | 'en'): string {
  const ms = (v: number | null): string => (v === null ? '-' : Math.round(v).toString());
  const errors = (by: Record<string, number>): string =>
    Object.entries(by)
      .filter(([s]) => !s.startsWith('2'))
      .map(([s, c]) => `${s}×${c}`)
      .join(' ') || '-';
  const rows = [
    HEAD[lang],
    ...t.seconds.map((s) =>
      [
        s.second,
        s.replicas,
        s.readyReplicas,
        s.requests,
        s.completed,
        ms(s.p50Ms),
        ms(s.p99Ms),
        s.coldStarts,
        errors(s.byStatus),
        s.cumulativeCostUsd.toFixed(6),
        s.alert ?? '-',
      ].map(String),
    ),
  ];
  const widths = HEAD[lang].map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 8 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
  const x = t.totals;
  const total =
    lang === 'es'
      ? `total: ${x.requests} enviadas, ${x.completed} acabadas, p50 ${ms(x.p50Ms)} ms, p99 ${ms(x.p99Ms)} ms, ${x.coldStarts} arranques en frío, errores ${errors(x.byStatus)}, coste ${x.costUsd.toFixed(6)} USD (${t.edition})`
      : `total: ${x.requests} sent, ${x.completed} done, p50 ${ms(x.p50Ms)} ms, p99 ${ms(x.p99Ms)} ms, ${x.coldStarts} cold starts, errors ${errors(x.byStatus)}, cost ${x.costUsd.toFixed(6)} USD (${t.edition})`;
  const events = t.seconds.flatMap((s) => s.scalingEvents).map((e) => eventLine(e, lang));
  return `${lines.join('\n')}\n${total}\n${events.length ? `${events.join('\n')}\n` : ''}`;
}

/** Runs `faaslab sim load ARGS`; resolves to 0, 1 (the files have errors) or 2 (usage). */
export async function runLoadCommand(argv: readonly string[], io: LoadCommandIO): Promise<number> {
  const p = parse(argv, io.lang);
  if (typeof p === 'string') {
    io.stderr(`faaslab sim load: ${p}\n\n${LOAD_USAGE}\n`);
    return 2;
  }
  const files: LoadOptions['files'] = [];
  for (const name of p.files) {
    try {
      files.push({ name, text: io.readFile(name) });
    } catch (error) {
      io.stderr(
        `${p.lang === 'es' ? 'No se puede leer' : 'Cannot read'} ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  const timeline = runLoad({
    seed: p.seed,
    edition: p.edition,
    files,
    url: p.url,
    rps: p.rps,
    seconds: p.seconds,
    bursts: p.bursts,
    tailSeconds: p.tail,
    workMs: p.workMs,
    arrivals: p.arrivals,
  });
  for (const d of timeline.diagnostics) io.stderr(`${formatDiagnostic(d, p.lang)}\n`);
  if (timeline.diagnostics.some((d) => d.severity === 'error')) return 1;
  io.stdout(p.json ? `${JSON.stringify(timeline)}\n` : formatTimeline(timeline, p.lang));
  return 0;
}
