import type { Json, KubeObject } from '../api-types.ts';
import { checkApiRules } from './api-validation-rules.ts';
import type { SemanticProblem } from './semantic-problem.ts';
import { isObject } from '../../core/index.ts';

export type { SemanticProblem } from './semantic-problem.ts';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** The longest name of a kind: 63 for the labels Services and Namespaces need, 253 for a subdomain. */
const maxLength = (kind: string): number => (kind === 'Service' || kind === 'Namespace' ? 63 : 253);

/**
 * The rule a kind's name follows, as diagnostic codes, one per message apimachinery gives (a name both too
 * long and malformed gets two): Services an RFC 1035 label (core/validation ValidateServiceName), Namespaces
 * an RFC 1123 label (ValidateNamespaceName), the other kinds an RFC 1123 subdomain.
 */
function nameRule(kind: string): (text: string) => string[] {
  return (text) => {
    const codes = text.length > maxLength(kind) ? ['name-too-long'] : [];
    if (kind === 'Service') return DNS1035_LABEL.test(text) ? codes : [...codes, 'invalid-name-dns1035'];
    if (kind === 'Namespace') {
      if (DNS_LABEL.test(text)) return codes;
      // IsDNS1123Label: a valid subdomain that is no label can only be one with dots.
      return [...codes, DNS_SUBDOMAIN.test(text) ? 'name-with-dots' : 'invalid-name-label'];
    }
    return DNS_SUBDOMAIN.test(text) ? codes : [...codes, 'invalid-name'];
  };
}

/**
 * Checks values the OpenAPI schema cannot express but the API server validates: names, port ranges,
 * the NodePort range 30000–32767, selectors against template labels, Ingress paths and hosts.
 * Runs on an object that already passed the schema (types are right).
 */
export function checkSemantics(object: KubeObject): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const name = object.metadata.name;
  const rule = nameRule(object.kind);
  const max = maxLength(object.kind);
  // generateName is checked first, whenever it is set, as a prefix: its trailing dash masked, since
  // characters follow it (apimachinery v0.32 pkg/api/validation/objectmeta.go ValidateObjectMetaAccessor,
  // generic.go maskTrailingDash).
  const generateName = object.metadata.generateName;
  if (typeof generateName === 'string' && generateName !== '')
    for (const code of rule(maskTrailingDash(generateName)))
      problems.push({ code, path: ['metadata', 'generateName'], params: { name: generateName, max } });
  for (const code of rule(name))
    problems.push({
      code,
      path: ['metadata', 'name'],
      params: { name, max },
    });
  const spec = isObject(object.spec) ? object.spec : {};
  if (object.kind === 'Service') checkService(spec, problems);
  if (object.kind === 'Deployment' || object.kind === 'ReplicaSet') checkSelector(spec, problems);
  if (object.kind === 'Ingress') checkIngress(spec, problems);
  if (object.kind === 'Pod') checkContainerPorts(spec, ['spec'], problems);
  if (
    (object.kind === 'Deployment' || object.kind === 'ReplicaSet') &&
    isObject(spec.template) &&
    isObject(spec.template.spec)
  )
    checkContainerPorts(spec.template.spec, ['spec', 'template', 'spec'], problems);
  problems.push(...checkApiRules(object));
  return problems;
}

/** apimachinery's maskTrailingDash, to the letter: a final dash (of a name longer than 1) and the character
 * before it become `a` (`ab-` is checked as `aa`). */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

