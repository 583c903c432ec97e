import { describe, expect, it } from 'vitest';
import { importManifests } from './import-manifests.ts';

// Wording: kubernetes/kubernetes pkg/apis/core/validation/validation.go (Service, probes, quantities),
// pkg/apis/apps/validation/validation.go (rolling update), pkg/apis/networking/validation/validation.go
// (Ingress paths), apimachinery pkg/util/validation/validation.go (labels).
const errors = (text: string) =>
  importManifests(text, 'x.yaml').diagnostics.map((d) => `${d.place.path}: ${d.message.en}`);

const deployment = (strategy: string, container = '{name: c, image: nginx}') => `apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {app: d}}
  strategy: ${strategy}
  template:
    metadata: {labels: {app: d}}
    spec:
      containers: [${container}]
`;

describe('apiserver validation rules', () => {
  it('a NodePort or LoadBalancer Service cannot be headless', () => {
    for (const type of ['NodePort', 'LoadBalancer'])
      expect(
        errors(
          `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {type: ${type}, clusterIP: None, ports: [{port: 80}]}\n`,
        ),
      ).toEqual([`spec.clusterIP: Invalid value: "None": may not be set to 'None' for ${type} services`]);
    expect(
      errors(
        'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {clusterIP: None, ports: [{port: 80}]}\n',
      ),
    ).toEqual([]);
  });

  it('maxSurge and maxUnavailable cannot both be 0 (also as 0%)', () => {
    expect(errors(deployment('{rollingUpdate: {maxSurge: 0, maxUnavailable: 0}}'))).toEqual([
      'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
    ]);
    expect(errors(deployment('{rollingUpdate: {maxSurge: "0%", maxUnavailable: 0}}'))).toHaveLength(1);
    expect(errors(deployment('{rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}'))).toEqual([]);
  });

  it('Prefix and Exact paths may not contain // or end in /..', () => {
    const ingress = (path: string, pathType: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: i}
spec:
  rules:
  - http:
      paths: [{path: "${path}", pathType: ${pathType}, backend: {service: {name: s, port: {number: 80}}}}]
`;
    expect(errors(ingress('/a//b', 'Prefix'))).toEqual([
      `spec.rules[0].http.paths[0].path: Invalid value: "/a//b": must not contain '//'`,
    ]);
    expect(errors(ingress('/a/..', 'Exact'))).toEqual([
      `spec.rules[0].http.paths[0].path: Invalid value: "/a/..": must not end with '/..'`,
    ]);
    expect(errors(ingress('/a//b', 'ImplementationSpecific'))).toEqual([]);
    expect(errors(ingress('a', 'Prefix'))).toEqual([
      'spec.rules[0].http.paths[0].path: Invalid value: "a": must be an absolute path',
    ]);
  });

  it('label keys and values follow the label syntax', () => {
    expect(
      errors('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, labels: {app: "a.b_c-1"}}\n'),
    ).toEqual([]);
    expect(
      errors(
        deployment('{}').replace(
          'metadata: {name: d}',
          'metadata: {name: d, labels: {"-bad": x, ok: "a b"}}',
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^metadata\.labels\.-bad: Invalid value: "-bad": name part must consist of/),
      expect.stringMatching(
        /^metadata\.labels\.ok: Invalid value: "a b": a valid label must be an empty string/,
      ),
    ]);
  });

  it('probe fields are non-negative and liveness successThreshold is 1; quantities are not negative', () => {
    expect(
      errors(
        deployment(
          '{}',
          '{name: c, image: nginx, resources: {limits: {memory: "-1Mi"}}, livenessProbe: {periodSeconds: -1, successThreshold: 2, tcpSocket: {port: 80}}}',
        ),
      ),
    ).toEqual([
      'spec.template.spec.containers[0].resources.limits.memory: Invalid value: "-1Mi": must be greater than or equal to 0',
      'spec.template.spec.containers[0].livenessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0',
      'spec.template.spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
  });
});
