import { EXIT, formatDiagnostic } from '../../core/index.ts';
import type { ScalingEvent } from './legacy-alert-scaling.ts';
import { parseLoadArgs } from './load-command-args.ts';
import { LOAD_USAGE } from './load-usage.ts';
import { readNamedFiles } from '../cli/read-named-files.ts';
import { runLoad, type LoadTimeline } from './load-generator.ts';

/** Where `faaslab sim load` reads and writes (the same shape as the sim CLI's, injected by tests). */
export interface LoadCommandIO {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  lang: string | undefined;
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
  const p = parseLoadArgs(argv, io.lang);
  if ('error' in p) {
    io.stderr(`faaslab sim load: ${p.error[p.lang]}\n${LOAD_USAGE[p.lang]}\n`);
    return EXIT.usage;
  }
  const files = readNamedFiles(p.files, p.lang, io);
  if (!files) return EXIT.usage;
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
  if (timeline.diagnostics.some((d) => d.severity === 'error')) return EXIT.failed;
  io.stdout(p.json ? `${JSON.stringify(timeline)}\n` : formatTimeline(timeline, p.lang));
  return EXIT.ok;
}
