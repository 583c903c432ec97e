import { parse } from 'yaml';
import { parseClusterCidr, WORK_LIMITS, type NodeSpec } from '../index.ts';
import type { RequestPreset, Scenario, ScenarioManifest, ScenarioStep, StepCheck } from './scenario.ts';
import { type Bilingual, isObject } from '../../core/index.ts';

/** A scenario file that does not say what it must; the message names the field (an author's error, found at build time). */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    message: string,
  ) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ScenarioError';
  }
}

const CHECK_KEYS = new Set([
  'podRunning',
  'podRestarted',
  'serviceHasNodePort',
  'serviceHasLoadBalancerIP',
  'serviceHasEndpoints',
  'deploymentReady',
  'deploymentImage',
  'nodeReady',
  'readyPodsAvoidNode',
  'requestSucceeds',
  'requestFails',
  'allOf',
]);

/**
 * Parses a scenario file (simulator/scenarios/ID.yaml). `readManifest` returns the text of a manifest
 * named by path (relative to simulator/scenarios/); inline manifests are `{ file, text }`.
 * Throws a ScenarioError naming the field when the file is malformed.
 */
export function parseScenario(
  id: string,
  yamlText: string,
  readManifest: (path: string) => string,
): Scenario {
  const file = `${id}.yaml`;
  const fail = (field: string, message: string): never => {
    throw new ScenarioError(file, field, message);
  };
  const raw: unknown = parse(yamlText);
  if (!isObject(raw)) return fail('(root)', 'must be a mapping');
  const bilingual = (value: unknown, field: string): Bilingual =>
    isObject(value) && typeof value.es === 'string' && typeof value.en === 'string'
      ? { es: value.es.trim(), en: value.en.trim() }
      : fail(field, 'needs es and en texts');

  const title = bilingual(raw.title, 'title');
  const description = bilingual(raw.description, 'description');
  const manifests: ScenarioManifest[] = (
    Array.isArray(raw.manifests) ? raw.manifests : fail('manifests', 'must be a list')
  ).map((entry: unknown, i: number) => {
    if (typeof entry === 'string')
      return { file: entry.split('/').pop() ?? entry, text: readManifest(entry) };
    if (isObject(entry) && typeof entry.file === 'string' && typeof entry.text === 'string')
      return { file: entry.file, text: entry.text };
    return fail(`manifests[${i}]`, 'must be a path or { file, text }');
  });
  const steps: ScenarioStep[] = (Array.isArray(raw.steps) ? raw.steps : []).map(
    (step: unknown, i: number) => {
      if (!isObject(step) || typeof step.id !== 'string') return fail(`steps[${i}].id`, 'is required');
      return {
        id: step.id,
        goal: bilingual(step.goal, `steps[${i}].goal`),
        hint: bilingual(step.hint, `steps[${i}].hint`),
        check: parseCheck(step.check, `steps[${i}].check`, fail),
      };
    },
  );
  const requests: RequestPreset[] = (Array.isArray(raw.requests) ? raw.requests : []).map(
    (r: unknown, i: number) => {
      if (!isObject(r) || typeof r.url !== 'string') return fail(`requests[${i}].url`, 'is required');
      const preset: RequestPreset = { label: bilingual(r.label, `requests[${i}].label`), url: r.url };
      if (typeof r.fromPod === 'string') preset.fromPod = r.fromPod;
      return preset;
    },
  );
  const nodes =
    raw.nodes === undefined
      ? 3
      : typeof raw.nodes === 'number' || Array.isArray(raw.nodes)
        ? (raw.nodes as NodeSpec[] | number)
        : fail('nodes', 'must be a count or a list');
  const nodeCount = typeof nodes === 'number' ? nodes : nodes.length;
  if (!(nodeCount >= 1 && nodeCount <= WORK_LIMITS.scenarioNodes.ours))
    fail('nodes', `must be between 1 and ${WORK_LIMITS.scenarioNodes.ours} nodes`);
  const images = (
    Array.isArray(raw.images) ? raw.images : raw.images === undefined ? [] : fail('images', 'must be a list')
  ).map((entry: unknown, i: number) =>
    isObject(entry) && typeof entry.image === 'string'
      ? {
          image: entry.image,
          ...(Array.isArray(entry.platforms) ? { platforms: entry.platforms.map(String) } : {}),
        }
      : fail(`images[${i}].image`, 'is required'),
  );
  const cidr = raw.clusterCidr === undefined ? undefined : parseClusterCidr(String(raw.clusterCidr));
  const clusterCidr = typeof cidr === 'string' ? fail('clusterCidr', cidr) : cidr;
  const ingressMode = raw.ingressMode ?? 'traefik';
  if (ingressMode !== 'traefik' && ingressMode !== 'conformant')
    fail('ingressMode', 'must be traefik or conformant');
  return {
    id,
    title,
    description,
    seed: typeof raw.seed === 'number' ? raw.seed : fail('seed', 'must be a number'),
    nodes,
    ingressMode: ingressMode as Scenario['ingressMode'],
    ...(clusterCidr ? { clusterCidr: clusterCidr.text } : {}),
    images,
    manifests,
    settle: raw.settle !== false,
    requests,
    steps,
  };
}

function parseCheck(
  value: unknown,
  field: string,
  fail: (field: string, message: string) => never,
): StepCheck {
  if (!isObject(value)) return fail(field, 'must be a mapping with one check');
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined || !CHECK_KEYS.has(key))
    return fail(field, `must have exactly one of ${[...CHECK_KEYS].join(', ')}`);
  if (key === 'allOf') {
    const list = value.allOf;
    if (!Array.isArray(list)) return fail(`${field}.allOf`, 'must be a list');
    return { allOf: list.map((c: unknown, i: number) => parseCheck(c, `${field}.allOf[${i}]`, fail)) };
  }
  if (!isObject(value[key])) return fail(`${field}.${key}`, 'must be a mapping');
  return value as StepCheck;
}
