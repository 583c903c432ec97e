/**
 * Import and validation of a 1,000-object YAML (Deployments, Services and Ingresses in equal parts):
 * parse with positions, strict unknown-field walk, OpenAPI schema checks, semantic checks; then the same
 * file applied to a cluster (admission + controllers).
 */
import { createSimulation, validateManifests } from '../simulator/index.ts';

const OBJECTS = 1000;

function manifest(i: number): string {
  switch (i % 3) {
    case 0:
      return `apiVersion: apps/v1
kind: Deployment
metadata: {name: app${i}, labels: {app: app${i}}}
spec:
  replicas: 1
  selector: {matchLabels: {app: app${i}}}
  template:
    metadata: {labels: {app: app${i}}}
    spec:
      containers:
      - name: app
        image: registry.example.com/app:${i}
        ports: [{name: http, containerPort: 8080}]
        resources: {requests: {cpu: 1m, memory: 1Mi}}
        readinessProbe: {httpGet: {path: /healthz, port: http}, periodSeconds: 5}`;
    case 1:
      return `apiVersion: v1
kind: Service
metadata: {name: svc${i}}
spec:
  selector: {app: app${i - 1}}
  ports: [{name: http, port: 80, targetPort: http}]`;
    default:
      return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: ing${i}}
spec:
  rules:
  - host: app${i}.example.com
    http:
      paths: [{path: /, pathType: Prefix, backend: {service: {name: svc${i - 1}, port: {number: 80}}}}]`;
  }
}

const text = Array.from({ length: OBJECTS }, (_, i) => manifest(i)).join('\n---\n');
console.log(`input: ${OBJECTS} objects, ${(text.length / 1024).toFixed(0)} KiB`);
for (let round = 0; round < 2; round++) validateManifests(text, 'warmup.yaml');
const runs = 5;
const cpu = process.cpuUsage();
const start = performance.now();
for (let round = 0; round < runs; round++) {
  const result = validateManifests(text, 'big.yaml');
  if (result.diagnostics.length > 0 || result.objects.length !== OBJECTS)
    throw new Error('bench input must be valid');
}
const used = process.cpuUsage(cpu);
console.log(
  `validateManifests: ${((performance.now() - start) / runs).toFixed(0)} ms wall-clock, ${((used.user + used.system) / 1000 / runs).toFixed(0)} ms CPU per 1,000 objects`,
);
const sim = createSimulation({ seed: 1, nodes: 10 });
const applyStart = performance.now();
const applied = sim.apply(text, 'big.yaml');
console.log(
  `apply to a 10-node cluster: ${(performance.now() - applyStart).toFixed(0)} ms (${applied.applied.length} objects, ${sim.snapshot().pods.filter((p) => p.namespace === 'default').length} pods created)`,
);
const broken = text.replace('replicas: 1', 'replica: 1');
const badStart = performance.now();
const bad = validateManifests(broken, 'broken.yaml');
console.log(
  `one misspelt field among 1,000 objects: found in ${(performance.now() - badStart).toFixed(0)} ms → ${bad.diagnostics[0]?.place.file}:${bad.diagnostics[0]?.place.line}:${bad.diagnostics[0]?.place.column} ${bad.diagnostics[0]?.message.en}`,
);
