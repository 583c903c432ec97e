/**
 * Time to schedule 10,000 Pods onto 1,000 nodes (goal < 1 s): the scheduler alone (filter + score for
 * every Pod against every node), and the whole control plane (a Deployment of 10,000 replicas: ReplicaSet,
 * Pod creation, scheduling, binding).
 */
import { createSimulation } from '../simulator/index.ts';
import { schedulePod, schedulerNode, type SchedulerNode } from '../simulator/controllers/scheduler.ts';
import { Prng } from '../simulator/model/prng.ts';
import { manyNodes, webDeployment } from '../test/simulator/cluster-fixture.ts';
import { cpuMs } from './measure.ts';

const NODES = 1000;

const PODS = 10_000;

function nodes(): SchedulerNode[] {
  return Array.from({ length: NODES }, (_, i) =>
    schedulerNode({
      name: `node-${i}`,
      cpuMillis: 4000,
      memoryBytes: 8 * 1024 ** 3,
      labels: { 'kubernetes.io/hostname': `node-${i}`, zone: i % 2 ? 'a' : 'b' },
      taints: i % 10 === 0 ? [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' as const }] : [],
    }),
  );
}

{
  const list = nodes();
  const prng = new Prng(1);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let bound = 0;
  for (let i = 0; i < PODS; i++) {
    const result = schedulePod(
      {
        cpuMillis: 100,
        memoryBytes: 128 * 1024 ** 2,
        nodeSelector: i % 4 === 0 ? { zone: 'a' } : {},
        tolerations: [],
      },
      list,
      prng,
    );
    if (result.node) bound++;
  }
  const ms = performance.now() - start;
  console.log(
    `scheduler alone: ${PODS.toLocaleString('en-US')} pods onto ${NODES} nodes in ${ms.toFixed(0)} ms wall-clock, ${cpuMs(cpu).toFixed(0)} ms CPU (${bound} bound)`,
  );
}

{
  const sim = createSimulation({
    seed: 1,
    // k3s's default 10.42.0.0/16 gives Pod CIDRs to 256 nodes; a big cluster declares a wider --cluster-cidr.
    clusterCidr: '10.0.0.0/8',
    nodes: manyNodes(NODES, { cpuMillis: 4000, memoryBytes: 8 * 1024 ** 3 }),
  });
  const yaml = webDeployment({
    name: 'big',
    replicas: PODS,
    container: 'c',
    image: 'hashicorp/http-echo:1.0',
    requests: { cpu: '100m', memory: '128Mi' },
  });
  const cpu = process.cpuUsage();
  const start = performance.now();
  sim.apply(yaml, 'big.yaml');
  const applied = performance.now();
  const applyCpu = cpuMs(cpu).toFixed(0);
  const snap = sim.snapshot();
  const pods = snap.pods.filter((p) => p.namespace === 'default');
  const bound = pods.filter((p) => p.nodeName !== null).length;
  console.log(
    `control plane: Deployment of ${PODS.toLocaleString('en-US')} replicas on ${NODES} nodes created and bound ${bound.toLocaleString('en-US')} pods in ${(applied - start).toFixed(0)} ms wall-clock, ${applyCpu} ms CPU (snapshot ${(performance.now() - applied).toFixed(0)} ms)`,
  );
  const t = performance.now();
  sim.advance(5_000);
  console.log(
    `control plane: ${pods.length.toLocaleString('en-US')} pods through ContainerCreating → Running in ${(performance.now() - t).toFixed(0)} ms of CPU`,
  );
}
