/**
 * Import and validation of 1,000 objects of YAML (Deployments, Services and Ingresses in equal parts) in
 * files of 500, the most one apply takes (WORK_LIMITS.objectsPerApply): parse with positions, strict
 * unknown-field walk, OpenAPI schema checks, semantic checks; then the same files applied to a cluster
 * (admission + controllers).
 */
import { createSimulation, validateManifests, WORK_LIMITS } from '../simulator/index.ts';

const OBJECTS = 1000;
const PER_FILE = WORK_LIMITS.objectsPerApply.ours;

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

const files = Array.from({ length: OBJECTS / PER_FILE }, (_, f) =>
  Array.from({ length: PER_FILE }, (_, i) => manifest(f * PER_FILE + i)).join('\n---\n'),
);
const kib = files.reduce((sum, text) => sum + text.length, 0) / 1024;
console.log(`input: ${OBJECTS} objects in ${files.length} files of ${PER_FILE}, ${kib.toFixed(0)} KiB`);
for (let round = 0; round < 2; round++) for (const text of files) validateManifests(text, 'warmup.yaml');
const runs = 5;
const cpu = process.cpuUsage();
const start = performance.now();
for (let round = 0; round < runs; round++) {
  for (const [f, text] of files.entries()) {
    const result = validateManifests(text, `big-${f}.yaml`);
    if (result.diagnostics.length > 0 || result.objects.length !== PER_FILE)
      throw new Error(`bench input must be valid: ${JSON.stringify(result.diagnostics[0])}`);
  }
}
const used = process.cpuUsage(cpu);
console.log(
  `validateManifests: ${((performance.now() - start) / runs).toFixed(0)} ms wall-clock, ${((used.user + used.system) / 1000 / runs).toFixed(0)} ms CPU per 1,000 objects`,
);
const sim = createSimulation({ seed: 1, nodes: 10 });
const applyStart = performance.now();
let appliedObjects = 0;
for (const [f, text] of files.entries()) {
  const applied = sim.apply(text, `big-${f}.yaml`);
  if (applied.diagnostics.length > 0)
    throw new Error(`big-${f}.yaml refused: ${JSON.stringify(applied.diagnostics[0])}`);
  appliedObjects += applied.applied.length;
}
console.log(
  `apply to a 10-node cluster in ${files.length} applies: ${(performance.now() - applyStart).toFixed(0)} ms (${appliedObjects} objects, ${sim.snapshot().pods.filter((p) => p.namespace === 'default').length} pods created)`,
);
const broken = files[0]!.replace('replicas: 1', 'replica: 1');
const badStart = performance.now();
const bad = validateManifests(broken, 'broken.yaml');
console.log(
  `one misspelt field among ${PER_FILE} objects: found in ${(performance.now() - badStart).toFixed(0)} ms → ${bad.diagnostics[0]?.place.file}:${bad.diagnostics[0]?.place.line}:${bad.diagnostics[0]?.place.column} ${bad.diagnostics[0]?.message.en}`,
);
