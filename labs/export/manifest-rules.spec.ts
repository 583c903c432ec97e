import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportableLab } from './exportable-lab.ts';
import { exportK8sManifests, type KubernetesObject } from './k8s-manifests.ts';
import { MANIFEST_RULES, scoreManifests } from './manifest-rules.ts';

const exported = () =>
  structuredClone(
    exportK8sManifests(exportableLab(getLab('hello')!), { 'server.mjs': '' }).objects,
  ) as KubernetesObject[];
type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test mutations reach deep into manifests
const byKind = (objects: KubernetesObject[], kind: string, name?: string) =>
  objects.find((o) => o.kind === kind && (name === undefined || o.metadata?.name === name)) as Mutable;
const container = (objects: KubernetesObject[]) =>
  byKind(objects, 'Deployment').spec.template.spec.containers[0] as Mutable;

// One breaking mutation per rule: each must make exactly its rule fail.
const BREAKS: Record<string, (objects: KubernetesObject[]) => void> = {
  'container-resources': (o) => delete container(o).resources.limits.cpu,
  'container-image-tag': (o) => (container(o).image = 'node:latest'),
  'pod-probes': (o) => delete container(o).livenessProbe,
  'container-security-context': (o) => (container(o).securityContext.allowPrivilegeEscalation = true),
  'pod-service-account-token': (o) =>
    delete byKind(o, 'Deployment').spec.template.spec.automountServiceAccountToken,
  'namespace-not-default': (o) => (byKind(o, 'Service', 'hello').metadata.namespace = 'default'),
  'service-targets-pod': (o) =>
    (byKind(o, 'Service', 'hello-nodeport').spec.selector = { 'app.kubernetes.io/name': 'helo' }),
  'ingress-targets-service': (o) =>
    (byKind(o, 'Ingress').spec.rules[0].http.paths[0].backend.service.name = 'missing'),
};

describe('the kube-score-style rule table', () => {
  it('passes on the export', () => {
    expect(scoreManifests(exported())).toEqual([]);
  });
  it('cites a source for every rule and has a breaking case for each', () => {
    for (const rule of MANIFEST_RULES) {
      expect(rule.source.length).toBeGreaterThan(10);
      expect(BREAKS[rule.id], rule.id).toBeDefined();
    }
  });
  it.each(MANIFEST_RULES.map((r) => r.id))('%s fails when its property is broken', (id) => {
    const objects = exported();
    BREAKS[id]!(objects);
    const findings = scoreManifests(objects);
    expect(findings.map((f) => f.rule)).toContain(id);
  });
});