function checkService(spec: Json, problems: SemanticProblem[]): void {
  const type = typeof spec.type === 'string' ? spec.type : 'ClusterIP';
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  ports.forEach((port: unknown, i) => {
    if (!isObject(port)) return;
    if (typeof port.port === 'number' && (port.port < 1 || port.port > 65535))
      problems.push({ code: 'port-range', path: ['spec', 'ports', i, 'port'], params: { port: port.port } });
    if (typeof port.targetPort === 'number' && (port.targetPort < 1 || port.targetPort > 65535))
      problems.push({
        code: 'port-range',
        path: ['spec', 'ports', i, 'targetPort'],
        params: { port: port.targetPort },
      });
    if (typeof port.nodePort === 'number') {
      // kubernetes.io/docs/concepts/services-networking/service/#type-nodeport — default range 30000-32767.
      if (type !== 'NodePort' && type !== 'LoadBalancer')
        problems.push({
          code: 'node-port-not-allowed',
          path: ['spec', 'ports', i, 'nodePort'],
          params: { type },
        });
      else if (port.nodePort < 30000 || port.nodePort > 32767)
        problems.push({
          code: 'node-port-range',
          path: ['spec', 'ports', i, 'nodePort'],
          params: { port: port.nodePort },
        });
    }
    if (ports.length > 1 && (typeof port.name !== 'string' || port.name === ''))
      problems.push({ code: 'port-name-required', path: ['spec', 'ports', i, 'name'], params: {} });
  });
  // Only a headless or ExternalName Service may have no ports (k8s pkg/apis/core/validation ValidateService).
  if (ports.length === 0 && spec.clusterIP !== 'None' && type !== 'ExternalName')
    problems.push({ code: 'service-ports-required', path: ['spec', 'ports'], params: {} });
  const ip = spec.clusterIP;
  if (typeof ip === 'string' && ip !== '' && ip !== 'None' && !/^10\.43\.\d{1,3}\.\d{1,3}$/.test(ip))
    problems.push({ code: 'cluster-ip-range', path: ['spec', 'clusterIP'], params: { ip } });
}

function checkSelector(spec: Json, problems: SemanticProblem[]): void {
  const matchLabels =
    isObject(spec.selector) && isObject(spec.selector.matchLabels) ? spec.selector.matchLabels : {};
  const template = isObject(spec.template) ? spec.template : {};
  const labels =
    isObject(template.metadata) && isObject(template.metadata.labels) ? template.metadata.labels : {};
  if (Object.entries(matchLabels).some(([k, v]) => labels[k] !== v))
    problems.push({
      code: 'selector-mismatch',
      path: ['spec', 'template', 'metadata', 'labels'],
      params: {},
    });
}

function checkContainerPorts(podSpec: Json, base: Array<string | number>, problems: SemanticProblem[]): void {
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  containers.forEach((c: unknown, ci) => {
    if (!isObject(c) || !Array.isArray(c.ports)) return;
    c.ports.forEach((p: unknown, pi) => {
      if (
        isObject(p) &&
        typeof p.containerPort === 'number' &&
        (p.containerPort < 1 || p.containerPort > 65535)
      )
        problems.push({
          code: 'port-range',
          path: [...base, 'containers', ci, 'ports', pi, 'containerPort'],
          params: { port: p.containerPort },
        });
    });
  });
}

function checkIngress(spec: Json, problems: SemanticProblem[]): void {
  const rules = Array.isArray(spec.rules) ? spec.rules : [];
  if (rules.length === 0 && !spec.defaultBackend)
    problems.push({ code: 'ingress-backend-required', path: ['spec'], params: {} });
  rules.forEach((rule: unknown, ri) => {
    if (!isObject(rule)) return;
    if (typeof rule.host === 'string' && !validIngressHost(rule.host))
      problems.push({
        code: 'invalid-ingress-host',
        path: ['spec', 'rules', ri, 'host'],
        params: { host: rule.host },
      });
    const paths = isObject(rule.http) && Array.isArray(rule.http.paths) ? rule.http.paths : [];
    paths.forEach((p: unknown, pi) => {
      if (!isObject(p)) return;
      // "Paths that do not include an explicit pathType will fail validation" (Ingress concept page).
      if (p.pathType === undefined)
        problems.push({
          code: 'path-type-required',
          path: ['spec', 'rules', ri, 'http', 'paths', pi, 'pathType'],
          params: {},
        });
      if (typeof p.path === 'string' && !p.path.startsWith('/'))
        problems.push({
          code: 'invalid-ingress-path',
          path: ['spec', 'rules', ri, 'http', 'paths', pi, 'path'],
          params: { path: p.path },
        });
    });
  });
}

/** A precise DNS name or `*.` plus one, never an IP or a port (IngressRule.Host godoc). */
function validIngressHost(host: string): boolean {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')) return false;
  const rest = host.startsWith('*.') ? host.slice(2) : host;
  return DNS_SUBDOMAIN.test(rest) && rest.length <= 253;
}
