import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{port: 8080}]
`;
const barePod = (name: string): string => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: kube-system, labels: {planted: "yes"}}
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
const barePodIn = (name: string): string =>
  barePod(name).replace('namespace: kube-system', 'namespace: default');

/** A simulation (always seed 5) with `yaml` applied in one file, not yet settled. */
function applied(yaml: string): Simulation {
  const sim = createSimulation({ seed: 5 });
  const r = sim.apply(yaml, 'names.yaml');
  expect(r.diagnostics).toEqual([]);
  return sim;
}

// A controller asks for `generateName: <owner>-`; the API server adds 5 random characters and, when the name
// is taken, draws again instead of replacing the object that has it (RetryGenerateName, on by default since
// 1.31: kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/). The draws are seeded, so
// a first run tells the name the second run will draw, and the second run plants a Pod under that name.
describe('generated Pod names', () => {
  it('a svclb DaemonSet Pod whose random name is taken draws another one and leaves the Pod that has it', () => {
    const first = applied(`${SERVICE}---\n${barePod('placeholder')}`);
    first.settle();
    const drawn = first.snapshot().pods.find((p) => p.name.startsWith('svclb-web-'))!.name;
    const sim = applied(`${SERVICE}---\n${barePod(drawn)}`);
    sim.settle();
    const pods = sim.snapshot().pods;
    expect(pods.find((p) => p.name === drawn)?.labels).toEqual({ planted: 'yes' });
    const svclb = pods.filter((p) => p.name.startsWith('svclb-web-') && p.labels.planted === undefined);
    expect(svclb).toHaveLength(3);
    expect(new Set(svclb.map((p) => p.nodeName)).size).toBe(3);
    expect(new Set(pods.map((p) => `${p.namespace}/${p.name}`)).size).toBe(pods.length);
  });

  it('a ReplicaSet Pod whose random name is taken draws another one and leaves the Pod that has it', () => {
    const first = applied(`${DEPLOYMENT}---\n${barePodIn('placeholder')}`);
    first.settle();
    const drawn = first.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name;
    const sim = applied(`${DEPLOYMENT}---\n${barePodIn(drawn)}`);
    sim.settle();
    const pods = sim.snapshot().pods;
    expect(pods.find((p) => p.name === drawn)?.labels).toEqual({ planted: 'yes' });
    expect(pods.filter((p) => p.labels.app === 'web')).toHaveLength(3);
  });
});
