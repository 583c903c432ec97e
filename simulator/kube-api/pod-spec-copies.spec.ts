import { describe, expect, it } from 'vitest';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';
import { buildContext } from '../../test/simulator/object-build-fixture.ts';
import type { Json } from './object-meta.ts';
import { podSpecCopy } from './pod-spec-copies.ts';
import { defaultedSpec, writtenSpec } from './pod-spec-defaults.ts';
import { simulationInternals } from '../model/simulation-internals.ts';

/** A Pod that writes what the defaults add to (volumes, mounts, tolerations, its node), and one that
 * stays unbound (no node matches its selector). */
const WRITTEN = `apiVersion: v1
kind: Pod
metadata: {name: written}
spec:
  nodeName: agent-1
  tolerations: [{key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute}]
  volumes: [{name: data, emptyDir: {}}]
  containers:
    - name: app
      image: nginx
      imagePullPolicy: Always
      volumeMounts: [{name: data, mountPath: /data}]
    - name: side
      image: busybox:1.36
---
apiVersion: v1
kind: Pod
metadata: {name: unbound}
spec:
  nodeSelector: {disk: none}
  containers: [{name: app, image: nginx:1.27}]
---
apiVersion: v1
kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{port: 8080, targetPort: 80}]
`;

describe('a Pod spec made from its template copy', () => {
  const sim = settledSimulation(
    { seed: 5 },
    webDeployment({ replicas: 4, containerPorts: [80] }) + '---\n' + WRITTEN,
  );
  const pods = [...simulationInternals(sim).state.pods.values()];

  it('covers Pods of a ReplicaSet, of a DaemonSet (svclb), written alone, and unbound', () => {
    expect(pods.some((p) => p.owner?.kind === 'ReplicaSet')).toBe(true);
    expect(pods.some((p) => p.owner?.kind === 'DaemonSet')).toBe(true);
    expect(pods.some((p) => p.nodeName === null)).toBe(true);
    expect(pods.some((p) => p.name === 'written')).toBe(true);
  });

  it('is, for every Pod, the JSON of the spec defaulted for that Pod (its own node and volume name)', () => {
    const ctx = buildContext(sim);
    for (const pod of pods) {
      const written = writtenSpec(ctx, pod);
      expect(JSON.stringify(podSpecCopy(ctx, written, pod)), pod.name).toBe(
        JSON.stringify(defaultedSpec(ctx, written, pod)),
      );
    }
  });

  it('shares the template part between Pods of a template, and holds each Pod its own naming part', () => {
    const ctx = buildContext(sim);
    const [a, b] = pods.filter((p) => p.name.startsWith('web-'));
    const specA = podSpecCopy(ctx, writtenSpec(ctx, a!), a!);
    const specB = podSpecCopy(ctx, writtenSpec(ctx, b!), b!);
    expect(specA.tolerations).toBe(specB.tolerations);
    expect(specA.volumes).not.toBe(specB.volumes);
    expect((specA.volumes as Json[])[0]!.name).not.toBe((specB.volumes as Json[])[0]!.name);
  });

  it('stays as built when the written spec is edited in place afterwards', () => {
    const ctx = buildContext(sim);
    const pod = pods.find((p) => p.name === 'written')!;
    const written = writtenSpec(ctx, pod);
    const copy = podSpecCopy(ctx, written, pod);
    const before = JSON.stringify(copy);
    const container = (written.containers as Json[])[0]!;
    const image = container.image;
    container.image = 'nginx:edited';
    try {
      expect(JSON.stringify(copy)).toBe(before);
    } finally {
      container.image = image;
    }
  });
});
