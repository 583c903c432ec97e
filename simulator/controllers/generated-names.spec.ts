import { describe, expect, it } from 'vitest';
import { createSimulation, type ClusterSnapshot, type Simulation } from '../index.ts';

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{port: 8080}]
`;
const barePod = (namespace: string, name: string): string => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${namespace}, labels: {planted: "yes"}}
spec:
  containers: [{name: c, image: nginx}]
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx}]
`;

/** A simulation (always seed 5) with `yaml` applied in one file, settled. */
function applied(yaml: string): Simulation {
  const sim = createSimulation({ seed: 5 });
  const r = sim.apply(yaml, 'names.yaml');
  expect(r.diagnostics).toEqual([]);
  sim.settle();
  return sim;
}

/**
 * Applies `workload` twice with the same seed: beside a bare Pod `placeholder` in `namespace`, which tells the
 * first name drawn for a Pod starting with `prefix`, then beside a bare Pod that already has that name. The
 * bare Pod must survive; returns the second run's Pods.
 */
function withDrawnNameTaken(workload: string, namespace: string, prefix: string): ClusterSnapshot['pods'] {
  const generated = (pods: ClusterSnapshot['pods']): string[] =>
    pods.filter((p) => p.name.startsWith(prefix) && p.labels.planted === undefined).map((p) => p.name);
  const first = generated(applied(`${workload}---\n${barePod(namespace, 'placeholder')}`).snapshot().pods);
  const drawn = first[0]!;
  const pods = applied(`${workload}---\n${barePod(namespace, drawn)}`).snapshot().pods;
  expect(pods.find((p) => p.name === drawn)?.labels).toEqual({ planted: 'yes' });
  // The second run drew the same names as the first (same seed), so it did draw the taken one: every other
  // name of the first run is there again, and exactly one new name replaces the taken one.
  const second = generated(pods);
  expect(second).toEqual(expect.arrayContaining(first.filter((n) => n !== drawn)));
  expect(second.filter((n) => !first.includes(n))).toHaveLength(1);
  return pods;
}

// A controller asks for `generateName: <owner>-`; the API server adds 5 random characters and, when the name
// is taken, draws again instead of replacing the object that has it (RetryGenerateName, on by default since
// 1.31: kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/). The draws are seeded, so
// a first run tells the name the second run will draw, and the second run plants a Pod under that name.
describe('generated Pod names', () => {
  it('a svclb DaemonSet Pod whose random name is taken draws another one and leaves the Pod that has it', () => {
    const pods = withDrawnNameTaken(SERVICE, 'kube-system', 'svclb-web-');
    const svclb = pods.filter((p) => p.name.startsWith('svclb-web-') && p.labels.planted === undefined);
    expect(svclb).toHaveLength(3);
    expect(new Set(svclb.map((p) => p.nodeName)).size).toBe(3);
    expect(new Set(pods.map((p) => `${p.namespace}/${p.name}`)).size).toBe(pods.length);
  });

  it('a ReplicaSet Pod whose random name is taken draws another one and leaves the Pod that has it', () => {
    const pods = withDrawnNameTaken(DEPLOYMENT, 'default', 'web-');
    expect(pods.filter((p) => p.labels.app === 'web')).toHaveLength(3);
  });
});
