/** The options of `faaslab sim load`, parsed with node:util parseArgs and checked against sane caps. */
import type { Language } from '../../core/index.ts';
import { commandOptions, type UsageError } from '../cli/command-options.ts';
import { WORK_LIMITS } from '../model/work-limits.ts';
import type { OpenFaaSEdition } from './editions.ts';
import type { LoadBurst } from './load-generator.ts';

/** What `faaslab sim load` was asked to do. */
export interface LoadCommandArgs {
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
  lang: Language;
}

const OPTIONS = {
  file: { type: 'string', short: 'f', multiple: true },
  url: { type: 'string' },
  rps: { type: 'string' },
  seconds: { type: 'string' },
  tail: { type: 'string' },
  'work-ms': { type: 'string' },
  seed: { type: 'string' },
  edition: { type: 'string' },
  arrivals: { type: 'string' },
  burst: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** Parses and checks the options; a problem comes back in both languages with the language to say it in. */
export const parseLoadArgs = commandOptions(OPTIONS, (values, fail, lang): LoadCommandArgs | UsageError => {
  // Caps keep a typo (an extra zero) from running for minutes: 10 000 rps for an hour is already 36 M requests.
  const num = (v: string | undefined, min: number, max = 10_000): number | null => {
    const n = Number(v);
    return v !== undefined && v !== '' && Number.isFinite(n) && n >= min && n <= max ? n : null;
  };
  const range = (name: string, v: string | undefined, min: number, max = 10_000) =>
    fail(
      `${name} ${v || '(falta)'}: se espera un número entre ${min} y ${max}`,
      `${name} ${v || '(missing)'}: expected a number from ${min} to ${max}`,
    );
  const files = values.file ?? [];
  if (files.length === 0) return fail('falta -f ARCHIVO', '-f FILE is required');
  const url = values.url ?? '';
  if (!url) return fail('falta --url URL', '--url URL is required');
  if (values.rps === undefined) return fail('falta --rps R', '--rps R is required');
  const rps = num(values.rps, 0);
  if (rps === null) return range('--rps', values.rps, 0);
  if (values.seconds === undefined) return fail('falta --seconds T', '--seconds T is required');
  const seconds = num(values.seconds, 1, 3_600);
  if (seconds === null) return range('--seconds', values.seconds, 1, 3_600);
  const tail = values.tail === undefined ? 0 : num(values.tail, 0, 3_600);
  if (tail === null) return range('--tail', values.tail, 0, 3_600);
  const workMs = values['work-ms'] === undefined ? undefined : num(values['work-ms'], 0, 600_000);
  if (workMs === null) return range('--work-ms', values['work-ms'], 0, 600_000);
  const seed = values.seed === undefined ? 1 : num(values.seed, 0, 2 ** 31);
  if (seed === null) return range('--seed', values.seed, 0, 2 ** 31);
  const edition = values.edition ?? 'community';
  if (edition !== 'community' && edition !== 'pro') return fail(`--edition ${edition}: community | pro`);
  const arrivals = values.arrivals ?? 'poisson';
  if (arrivals !== 'poisson' && arrivals !== 'uniform')
    return fail(`--arrivals ${arrivals}: poisson | uniform`);
  const bursts: LoadBurst[] = [];
  for (const burst of values.burst ?? []) {
    const parts = burst.split(':').map(Number);
    if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x) || x < 0))
      return fail('--burst: EN:SEGUNDOS:RPS, p. ej. 10:5:400', '--burst: AT:SECONDS:RPS, e.g. 10:5:400');
    if (parts[2]! > WORK_LIMITS.requestRate.ours)
      return range('--burst RPS', String(parts[2]), 0, WORK_LIMITS.requestRate.ours);
    if (parts[1]! > 3_600) return range('--burst SECONDS', String(parts[1]), 0, 3_600);
    bursts.push({ atSecond: parts[0]!, seconds: parts[1]!, rps: parts[2]! });
  }
  // Every request is simulated one by one: bound the total, whatever mix of --rps and bursts asks for it.
  const total = rps * seconds + bursts.reduce((sum, b) => sum + b.rps * b.seconds, 0);
  if (total > WORK_LIMITS.loadRequests.ours)
    return fail(
      `--rps/--burst: ${Math.round(total)} peticiones superan el límite de ${WORK_LIMITS.loadRequests.ours} por ejecución (Kubernetes real: ${WORK_LIMITS.loadRequests.kubernetes.es})`,
      `--rps/--burst: ${Math.round(total)} requests exceed the limit of ${WORK_LIMITS.loadRequests.ours} per run (real Kubernetes: ${WORK_LIMITS.loadRequests.kubernetes.en})`,
    );
  try {
    new URL(url);
  } catch {
    return fail(`--url ${url}: no es una URL`, `--url ${url}: not a URL`);
  }
  return {
    files,
    url,
    rps,
    seconds: Math.floor(seconds),
    edition,
    bursts,
    tail: Math.floor(tail),
    workMs,
    seed: Math.floor(seed),
    arrivals,
    json: values.json ?? false,
    lang,
  };
});
