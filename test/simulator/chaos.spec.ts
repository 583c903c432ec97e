/**
 * Seeded chaos (issue 19): long random runs of student actions and faults — hostile ones included
 * (1e9 replicas, negative scale, manifests over the limits, NodePort floods, share-link replays) —
 * over the invariants: no exception escapes, only Ready Pods answer, every request ends in a status
 * or an explicit error, replicas converge once the faults heal (unless resources forbid it), and a
 * replay of the share link is identical. CHAOS_OPS sets the length (default 300 per seed in CI; the
 * review ran 101,200); the figures are printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  deserializeSimulation,
  Prng,
  type SimRequest,
  type Simulation,
  type Trace,
} from '../../simulator/index.ts';

const manifests = readFileSync(
  new URL('../fixtures/simulator/property-cluster.yaml', import.meta.url),
  'utf8',
);
const OPS = Number(process.env.CHAOS_OPS ?? 300);
const NODES = ['k3s-server', 'k3s-agent-1', 'k3s-agent-2'];
const IPS = ['192.168.1.10', '192.168.1.11', '192.168.1.12'];

const HOSTILE_YAML = [
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: huge}\nspec:\n  replicas: 1000000000\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec: {containers: [{name: c, image: nginx}]}\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: neg}\nspec:\n  replicas: -5\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec: {containers: [{name: c, image: nginx, resources: {requests: {cpu: "-1"}}}]}\n',
  '__proto__: {polluted: true}\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n',
  'a: *undefined\n',
  `${'['.repeat(200)}${']'.repeat(200)}\n`,
  'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: from-list}\n',
];

function nodePortFlood(from: number): string {
  return Array.from(
    { length: 150 },
    (_, i) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: flood-${from + i}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n`,
  ).join('---\n');
}

/** One random action; returns the trace of a request, or null. */
function act(sim: Simulation, prng: Prng, step: number): Trace | null {
  const pick = prng.int(100);
  if (pick < 30) {
    const request: SimRequest = {
      method: 'GET',
      scheme: 'http',
      host: IPS[prng.int(3)]!,
      port: [80, 30080, 9000, 31999][prng.int(4)]!,
      path: ['/', '/api', '/api/x'][prng.int(3)]!,
      headers: { host: ['web.example.com', 'other.example.com'][prng.int(2)]! },
      source: { kind: 'external', ip: `203.0.113.${1 + prng.int(4)}` },
    };
    return sim.routeRequest(request);
  }
  if (pick < 40) sim.scale('default', prng.int(2) ? 'web' : 'api', prng.int(6));
  else if (pick < 43) sim.scale('default', 'web', [1e9, -3, 2.5, Number.NaN, 10_001][prng.int(5)]!);
  else if (pick < 50) {
    const pods = sim.snapshot().pods.filter((p) => p.namespace === 'default' && p.status === 'Running');
    const pod = pods[prng.int(Math.max(1, pods.length))];
    if (pod) sim.killPod(pod.namespace, pod.name);
  } else if (pick < 56) sim.failNode(NODES[prng.int(3)]!);
  else if (pick < 64) sim.recoverNode(NODES[prng.int(3)]!);
  else if (pick < 67) sim.cordon(NODES[prng.int(3)]!);
  else if (pick < 70) sim.uncordon(NODES[prng.int(3)]!);
  else if (pick < 72) sim.drain(NODES[prng.int(3)]!);
  else if (pick < 80) sim.advance(prng.int(120_000));
  else if (pick < 85) sim.setImage('default', 'web', 'web', `nginx:1.2${prng.int(3)}`);
  else if (pick < 92) {
    const result = sim.apply(HOSTILE_YAML[prng.int(HOSTILE_YAML.length)]!, 'hostile.yaml');
    if (result.diagnostics.length > 0) expect(result.applied).toEqual([]);
  } else if (pick < 93) {
    const result = sim.apply(nodePortFlood(step * 1000), 'flood.yaml');
    if (result.diagnostics.length > 0) expect(result.applied).toEqual([]);
  } else sim.advance(1_000);
  return null;
}

function checkTrace(sim: Simulation, trace: Trace): void {
  expect(Number.isInteger(trace.status)).toBe(true);
  if (trace.status === 0) expect(trace.error).not.toBeNull();
  if (trace.pod) {
    const [ns, name] = trace.pod.split('/');
    const pod = sim.snapshot().pods.find((p) => p.namespace === ns && p.name === name);
    expect(pod?.ready, `${trace.pod} answered but is not Ready`).toBe(true);
  }
}

describe('seeded chaos over the invariants', () => {
  it.each([1, 2, 3])(
    `runs ${OPS} random actions with seed %i and keeps every invariant`,
    (seed) => {
      const prng = new Prng(seed);
      // The api Deployment's image is in the cluster's private registry (simulator/images: unknown images do not pull).
      const sim = createSimulation({ seed, images: [{ image: 'ghcr.io/example/api:1.0' }] });
      expect(sim.apply(manifests, 'property-cluster.yaml').diagnostics).toEqual([]);
      sim.settle();
      let requests = 0;
      const began = performance.now();
      for (let step = 0; step < OPS; step++) {
        const trace = act(sim, prng, step);
        if (trace) {
          requests++;
          checkTrace(sim, trace);
        }
      }
      // Heal everything: replicas converge.
      for (const node of NODES) {
        sim.recoverNode(node);
        sim.uncordon(node);
      }
      sim.advance(600_000);
      sim.settle();
      const snap = sim.snapshot();
      for (const d of snap.deployments.filter(
        (x) => x.namespace === 'default' && ['web', 'api'].includes(x.name),
      ))
        expect(d.readyReplicas, `${d.name} converges`).toBe(d.replicas);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      // The share link replays to the same cluster.
      const replay = deserializeSimulation(sim.serialize());
      replay.settle();
      const names = (s: Simulation) =>
        s
          .snapshot()
          .pods.map((p) => `${p.namespace}/${p.name}:${p.status}`)
          .sort();
      expect(names(replay)).toEqual(names(sim));
      console.log(
        `chaos seed ${seed}: ${OPS} actions, ${requests} requests, 0 exceptions, ${(performance.now() - began).toFixed(0)} ms`,
      );
    },
    120_000,
  );
});
