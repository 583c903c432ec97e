/**
 * Renders the ingress-controller-conformance backends (shared/fixtures/ingress-conformance/manifests/
 * echo-*.template.yaml) for every Service an Ingress references, as the suite does
 * (test/kubernetes/deployment.go NewEchoDeployment): Deployment "<ingress>-<service>" and a NodePort
 * Service "<service>" on port.number (8080 when the port is named), targetPort 3000.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const dir = new URL('../fixtures/course/ingress-conformance/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');

interface BackendRef {
  service?: { name?: string; port?: { number?: number; name?: string } };
}

function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{ \.(\w+) \}\}/g, (_, key: string) => values[key] ?? '');
}

/** The Ingress manifest text and the YAML of its backends. */
export function conformanceManifests(ingressPath: string): {
  ingress: string;
  backends: string;
  ingressName: string;
} {
  const ingress = read(ingressPath);
  const object = parse(ingress) as {
    metadata: { name: string };
    spec: {
      defaultBackend?: BackendRef;
      rules?: Array<{ http?: { paths?: Array<{ backend: BackendRef }> } }>;
    };
  };
  const refs: BackendRef[] = [
    object.spec.defaultBackend ?? {},
    ...(object.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => p.backend)),
  ];
  const seen = new Map<string, { number?: number; name?: string }>();
  for (const ref of refs)
    if (ref.service?.name && !seen.has(ref.service.name)) seen.set(ref.service.name, ref.service.port ?? {});
  const docs: string[] = [];
  for (const [service, port] of seen) {
    const name = `${object.metadata.name}-${service}`;
    const portName = port.name ?? 'http';
    docs.push(
      render(read('manifests/echo-deployment.template.yaml'), {
        Name: name,
        MatchLabels: name,
        Labels: name,
        Image: 'k8s.gcr.io/ingressconformance/echoserver:v0.0.1',
        Ingress: object.metadata.name,
        Service: service,
        PortName: portName,
      }),
    );
    const svc = render(read('manifests/echo-service.template.yaml'), {
      Name: service,
      Selector: name,
      Port: String(port.number ?? 8080),
    });
    docs.push(port.name ? svc.replace('    - port:', `    - name: ${port.name}\n      port:`) : svc);
  }
  return { ingress, backends: docs.join('\n---\n'), ingressName: object.metadata.name };
}

/** One routable case of cases.json. */
export interface ConformanceCase {
  feature: string;
  ingress: string;
  scenario: string;
  method?: string;
  scheme?: string;
  host?: string | null;
  path?: string;
  count?: number;
  expectStatus?: number;
  expectService?: string;
  expectDistinctPods?: number;
  expectIngressStatusAddress?: boolean;
  scaleBackend?: { deployment: string; replicas: number };
}

/** All cases of the suite. */
export function conformanceCases(): ConformanceCase[] {
  return (JSON.parse(read('cases.json')) as { cases: ConformanceCase[] }).cases;
}
