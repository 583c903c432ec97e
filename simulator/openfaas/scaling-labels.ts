import { parseGoDuration } from './go-duration.ts';
import { openfaasIssue, type OpenFaaSIssue } from './openfaas-messages.ts';
import type { Bilingual } from '../../core/index.ts';

/** What the autoscaler measures per replica. */
export type ScaleType = 'rps' | 'capacity' | 'cpu';

/** A function's scaling settings after reading its labels (defaults filled in). */
export interface ScalingConfig {
  min: number;
  max: number;
  /** Percent of max added per alert in the 2020 alert-driven scaling; read but unused by the Pro formula. */
  factor: number;
  target: number;
  targetProportion: number;
  type: ScaleType;
  zero: boolean;
  zeroDurationMs: number;
}

type Kind =
  | { int: [number, number] }
  | { float: [number, number] }
  | { oneOf: readonly string[] }
  | 'bool'
  | 'duration';

/** One row of the label table: the label, its field, its default, what it accepts and where it is documented. */
export interface ScalingLabelRow {
  label: string;
  field: keyof ScalingConfig;
  default: string;
  kind: Kind;
  meaning: Bilingual;
  source: string;
}

const AUTOSCALING_DOC = 'https://docs.openfaas.com/architecture/autoscaling/';

/** The com.openfaas.scale.* labels, as the OpenFaaS Pro autoscaling page lists them (defaults included). */
export const SCALING_LABELS: readonly ScalingLabelRow[] = [
  {
    label: 'com.openfaas.scale.min',
    field: 'min',
    default: '1',
    kind: { int: [0, 1000] },
    meaning: { es: 'réplicas mínimas bajo carga', en: 'minimum replicas under load' },
    source: AUTOSCALING_DOC,
  },
  {
    label: 'com.openfaas.scale.max',
    field: 'max',
    default: '20',
    kind: { int: [1, 1000] },
    meaning: { es: 'réplicas máximas', en: 'maximum replicas' },
    source: AUTOSCALING_DOC,
  },
  {
    label: 'com.openfaas.scale.factor',
    field: 'factor',
    default: '20',
    kind: { int: [0, 100] },
    meaning: {
      es: '% de max añadido por alerta (escalado de 2020 por AlertManager)',
      en: '% of max added per alert (2020 AlertManager scaling)',
    },
    source: 'https://github.com/openfaas/faas/blob/master/gateway/README.md',
  },
  {
    label: 'com.openfaas.scale.target',
    field: 'target',
    default: '50',
    kind: { float: [0.001, 1e9] },
    meaning: { es: 'carga objetivo por réplica', en: 'target load per replica' },
    source: AUTOSCALING_DOC,
  },
  {
    label: 'com.openfaas.scale.target-proportion',
    field: 'targetProportion',
    default: '0.90',
    kind: { float: [0.01, 1] },
    meaning: {
      es: 'fracción del objetivo a la que se escala',
      en: 'fraction of the target at which to scale',
    },
    source: AUTOSCALING_DOC,
  },
  {
    label: 'com.openfaas.scale.type',
    field: 'type',
    default: 'rps',
    kind: { oneOf: ['rps', 'capacity', 'cpu'] },
    meaning: {
      es: 'qué se mide: peticiones/s, peticiones en curso o milinúcleos',
      en: 'what is measured: requests/s, requests in flight or millicores',
    },
    source: AUTOSCALING_DOC,
  },
  {
    label: 'com.openfaas.scale.zero',
    field: 'zero',
    default: 'false',
    kind: 'bool',
    meaning: { es: 'permite escalar a cero', en: 'allows scaling to zero' },
    source: 'https://docs.openfaas.com/openfaas-pro/scale-to-zero/',
  },
  {
    label: 'com.openfaas.scale.zero-duration',
    field: 'zeroDurationMs',
    default: '15m',
    kind: 'duration',
    meaning: { es: 'inactividad antes de escalar a cero', en: 'idle time before scaling to zero' },
    source: 'https://docs.openfaas.com/openfaas-pro/scale-to-zero/',
  },
];

function readValue(
  row: ScalingLabelRow,
  raw: string,
  path: string,
): { value: number | string | boolean } | { issue: OpenFaaSIssue } {
  const kind = row.kind;
  if (kind === 'bool') {
    if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
    return { issue: openfaasIssue('openfaas-label-bool', path, { label: row.label, value: raw }) };
  }
  if (kind === 'duration') {
    const ms = parseGoDuration(raw);
    return ms === null
      ? { issue: openfaasIssue('openfaas-label-duration', path, { label: row.label, value: raw }) }
      : { value: ms };
  }
  if ('oneOf' in kind) {
    if (kind.oneOf.includes(raw)) return { value: raw };
    return {
      issue: openfaasIssue('openfaas-label-enum', path, {
        label: row.label,
        value: raw,
        allowed: kind.oneOf.join(', '),
      }),
    };
  }
  const [lo, hi] = 'int' in kind ? kind.int : kind.float;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || ('int' in kind && !Number.isInteger(n))) {
    return {
      issue: openfaasIssue('openfaas-label-not-number', path, {
        label: row.label,
        value: raw,
        example: row.default,
      }),
    };
  }
  if (n < lo || n > hi)
    return {
      issue: openfaasIssue('openfaas-label-range', path, {
        label: row.label,
        value: raw,
        range: `${lo}–${hi}`,
      }),
    };
  return { value: n };
}

/**
 * Reads the scaling labels of a function. Missing labels take the documented default; a bad value is an
 * issue (with `pathPrefix` + the label as its path) and the default is used in its place.
 */
export function readScalingConfig(
  labels: Record<string, string> | undefined,
  pathPrefix = 'labels',
): { config: ScalingConfig; issues: OpenFaaSIssue[] } {
  const issues: OpenFaaSIssue[] = [];
  const values: Record<string, unknown> = {};
  for (const row of SCALING_LABELS) {
    const fallback = readValue(row, row.default, '');
    if ('value' in fallback) values[row.field] = fallback.value;
    const raw = labels?.[row.label];
    if (raw === undefined) continue;
    const read = readValue(row, String(raw), `${pathPrefix}["${row.label}"]`);
    if ('issue' in read) issues.push(read.issue);
    else values[row.field] = read.value;
  }
  const config = values as unknown as ScalingConfig;
  if (config.min > config.max) {
    issues.push(
      openfaasIssue('openfaas-scale-min-above-max', `${pathPrefix}["com.openfaas.scale.min"]`, {
        min: config.min,
        max: config.max,
      }),
    );
    config.min = config.max;
  }
  return { config, issues };
}
