/**
 * Bounded work (issue 19, findings 3 and 6): every entry point refuses what would take minutes, at the
 * field that asks for it, with a bilingual diagnostic, before any work starts; apply is all-or-nothing.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, deserializeSimulation } from '../../simulator/index.ts';
import { WORK_LIMITS } from '../../simulator/model/work-limits.ts';
import { runLoadCommand } from '../../simulator/openfaas/load-command.ts';
import { GATEWAY, openfaasFixture } from './openfaas-fixtures.ts';

const deployment = (replicas: string, resources = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: big}
  template:
    metadata:
      labels: {app: big}
    spec:
      containers:
        - name: web
          image: nginx${resources}
`;

describe('work limits', () => {
  it.each(['1000000', '1e9', '2147483647'])(
    'refuses replicas: %s at the field, in both languages',
    (value) => {
      const sim = createSimulation({ seed: 1 });
      const result = sim.apply(deployment(value), 'big.yaml');
      expect(result.applied).toEqual([]);
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({
        code: 'replicas-over-limit',
        place: { file: 'big.yaml', line: 6, column: 13, path: 'spec.replicas' },
      });
      expect(result.diagnostics[0]!.message.en).toContain(`limit of ${WORK_LIMITS.replicas.ours}`);
      expect(result.diagnostics[0]!.message.es).toContain('Kubernetes real');
      expect(sim.snapshot().pods.filter((p) => p.name.startsWith('big'))).toEqual([]);
    },
  );

  it('refuses negative replicas as the API server does', () => {
    const result = createSimulation({ seed: 1 }).apply(deployment('-5'), 'neg.yaml');
    expect(result.diagnostics[0]).toMatchObject({
      code: 'negative-value',
      place: { line: 6, path: 'spec.replicas' },
    });
    expect(result.diagnostics[0]!.message.en).toBe('Invalid value: -5: must be greater than or equal to 0');
  });

  it.each([
    ['cpu', '"-1"'],
    ['memory', '-64Mi'],
  ])('refuses a negative %s request at its field', (resource, value) => {
    const resources = `\n          resources:\n            requests:\n              ${resource}: ${value}`;
    const result = createSimulation({ seed: 1 }).apply(deployment('1', resources), 'neg.yaml');
    expect(result.diagnostics[0]).toMatchObject({
      code: 'negative-value',
      place: { line: 18, path: `spec.template.spec.containers[0].resources.requests.${resource}` },
    });
  });

  it('refuses more Pods in one apply than the cluster limit, at the replicas that cross it', () => {
    const two = [deployment('9000'), deployment('9000').replace('name: big', 'name: big2')].join('---\n');
    const result = createSimulation({ seed: 1 }).apply(two, 'two.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.place.line])).toEqual([['cluster-pods-over-limit', 22]]);
  });

  it('refuses more documents than the per-apply limit at the first one past it', () => {
    const many = Array.from(
      { length: WORK_LIMITS.objectsPerApply.ours + 1 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`,
    ).join('---\n');
    const result = createSimulation({ seed: 1 }).apply(many, 'many.yaml');
    expect(result.diagnostics).toHaveLength(1);
    const limit = WORK_LIMITS.objectsPerApply.ours;
    expect(result.diagnostics[0]).toMatchObject({
      code: 'objects-over-limit',
      place: { line: 5 * limit + 1 },
    });
  });

  it('applies all or nothing when the NodePort range runs out', () => {
    const sim = createSimulation({ seed: 1 });
    const batch = (from: number) =>
      Array.from(
        { length: 500 },
        (_, i) =>
          `apiVersion: v1\nkind: Service\nmetadata:\n  name: s${from + i}\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n`,
      ).join('---\n');
    const userServices = () => sim.snapshot().services.filter((s) => /^s\d+$/.test(s.name)).length;
    // 2,768 NodePorts: five batches of 500 fit, the sixth does not.
    for (let i = 0; i < 5; i++) expect(sim.apply(batch(i * 500), `b${i}.yaml`).diagnostics).toEqual([]);
    const third = sim.apply(batch(2500), 'c.yaml');
    expect(third.applied).toEqual([]);
    expect(third.diagnostics).toHaveLength(1);
    expect(third.diagnostics[0]).toMatchObject({
      code: 'node-ports-exhausted',
      place: { path: 'spec.ports' },
    });
    expect(userServices()).toBe(2_500);
  });

  it('refuses scale beyond the limit, also when a share link replays it', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(deployment('2'), 'small.yaml');
    expect(sim.scale('default', 'big', 1e9).ok).toBe(false);
    expect(sim.scale('default', 'big', 3).ok).toBe(true);
    const link = sim.serialize();
    const json = JSON.parse(atob(link.replace(/-/g, '+').replace(/_/g, '/')));
    json.ops.push(['s', 'default', 'big', 1e9]);
    const hostile = btoa(JSON.stringify(json)).replace(/\+/g, '-').replace(/\//g, '_');
    const replayed = deserializeSimulation(hostile);
    replayed.settle();
    expect(replayed.snapshot().pods.filter((p) => p.name.startsWith('big-'))).toHaveLength(3);
  });

  it('refuses a share link with more nodes than the limit', () => {
    const link = btoa(JSON.stringify({ v: 1, seed: 1, nodes: 1e9, ops: [] }));
    expect(() => deserializeSimulation(link)).toThrow(TypeError);
  });

  it.each(['0:10:1000000', '0:10:1e9', '0:100000000:10'])(
    'sim load refuses --burst %s before running',
    async (burst) => {
      let stderr = '';
      const code = await runLoadCommand(
        [
          '-f',
          'stack.yml',
          '--url',
          `${GATEWAY}/function/hello`,
          '--rps',
          '1',
          '--seconds',
          '1',
          '--burst',
          burst,
        ],
        {
          readFile: () => openfaasFixture('hello-pro-stack.yml'),
          stdout: () => {},
          stderr: (t: string) => void (stderr += t),
          lang: 'en_US.UTF-8',
        },
      );
      expect(code).toBe(2);
      expect(stderr).toMatch(/--burst/);
    },
  );
});
