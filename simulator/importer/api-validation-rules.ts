import type { Json, KubeObject } from '../api-types.ts';
import type { SemanticProblem } from './semantic-problem.ts';
import type { FieldPath } from './yaml-locator.ts';

import { isObject } from '../../core/index.ts';

/**
 * API-server validation rules the schema cannot express, each group citing the kubernetes/kubernetes file
 * it follows. Messages keep the apiserver's wording (diagnostic-messages.ts, by code).
 */
export function checkApiRules(object: KubeObject): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const spec = isObject(object.spec) ? object.spec : {};
  checkLabels(object.metadata.labels, ['metadata', 'labels'], problems);
  if (object.kind === 'Service') checkHeadless(spec, problems);
  if (object.kind === 'Deployment') checkRollingUpdate(spec, problems);
  if (object.kind === 'Ingress') checkIngressPaths(spec, problems);
  if (object.kind === 'Pod') checkPodSpec(spec, ['spec'], problems);
  if ((object.kind === 'Deployment' || object.kind === 'ReplicaSet') && isObject(spec.template)) {
    const template = spec.template;
    if (isObject(template.metadata))
      checkLabels(template.metadata.labels, ['spec', 'template', 'metadata', 'labels'], problems);
    if (isObject(template.spec)) checkPodSpec(template.spec, ['spec', 'template', 'spec'], problems);
  }
  return problems;
}

// apimachinery pkg/util/validation/validation.go: IsQualifiedName (keys) and IsValidLabelValue (values).
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkLabels(labels: unknown, path: FieldPath, problems: SemanticProblem[]): void {
  if (!isObject(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : null;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (
      name.length > 63 ||
      !QUALIFIED_NAME.test(name) ||
      (prefix !== null && (!DNS_SUBDOMAIN.test(prefix) || prefix.length > 253))
    )
      problems.push({ code: 'invalid-label-key', path: [...path, key], params: { key } });
    else if (typeof value === 'string' && (value.length > 63 || !LABEL_VALUE.test(value)))
      problems.push({ code: 'invalid-label-value', path: [...path, key], params: { value } });
  }
}

// pkg/apis/core/validation/validation.go ValidateService: a headless Service cannot be NodePort or LoadBalancer.
function checkHeadless(spec: Json, problems: SemanticProblem[]): void {
  const type = spec.type;
  if (spec.clusterIP === 'None' && (type === 'NodePort' || type === 'LoadBalancer'))
    problems.push({ code: 'headless-service-type', path: ['spec', 'clusterIP'], params: { type } });
}

/** IntOrString value of maxSurge/maxUnavailable: 0 for `0` and `0%`, else non-zero; default 25%. */
function isZero(value: unknown): boolean {
  return value === 0 || value === '0%' || value === '0';
}

// pkg/apis/apps/validation/validation.go ValidateRollingUpdateDeployment.
function checkRollingUpdate(spec: Json, problems: SemanticProblem[]): void {
  const strategy = isObject(spec.strategy) ? spec.strategy : {};
  if (strategy.type === 'Recreate' || !isObject(strategy.rollingUpdate)) return;
  const ru = strategy.rollingUpdate;
  if (isZero(ru.maxUnavailable) && isZero(ru.maxSurge))
    problems.push({
      code: 'rolling-update-zero',
      path: ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'],
      params: { value: String(ru.maxUnavailable) },
    });
}

// pkg/apis/networking/validation/validation.go validateIngressHTTPIngressPath: invalidPathSequences and suffixes.
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];

function checkIngressPaths(spec: Json, problems: SemanticProblem[]): void {
  const rules = Array.isArray(spec.rules) ? spec.rules : [];
  rules.forEach((rule: unknown, ri) => {
    const paths =
      isObject(rule) && isObject(rule.http) && Array.isArray(rule.http.paths) ? rule.http.paths : [];
    paths.forEach((p: unknown, pi) => {
      if (!isObject(p) || typeof p.path !== 'string') return;
      if (p.pathType !== 'Exact' && p.pathType !== 'Prefix') return;
      const at: FieldPath = ['spec', 'rules', ri, 'http', 'paths', pi, 'path'];
      const sequence = INVALID_PATH_SEQUENCES.find((s) => (p.path as string).includes(s));
      if (sequence)
        problems.push({ code: 'ingress-path-sequence', path: at, params: { path: p.path, sequence } });
      const suffix = INVALID_PATH_SUFFIXES.find((s) => (p.path as string).endsWith(s));
      if (suffix) problems.push({ code: 'ingress-path-suffix', path: at, params: { path: p.path, suffix } });
    });
  });
}

// apimachinery pkg/api/resource/quantity.go: the quantity grammar (the apiserver's splitREString).
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const PROBE_FIELDS = [
  'initialDelaySeconds',
  'timeoutSeconds',
  'periodSeconds',
  'successThreshold',
  'failureThreshold',
];

// pkg/apis/core/validation/validation.go: validateContainerResourceName/ValidateResourceQuantityValue, validateProbe.
function checkPodSpec(podSpec: Json, base: FieldPath, problems: SemanticProblem[]): void {
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  containers.forEach((c: unknown, ci) => {
    if (!isObject(c)) return;
    const at: FieldPath = [...base, 'containers', ci];
    const resources = isObject(c.resources) ? c.resources : {};
    for (const group of ['requests', 'limits'] as const) {
      const values = isObject(resources[group]) ? resources[group] : {};
      for (const [name, value] of Object.entries(values)) {
        const text = String(value);
        if (typeof value === 'string' ? !QUANTITY.test(text) : typeof value !== 'number')
          problems.push({
            code: 'invalid-quantity',
            path: [...at, 'resources', group, name],
            params: { value: text },
          });
        else if (text.startsWith('-'))
          problems.push({
            code: 'negative-quantity',
            path: [...at, 'resources', group, name],
            params: { value: text },
          });
      }
    }
    for (const probe of PROBES) {
      const p = c[probe];
      if (!isObject(p)) continue;
      for (const field of PROBE_FIELDS)
        if (typeof p[field] === 'number' && (p[field] as number) < 0)
          problems.push({
            code: 'negative-field',
            path: [...at, probe, field],
            params: { value: p[field] as number },
          });
      if (probe !== 'readinessProbe' && typeof p.successThreshold === 'number' && p.successThreshold > 1)
        problems.push({
          code: 'success-threshold-one',
          path: [...at, probe, 'successThreshold'],
          params: { value: p.successThreshold },
        });
    }
  });
}
