/**
 * Test fixtures for the API view's object builders (never imported by production code): a build's context
 * made as the view makes one, and Pods no node takes.
 */
import type { Simulation } from '../../simulator/index.ts';
import { simulationInternals } from '../../simulator/model/simulation-internals.ts';
import type { ObjectContext } from '../../simulator/kube-api/object-context.ts';

/** A build's context, as the API view makes one: what it makes once per build is shared by its objects. */
export function buildContext(sim: Simulation): ObjectContext {
  const internals = simulationInternals(sim);
  return {
    epochMs: 0,
    snapshot: internals.snapshot,
    state: internals.state,
    manifests: internals.manifests,
    deletionMs: () => 0,
  };
}

/** Two Pods no node takes, for two reasons (no node matches; none has the CPU), written at one moment. */
export const UNSCHEDULABLE_PODS = `apiVersion: v1
kind: Pod
metadata: {name: selective}
spec:
  nodeSelector: {disk: none}
  containers: [{name: app, image: nginx:1.27}]
---
apiVersion: v1
kind: Pod
metadata: {name: greedy}
spec:
  containers: [{name: app, image: nginx:1.27, resources: {requests: {cpu: "500"}}}]
`;
