import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';
import { GENERATE_NAME_TRIES, generatedName } from '../model/names.ts';
import { kubeApiOf } from './kube-api.ts';
import { findApiResource } from './resource-table.ts';

// The apiserver honours metadata.generateName on create (SimpleNameGenerator: prefix + 5 characters of
// k8s.io/apimachinery's rand alphabet, drawn again on a clash); kubectl apply refuses it (cmd/apply/apply.go).
const SUFFIX = /^[bcdfghjklmnpqrstvwxz2456789]{5}$/;
const files = {
  'gn.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: cm-\ndata:\n  a: b\n',
  'both.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: named\n  generateName: cm-\ndata:\n  a: b\n',
};

describe('metadata.generateName', () => {
  it('create -f draws a fresh name each time and the object keeps its generateName', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    const first = runKubectl(sim, 'create -f gn.yaml', files);
    const second = runKubectl(sim, 'create -f gn.yaml', files);
    const nameOf = (out: string): string => /^configmap\/(\S+) created\n$/.exec(out)![1]!;
    const a = nameOf(first.stdout);
    const b = nameOf(second.stdout);
    expect(a).not.toBe(b);
    for (const name of [a, b]) {
      expect(name.slice(0, 3)).toBe('cm-');
      expect(name.slice(3)).toMatch(SUFFIX);
      expect(kubeApiOf(sim).get('configmaps', 'default', name)?.metadata).toMatchObject({
        name,
        generateName: 'cm-',
      });
    }
  });

  it('a name given beside generateName wins', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    expect(runKubectl(sim, 'create -f both.yaml', files).stdout).toBe('configmap/named created\n');
    expect(kubeApiOf(sim).get('configmaps', 'default', 'named')?.metadata).toMatchObject({
      generateName: 'cm-',
    });
  });

  it('kubectl apply refuses a nameless object with generateName, and creates nothing', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    expect(runKubectl(sim, 'apply -f gn.yaml', files)).toEqual({
      stdout: '',
      stderr: 'error: from cm-: cannot use generate name with apply\n',
      exitCode: 1,
    });
    expect(runKubectl(sim, 'get cm -o name').stdout).toBe('configmap/kube-root-ca.crt\n');
  });

  it('draws again on a clash and answers AlreadyExists after the apiserver’s tries run out', () => {
    const r = findApiResource('configmaps')!;
    const body = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'cm-' } };
    /** Takes the first `k` names the next create will draw (they depend on how many ConfigMaps exist). */
    const clash = (k: number) => {
      const sim = createSimulation({ seed: 1 });
      sim.settle();
      const api = kubeApiOf(sim);
      const seed = `configmaps/default/cm-/${sim.now()}/${api.list('configmaps', 'default').length + k}`;
      for (let n = 0; n < k; n++) runKubectl(sim, `create configmap ${generatedName('cm-', seed, n)}`);
      return { api, seed };
    };
    const twice = clash(2);
    expect(twice.api.create(r, 'default', body)).toMatchObject({
      metadata: { name: generatedName('cm-', twice.seed, 2) },
    });
    const all = clash(GENERATE_NAME_TRIES);
    const last = generatedName('cm-', all.seed, GENERATE_NAME_TRIES - 1);
    // apimachinery pkg/api/errors/errors.go NewGenerateNameConflict, as apiserver's create.go calls it.
    expect(all.api.create(r, 'default', body)).toEqual({
      code: 409,
      body: {
        apiVersion: 'v1',
        kind: 'Status',
        metadata: {},
        status: 'Failure',
        message: `configmaps "${last}" already exists, the server was not able to generate a unique name for the object`,
        reason: 'AlreadyExists',
        details: { name: last, kind: 'configmaps', retryAfterSeconds: 1 },
        code: 409,
      },
    });
  });

  it('kubectl create -f prints the generateName conflict as the real kubectl prints a StatusError', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    const api = kubeApiOf(sim);
    const seed = `configmaps/default/cm-/${sim.now()}/${api.list('configmaps', 'default').length + GENERATE_NAME_TRIES}`;
    for (let n = 0; n < GENERATE_NAME_TRIES; n++)
      runKubectl(sim, `create configmap ${generatedName('cm-', seed, n)}`);
    const last = generatedName('cm-', seed, GENERATE_NAME_TRIES - 1);
    // kubectl: cmdutil.AddSourceToErr("creating", …), then `Error from server (<Reason>): <message>`.
    expect(runKubectl(sim, 'create -f gn.yaml', files)).toEqual({
      stdout: '',
      stderr: `Error from server (AlreadyExists): error when creating "gn.yaml": configmaps "${last}" already exists, the server was not able to generate a unique name for the object\n`,
      exitCode: 1,
    });
  });

  it('reports an invalid generateName on metadata.generateName first, its trailing dash masked', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    const create = (kind: string, generateName: string) =>
      runKubectl(sim, 'create -f g.yaml', {
        'g.yaml': `apiVersion: v1\nkind: ${kind}\nmetadata:\n  generateName: "${generateName}"\n${kind === 'Service' ? 'spec:\n  ports: [{port: 80}]\n' : 'data:\n  a: b\n'}`,
      });
    const causes = (stderr: string) => [
      ...stderr.matchAll(/(?:^\* |is invalid: )(metadata\.\w+): Invalid value: "([^"]*)"/gm),
    ];
    const bad = create('ConfigMap', 'Bad_');
    expect(bad.exitCode).toBe(1);
    expect(causes(bad.stderr).map((m) => [m[1], m[2]!.slice(0, 4)])).toEqual([
      ['metadata.generateName', 'Bad_'],
      ['metadata.name', 'Bad_'],
    ]);
    // `a.` is no subdomain, but the drawn `a.xxxxx` is: only generateName is wrong.
    expect(create('ConfigMap', 'a.').stderr).toMatch(
      /^The ConfigMap "a\.[a-z0-9]{5}" is invalid: metadata\.generateName: Invalid value: "a\.": /,
    );
    // A Service name is a 63-character label: a 70-character prefix is wrong though the drawn name is cut to 63.
    expect(create('Service', 'x'.repeat(70)).stderr).toMatch(
      /is invalid: metadata\.generateName: Invalid value: "x{70}"/,
    );
    // maskTrailingDash turns the last two characters into `a`: `a_-` passes as `aa`, its drawn name does not.
    expect(causes(create('ConfigMap', 'a_-').stderr).map((m) => m[1])).toEqual(['metadata.name']);
    expect(create('ConfigMap', 'ok-').stdout).toMatch(/^configmap\/ok-[a-z0-9]{5} created\n$/);
  });

  it('cuts a long prefix to 58 characters before the 5 drawn ones', () => {
    const long = 'x'.repeat(70);
    const name = generatedName(long, 'seed', 0);
    expect(name).toHaveLength(63);
    expect(name.slice(58)).toMatch(SUFFIX);
  });
});
