/**
 * Routed requests per second through Ingress → Service → Pod on 3 nodes, 20 Services, 100 Pods
 * (goal ≥ 1,000,000/s). Prints figures with the built-in echo and with a constant backend, so the cost of
 * routing itself is visible apart from building the echo's JSON.
 */
import { createSimulation, requestFromUrl, type SimRequest } from '../simulator/index.ts';

const SERVICES = 20;
const PODS_PER_SERVICE = 5;

function manifests(): string {
  const docs: string[] = [];
  const paths: string[] = [];
  for (let i = 0; i < SERVICES; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app${i}}
spec:
  replicas: ${PODS_PER_SERVICE}
  selector: {matchLabels: {app: app${i}}}
  template:
    metadata: {labels: {app: app${i}}}
    spec:
      containers: [{name: app, image: "hashicorp/http-echo:1.0", ports: [{containerPort: 8080}], resources: {requests: {cpu: 10m, memory: 16Mi}}}]
---
apiVersion: v1
kind: Service
metadata: {name: app${i}}
spec:
  selector: {app: app${i}}
  ports: [{port: 80, targetPort: 8080}]`);
    paths.push(
      `      - {path: /app${i}, pathType: Prefix, backend: {service: {name: app${i}, port: {number: 80}}}}`,
    );
  }
  docs.push(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: apps}
spec:
  rules:
  - host: apps.example.com
    http:
      paths:
${paths.join('\n')}`);
  return docs.join('\n---\n');
}

function measure(
  label: string,
  route: (r: SimRequest) => { status: number },
  requests: SimRequest[],
  seconds = 1.5,
): void {
  for (let i = 0; i < 50_000; i++) route(requests[i % requests.length]!);
  let n = 0;
  let ok = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 10_000; i++) if (route(requests[(n + i) % requests.length]!).status === 200) ok++;
    n += 10_000;
  }
  const elapsed = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  // Per CPU-second as well: on a shared machine the wall-clock rate depends on what else runs.
  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  console.log(
    `${label}: ${fmt(n / elapsed)} requests/s wall-clock, ${fmt(n / cpuSeconds)} per CPU-second (${n.toLocaleString('en-US')} requests, ${ok === n ? 'all 200' : `${n - ok} not 200`})`,
  );
}

const sim = createSimulation({ seed: 1, nodes: 3 });
const result = sim.apply(manifests(), 'bench.yaml');
if (result.diagnostics.length) throw new Error(result.diagnostics[0]!.message.en);
sim.settle();
const pods = sim.snapshot().pods.filter((p) => p.namespace === 'default' && p.ready).length;
console.log(
  `cluster: 3 nodes, ${SERVICES} services, ${pods} ready pods, Ingress with ${SERVICES} paths (traefik mode)`,
);
const requests = Array.from({ length: 64 }, (_, i) =>
  requestFromUrl(`http://192.168.1.1${i % 3}/app${i % SERVICES}/item/${i}`, {
    headers: { host: 'apps.example.com' },
  }),
);
measure('routeRequest, Ingress → Service → Pod, built-in echo backend', (r) => sim.routeRequest(r), requests);
const remove = sim.addBackend({
  handles: () => true,
  handle: () => ({ status: 200, headers: {}, body: 'ok' }),
});
measure('routeRequest, Ingress → Service → Pod, constant backend', (r) => sim.routeRequest(r), requests);
sim.setIngressMode('conformant');
measure('routeRequest, conformant mode, constant backend', (r) => sim.routeRequest(r), requests);
remove();

// The packet view (createSimulation({ packets: true }), what the island and `sim route` use) costs a
// post-pass per trace; routing without it is the figure above.
const withPackets = createSimulation({ seed: 1, nodes: 3, packets: true });
withPackets.apply(manifests(), 'bench.yaml');
withPackets.settle();
withPackets.addBackend({ handles: () => true, handle: () => ({ status: 200, headers: {}, body: 'ok' }) });
measure(
  'routeRequest with the packet view, Ingress → Service → Pod, constant backend',
  (r) => withPackets.routeRequest(r),
  requests,
);
