import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HopKind, type SimRequest, type Simulation, type Trace } from '../../simulator/index.ts';
import { INGRESS_JOURNEY, settledSimulation } from './cluster-fixture.ts';

const manifests = readFileSync(
  new URL('../fixtures/simulator/property-cluster.yaml', import.meta.url),
  'utf8',
);
const NODES = ['k3s-server', 'k3s-agent-1', 'k3s-agent-2'];
const IPS = ['192.168.1.10', '192.168.1.11', '192.168.1.12'];
/** Every kind of hop: an Ingress journey's, plus DNS and a NodePort entry. */
const HOP_KINDS = new Set<HopKind>([...INGRESS_JOURNEY, 'dns', 'node-port']);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 15);
/** property-cluster.yaml's api image lives in the scenario's own registry. */
const PROPERTY_IMAGES = [{ image: 'ghcr.io/example/api:1.0' }];

type Op =
  | { op: 'scale'; deployment: 'web' | 'api'; replicas: number }
  | { op: 'image'; tag: number }
  | { op: 'badImage' }
  | { op: 'kill' | 'delete'; index: number }
  | { op: 'fail' | 'recover' | 'cordon' | 'uncordon' | 'drain'; node: number }
  | { op: 'advance'; ms: number }
  | {
      op: 'route';
      node: number;
      port: 80 | 30080 | 9000 | 31999;
      host: string;
      path: string;
      client: number;
    };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('scale' as const),
    deployment: fc.constantFrom('web' as const, 'api' as const),
    replicas: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({ op: fc.constant('image' as const), tag: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('badImage' as const) }),
  fc.record({ op: fc.constantFrom('kill' as const, 'delete' as const), index: fc.nat() }),
  fc.record({
    op: fc.constantFrom(
      'fail' as const,
      'recover' as const,
      'cordon' as const,
      'uncordon' as const,
      'drain' as const,
    ),
    node: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 400_000 }) }),
  fc.record({
    op: fc.constant('route' as const),
    node: fc.integer({ min: 0, max: 2 }),
    port: fc.constantFrom(80 as const, 30080 as const, 9000 as const, 31999 as const),
    host: fc.constantFrom('web.example.com', 'other.example.com'),
    path: fc.constantFrom('/', '/api', '/api/x', '/apix'),
    client: fc.integer({ min: 1, max: 4 }),
  }),
);

/** The node operations a run may draw, by name. */
const NODE_OPS: Record<
  'fail' | 'recover' | 'cordon' | 'uncordon' | 'drain',
  (sim: Simulation, node: string) => unknown
> = {
  fail: (sim, node) => sim.failNode(node),
  recover: (sim, node) => sim.recoverNode(node),
  cordon: (sim, node) => sim.cordon(node),
  uncordon: (sim, node) => sim.uncordon(node),
  drain: (sim, node) => sim.drain(node),
};

const seedArb = fc.integer({ min: 1, max: 1_000_000 });
/** From one to `most` operations. */
const opsArb = (most: number) => fc.array(opArb, { minLength: 1, maxLength: most });

function run(sim: Simulation, op: Op): Trace | null {
  switch (op.op) {
    case 'scale':
      sim.scale('default', op.deployment, op.replicas);
      return null;
    case 'image':
      sim.setImage('default', 'web', 'web', `nginx:1.2${op.tag}`);
      return null;
    case 'badImage':
      // A tag no registry holds: the new ReplicaSet's Pods stay in ImagePullBackOff (image-catalogue.json).
      sim.setImage('default', 'web', 'web', 'nginx:doesnotexist-999');
      return null;
    case 'kill':
    case 'delete': {
      const pods = sim.snapshot().pods.filter((p) => p.namespace === 'default' && p.status === 'Running');
      const pod = pods[op.index % Math.max(1, pods.length)];
      // kill crashes the container (same Pod, RESTARTS + 1); delete makes the ReplicaSet create a new Pod.
      if (pod && op.op === 'kill') sim.killPod(pod.namespace, pod.name);
      if (pod && op.op === 'delete') sim.delete('Pod', pod.namespace, pod.name);
      return null;
    }
    case 'fail':
    case 'recover':
    case 'cordon':
    case 'uncordon':
    case 'drain':
      NODE_OPS[op.op](sim, NODES[op.node]!);
      return null;
    case 'advance':
      sim.advance(op.ms);
      return null;
    case 'route': {
      const request: SimRequest = {
        method: 'GET',
        scheme: 'http',
        host: IPS[op.node]!,
        port: op.port,
        path: op.path,
        headers: { host: op.host },
        source: { kind: 'external', ip: `203.0.113.${op.client}` },
      };
      return sim.routeRequest(request);
    }
  }
}

function checkTrace(sim: Simulation, trace: Trace): void {
  // Every request ends with a status: an HTTP code, or 0 with the reason.
  expect(Number.isInteger(trace.status)).toBe(true);
  if (trace.status === 0) expect(trace.error).not.toBeNull();
  expect(trace.hops[0]!.kind).toBe('client');
  for (const hop of trace.hops) expect([...HOP_KINDS]).toContain(hop.kind);
  const last = trace.hops[trace.hops.length - 1]!;
  if (last.kind === 'backend') {
    // No request is ever answered by a Pod that is not Ready.
    const [ns, name] = trace.pod!.split('/');
    const pod = sim.snapshot().pods.find((p) => p.namespace === ns && p.name === name);
    expect(pod?.ready, `${trace.pod} answered but is not Ready`).toBe(true);
    expect(pod?.status).toBe('Running');
  }
}

/** property-cluster.yaml applied and settled on a cluster of this seed. */
const propertyCluster = (seed: number): Simulation =>
  settledSimulation({ seed, images: PROPERTY_IMAGES }, manifests, 'property-cluster.yaml');

describe('cluster properties under random operations and faults', () => {
  it('routes only to Ready pods, always ends requests with a status, and converges after faults heal', () => {
    fc.assert(
      fc.property(seedArb, opsArb(25), (seed, ops) => {
        const sim = propertyCluster(seed);
        for (const op of ops) {
          const trace = run(sim, op);
          if (trace) checkTrace(sim, trace);
        }
        for (const node of NODES) {
          sim.recoverNode(node);
          sim.uncordon(node);
        }
        // Healing includes fixing a bad image, as a student would with set image.
        if (ops.some((o) => o.op === 'badImage')) sim.setImage('default', 'web', 'web', 'nginx:1.27');
        sim.advance(20 * 60_000);
        const snap = sim.snapshot();
        for (const d of snap.deployments.filter((x) => x.namespace === 'default')) {
          expect(d.readyReplicas, `${d.name} converges to its replicas`).toBe(d.replicas);
          expect(d.updatedReplicas).toBe(d.replicas);
        }
        const live = snap.pods.filter((p) => p.namespace === 'default');
        expect(live.every((p) => p.status === 'Running' && p.ready)).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261125 },
    );
  }, 120_000);

  it('is deterministic: the same seed and operations give the same snapshot and traces', () => {
    fc.assert(
      fc.property(seedArb, opsArb(12), (seed, ops) => {
        const play = () => {
          const sim = propertyCluster(seed);
          const traces = ops.map((op) => run(sim, op));
          return { traces, snapshot: sim.snapshot(), link: sim.serialize() };
        };
        const a = play();
        expect(play()).toEqual(a);
      }),
      { numRuns: Math.max(3, Math.floor(RUNS / 3)), seed: 77 },
    );
  }, 120_000);
});
