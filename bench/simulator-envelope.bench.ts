/**
 * Kubernetes' own envelope (kubernetes.io/docs/setup/best-practices/cluster-large/: at most 5,000 nodes,
 * 150,000 Pods in total, 110 Pods per node): 15 Deployments of 10,000 replicas (the simulator's limit per
 * object and per apply, simulator/model/work-limits.ts) on 5,000 nodes through the whole control plane
 * (ReplicaSet, Pod creation, scheduling with percentageOfNodesToScore and the spread score, binding), then
 * every Pod to Running. Prints CPU time (total, and the slowest apply: one student action) and memory; the
 * goal is under 3 s of CPU for the whole schedule.
 */
import { createSimulation } from '../simulator/index.ts';
import { manyNodes, webDeployment } from '../test/simulator/cluster-fixture.ts';
import { cpuMs } from './measure.ts';

const NODES = 5_000;
const PODS = 150_000;

const gc = (globalThis as { gc?: () => void }).gc;
const megabytes = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const sim = createSimulation({
  seed: 1,
  // k3s's default 10.42.0.0/16 gives Pod CIDRs to 256 nodes; a big cluster declares a wider --cluster-cidr.
  clusterCidr: '10.0.0.0/8',
  // 64 cores and 256 GiB: room for 110 Pods of 100m / 128Mi each, so only the Pod count limits a node.
  nodes: manyNodes(NODES, { cpuMillis: 64_000, memoryBytes: 256 * 1024 ** 3 }),
});
const DEPLOYMENTS = 15;
const yaml = (i: number): string =>
  webDeployment({
    name: `envelope-${i}`,
    replicas: PODS / DEPLOYMENTS,
    container: 'web',
    image: 'nginx',
    requests: { cpu: '100m', memory: '128Mi' },
  });

let cpu = process.cpuUsage();
let start = performance.now();
let slowestApply = 0;
for (let i = 0; i < DEPLOYMENTS; i++) {
  const applyCpu = process.cpuUsage();
  const result = sim.apply(yaml(i), `envelope-${i}.yaml`);
  slowestApply = Math.max(slowestApply, cpuMs(applyCpu));
  if (result.diagnostics.length > 0)
    throw new Error(`envelope-${i}.yaml refused: ${JSON.stringify(result.diagnostics)}`);
}
const scheduleCpu = cpuMs(cpu);
const scheduleWall = performance.now() - start;

const snap = sim.snapshot();
const pods = snap.pods.filter((p) => p.namespace === 'default');
const bound = pods.filter((p) => p.nodeName !== null).length;
const perNode = new Map<string, number>();
for (const p of pods) if (p.nodeName) perNode.set(p.nodeName, (perNode.get(p.nodeName) ?? 0) + 1);
const counts = [...perNode.values()];

cpu = process.cpuUsage();
start = performance.now();
sim.advance(5_000);
const runCpu = cpuMs(cpu);
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

console.log(
  `envelope: ${PODS.toLocaleString('en-US')} Pods on ${NODES.toLocaleString('en-US')} nodes scheduled and bound ` +
    `(${bound.toLocaleString('en-US')} bound, ${Math.min(...counts)}–${Math.max(...counts)} per node) in ` +
    `${scheduleCpu.toFixed(0)} ms CPU (${scheduleWall.toFixed(0)} ms wall-clock; goal < 3,000 ms CPU); ` +
    `slowest of the ${DEPLOYMENTS} applies ${slowestApply.toFixed(0)} ms CPU`,
);
console.log(
  `envelope: every Pod ContainerCreating → Running in ${runCpu.toFixed(0)} ms CPU (${(performance.now() - start).toFixed(0)} ms wall-clock)`,
);
console.log(
  `envelope: heap ${megabytes(heapAfter - heapBefore)} for the cluster (${((heapAfter - heapBefore) / PODS).toFixed(0)} bytes per Pod), ` +
    `RSS ${megabytes(process.memoryUsage().rss)}${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`,
);
