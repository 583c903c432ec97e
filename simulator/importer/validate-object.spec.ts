import { describe, expect, it } from 'vitest';
import { validateKubernetesObject } from './validate-object.ts';

const service = () => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'lab', labels: { 'app.kubernetes.io/name': 'web' } },
  spec: {
    type: 'NodePort',
    selector: { app: 'web' },
    ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30080 }],
  },
});

describe('validateKubernetesObject', () => {
  it('accepts a valid object, map keys of labels and selectors included', () => {
    expect(validateKubernetesObject(service())).toEqual([]);
  });
  it('reports an unknown field at its path, even deep in a list, with the known field it resembles', () => {
    const svc = service() as Record<string, unknown> & { spec: { ports: Array<Record<string, unknown>> } };
    svc.spec.ports[0]!.nodeport = 30081;
    expect(validateKubernetesObject(svc)).toEqual([
      {
        path: ['spec', 'ports', 0, 'nodeport'],
        keyword: 'unknown-field',
        detail: 'nodePort',
        value: undefined,
      },
    ]);
  });
  it('reports a wrong type at its path', () => {
    const svc = service() as unknown as { spec: { ports: Array<{ port: unknown }> } };
    svc.spec.ports[0]!.port = 'eighty';
    expect(validateKubernetesObject(svc as unknown as Record<string, unknown>)).toContainEqual({
      path: ['spec', 'ports', 0, 'port'],
      keyword: 'type',
      detail: 'integer',
      value: 'eighty',
    });
  });
  it('refuses a kind it has no schema for instead of passing it', () => {
    expect(() => validateKubernetesObject({ apiVersion: 'example.com/v1', kind: 'Widget' })).toThrow(
      /No Kubernetes schema/,
    );
  });
});
