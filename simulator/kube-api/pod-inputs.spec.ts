import { describe, expect, it } from 'vitest';
import type { PodState } from '../model/cluster-state.ts';
import { simulationInternals } from '../model/simulation-internals.ts';
import { podView } from '../snapshot/pod-view.ts';
import { settledSimulation } from '../../test/simulator/cluster-fixture.ts';
import { CONSOLE_EPOCH_MS } from './kube-api.ts';
import type { ObjectContext } from './object-context.ts';
import { podInputs, podObject } from './pod-object.ts';

/** A bare Pod (its manifest is the student's), Running on a node with a restart behind it. */
const SOLO = `apiVersion: v1
kind: Pod
metadata:
  name: solo
  annotations: {a: "1"}
spec:
  containers: [{ name: app, image: nginx:1.27 }]
`;

describe('podInputs', () => {
  // The API view keeps a Pod's stored object while its inputs' digest is unchanged, so every field
  // podObject reads must be among them: each case changes one thing podObject reads, alone, and the
  // object and the digest must both change (were that field dropped from the inputs, the view would
  // serve the old object). Fields that only ever change together with one of these are covered by it.
  const sim = settledSimulation({ seed: 5 }, SOLO, 'solo.yaml');
  sim.killPod('default', 'solo');
  sim.settle();
  const internals = simulationInternals(sim);
  const live = internals.state.pods.get('default/solo')!;
  let deletionMs = 40_000;
  const ctx: ObjectContext = {
    epochMs: CONSOLE_EPOCH_MS,
    snapshot: internals.snapshot,
    state: internals.state,
    manifests: internals.manifests,
    deletionMs: () => deletionMs,
  };
  const built = (pod: PodState): { inputs: string; object: string } => ({
    inputs: podInputs(ctx, pod),
    object: JSON.stringify(podObject(ctx, pod, podView(pod))),
  });
  const cases: Array<[what: string, change: (pod: PodState) => void, before?: (pod: PodState) => void]> = [
    ['state', (p) => void (p.state = 'ContainerCreating')],
    ['ready', (p) => void (p.ready = false)],
    ['ip', (p) => void (p.ip = '10.42.9.9')],
    ['restarts', (p) => void (p.restarts += 1)],
    ['createdAtMs', (p) => void (p.createdAtMs += 1_000)],
    ['startedAtMs', (p) => void (p.startedAtMs = (p.startedAtMs ?? 0) + 1_000)],
    ['deleting', (p) => void (p.deleting = true)],
    ['nodeName', (p) => void (p.nodeName = internals.state.nodes.find((n) => n.name !== p.nodeName)!.name)],
    ['awaitingKubelet', (p) => void (p.awaitingKubelet = true)],
    ['labels', (p) => void (p.labels = { ...p.labels, tier: 'x' })],
    ['statuses', (p) => void (p.statuses[0]!.restartCount += 1)],
    [
      'the manifest annotations',
      (p) => void (p.manifest = { ...p.manifest!, metadata: { ...p.manifest!.metadata, annotations: {} } }),
    ],
    [
      'the written spec',
      (p) =>
        void (p.manifest = {
          ...p.manifest!,
          spec: { ...(p.manifest!.spec as object), terminationGracePeriodSeconds: 5 },
        }),
    ],
    [
      'reason (shown while unscheduled)',
      (p) => void (p.reason = '0/3 nodes are available'),
      (p) => Object.assign(p, { state: 'Unscheduled', nodeName: null, reason: 'no nodes' }),
    ],
    // (owner and its uid are one pair of inputs, deleting and the deletion time another, nodeName and the
    // node's IP a third: dropping either half is covered by the other.)
    [
      'owner',
      (p) => void (p.owner = { kind: 'ReplicaSet', name: 'web-b' }),
      (p) => void (p.owner = { kind: 'ReplicaSet', name: 'web-a' }),
    ],
    ['when its deletion began', () => void (deletionMs += 1_000), (p) => void (p.deleting = true)],
    [
      "its node's IP",
      () => void (internals.state.nodes.find((n) => n.name === live.nodeName)!.internalIP = '10.0.0.99'),
    ],
  ];
  it.each(cases)('covers %s', (_what, change, before) => {
    const pod = structuredClone(live);
    const node = internals.state.nodes.find((n) => n.name === live.nodeName)!;
    const ip = node.internalIP;
    before?.(pod);
    const a = built(pod);
    change(pod);
    const b = built(pod);
    node.internalIP = ip;
    expect(b.object).not.toBe(a.object);
    expect(b.inputs).not.toBe(a.inputs);
  });
});
