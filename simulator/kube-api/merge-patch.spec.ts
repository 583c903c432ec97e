import { describe, expect, it } from 'vitest';
import { jsonMergePatch, jsonPatch, strategicMergePatch } from './merge-patch.ts';

describe('patches', () => {
  const deployment = {
    spec: {
      replicas: 2,
      template: {
        spec: {
          containers: [
            { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] },
            { name: 'side', image: 'busybox' },
          ],
        },
      },
    },
  };

  it('merges containers by name and ports by containerPort (strategic merge)', () => {
    const out = strategicMergePatch(deployment, {
      spec: {
        template: {
          spec: { containers: [{ name: 'web', image: 'nginx:1.28', ports: [{ containerPort: 8080 }] }] },
        },
      },
    }) as typeof deployment;
    expect(out.spec.template.spec.containers.map((c) => c.image)).toEqual(['nginx:1.28', 'busybox']);
    expect(out.spec.template.spec.containers[0]!.ports!.map((p) => p.containerPort)).toEqual([80, 8080]);
  });

  it('honours $patch: delete, null deletions and $setElementOrder', () => {
    const out = strategicMergePatch(deployment, {
      spec: {
        replicas: null,
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'side' }, { name: 'web' }],
            containers: [{ name: 'web', $patch: 'delete' }],
          },
        },
      },
    }) as { spec: { replicas?: number; template: { spec: { containers: Array<{ name: string }> } } } };
    expect(out.spec.replicas).toBeUndefined();
    expect(out.spec.template.spec.containers.map((c) => c.name)).toEqual(['side']);
  });

  it('replaces lists in a JSON merge patch and applies JSON patches', () => {
    const merged = jsonMergePatch(deployment, {
      spec: { template: { spec: { containers: [] } } },
    }) as typeof deployment;
    expect(merged.spec.template.spec.containers).toEqual([]);
    const patched = jsonPatch(deployment, [{ op: 'replace', path: '/spec/replicas', value: 5 }]);
    expect(patched).toEqual({ value: { ...deployment, spec: { ...deployment.spec, replicas: 5 } } });
    expect(jsonPatch(deployment, [{ op: 'add', path: '/nope/x', value: 1 }])).toHaveProperty('error');
  });
});
