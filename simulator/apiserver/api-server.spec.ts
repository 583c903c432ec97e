import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './api-server.ts';
import { runKubectl } from '../kubectl/index.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';

let server: ApiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(): Promise<ApiServer> {
  const deployment = webDeployment({ replicas: 2, container: 'nginx', containerPorts: [80] });
  const sim = settledSimulation({ seed: 7 }, deployment);
  server = await startApiServer({ sim, port: 0, tickMs: 0 });
  return server;
}

async function call(
  s: ApiServer,
  method: string,
  path: string,
  body?: string,
  contentType = 'application/json',
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(s.url + path, { method, body, headers: { 'content-type': contentType } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('faaslab sim serve API server', () => {
  it('listens on 127.0.0.1 only', async () => {
    const s = await start();
    expect(new URL(s.url).hostname).toBe('127.0.0.1');
  });

  it('lists pods as a PodList with a resourceVersion', async () => {
    const s = await start();
    const { status, json } = await call(s, 'GET', '/api/v1/namespaces/default/pods');
    expect(status).toBe(200);
    expect(json.kind).toBe('PodList');
    expect((json.items as unknown[]).length).toBe(2);
    expect(Number((json.metadata as { resourceVersion: string }).resourceVersion)).toBeGreaterThan(0);
  });

  it('answers bad requests with Status errors instead of crashing', async () => {
    const s = await start();
    const garbage = await call(s, 'POST', '/api/v1/namespaces/default/pods', '{not json');
    expect(garbage.status).toBe(400);
    expect(garbage.json).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    const missing = await call(s, 'GET', '/api/v1/namespaces/default/pods/nope');
    expect(missing.status).toBe(404);
    expect(missing.json.message).toBe('pods "nope" not found');
    const nowhere = await call(s, 'GET', '/no/such/path');
    expect(nowhere.status).toBe(404);
    const strict = await call(
      s,
      'POST',
      '/apis/apps/v1/namespaces/default/deployments?fieldValidation=Strict',
      JSON.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'typo' },
        spec: { replica: 2 },
      }),
    );
    expect(strict.status).toBe(400);
    expect(String(strict.json.message)).toContain('unknown field "spec.replica"');
    const exists = await call(
      s,
      'POST',
      '/apis/apps/v1/namespaces/default/deployments',
      JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: {} }),
    );
    expect(exists.status).toBe(409);
    expect(exists.json.message).toBe('deployments.apps "web" already exists');
    // Still serving after all that.
    expect((await call(s, 'GET', '/version')).json.gitVersion).toBe('v1.37.1+k3s1');
  });

  it('scales through the scale subresource', async () => {
    const s = await start();
    const r = await call(
      s,
      'PATCH',
      '/apis/apps/v1/namespaces/default/deployments/web/scale',
      JSON.stringify({ spec: { replicas: 4 } }),
      'application/merge-patch+json',
    );
    expect(r.status).toBe(200);
    expect(r.json.spec).toEqual({ replicas: 4 });
  });

  it('streams watch events and frees the watch when the client drops it', async () => {
    const s = await start();
    const url = new URL(s.url + '/apis/apps/v1/namespaces/default/deployments?watch=true&resourceVersion=1');
    const received: string[] = [];
    const req = request(url);
    const opened = new Promise<void>((resolve) => {
      req.on('response', (res) => {
        res.on('data', (chunk: Buffer) => received.push(chunk.toString()));
        resolve();
      });
    });
    req.on('error', () => undefined);
    req.end();
    await opened;
    await new Promise((r) => setTimeout(r, 20));
    expect(s.api.watcherCount).toBe(1);
    s.api.sim.scale('default', 'web', 3);
    s.api.refresh();
    await new Promise((r) => setTimeout(r, 50));
    expect(received.join('')).toMatch(/"type":"MODIFIED"/);
    req.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(s.api.watcherCount).toBe(0);
  });

  it('resumes a watch from a resourceVersion with the changes made since, and answers 410 when it is too old', async () => {
    const s = await start();
    const path = '/apis/apps/v1/namespaces/default/deployments';
    const before = s.api.resourceVersion;
    s.api.sim.scale('default', 'web', 3);
    s.api.refresh();
    // The change happened before the watch opened: a client resuming from `before` still gets it.
    const resumed = await fetch(`${s.url}${path}?watch=true&resourceVersion=${before}&timeoutSeconds=1`);
    const lines = (await resumed.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; object: { spec: { replicas: number } } });
    expect(lines[0]).toMatchObject({ type: 'MODIFIED', object: { spec: { replicas: 3 } } });
    // Fill the history past its capacity: version 1 is no longer held, as after etcd compaction.
    const filler = {
      type: 'MODIFIED' as const,
      resource: 'configmaps',
      object: { metadata: { resourceVersion: '0' } },
    };
    for (let i = 0; i < 2001; i++)
      s.api.history.record([{ ...filler, object: { metadata: { resourceVersion: String(100_000 + i) } } }]);
    const gone = await fetch(`${s.url}${path}?watch=true&resourceVersion=1`);
    expect(gone.status).toBe(200);
    expect(JSON.parse(await gone.text())).toEqual({
      type: 'ERROR',
      object: expect.objectContaining({
        code: 410,
        reason: 'Expired',
        message: 'too old resource version: 1 (100000)',
      }),
    });
    expect(s.api.watcherCount).toBe(0);
  });

  /** Follows the first Pod's log; `end` does what should end the stream, which is then read to its end. */
  async function followUntil(end: (s: ApiServer, name: string) => void): Promise<ApiServer> {
    const s = await start();
    const name = String((s.api.list('pods', 'default')[0]!.metadata as { name: string }).name);
    const res = await fetch(`${s.url}/api/v1/namespaces/default/pods/${name}/log?follow=true`);
    const reader = res.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(`started in ${name}`);
    expect(s.api.watcherCount).toBe(1);
    end(s, name);
    s.api.refresh();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(s.api.watcherCount).toBe(0);
    return s;
  }

  it('follows a log (logs -f) while the Pod lives and ends the stream when it is deleted', async () => {
    await followUntil((s, name) => {
      runKubectl(s.api.sim, `delete pod ${name} --wait=false`);
      s.api.sim.advance(60_000);
    });
  });

  it('ends a followed log when that run of the container ends (kubelet closes the stream on a restart)', async () => {
    let pod = '';
    const s = await followUntil((s, name) => {
      pod = name;
      expect(s.api.sim.killPod('default', name).ok).toBe(true);
      s.api.sim.advance(1_000);
    });
    expect(s.api.get('pods', 'default', pod)).toBeDefined();
  });

  it('applies fieldValidation: Strict refuses an unknown field, Warn drops it with a Warning, Ignore drops it', async () => {
    const s = await start();
    const body = (name: string) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name },
        data: { a: 'b' },
        datta: { x: '1' },
        spec: { nested: true },
      });
    const post = (name: string, validation: string | null) =>
      fetch(
        `${s.url}/api/v1/namespaces/default/configmaps${validation ? `?fieldValidation=${validation}` : ''}`,
        { method: 'POST', body: body(name), headers: { 'content-type': 'application/json' } },
      );
    const strict = await post('strict', 'Strict');
    expect(strict.status).toBe(400);
    expect(((await strict.json()) as { message: string }).message).toContain('unknown field "datta"');
    const warned = await post('warned', 'Warn');
    expect(warned.status).toBe(201);
    expect(warned.headers.get('warning')).toBe(
      '299 - "unknown field \\"datta\\"", 299 - "unknown field \\"spec\\""',
    );
    expect(await warned.json()).not.toHaveProperty('datta');
    const ignored = await post('ignored', 'Ignore');
    expect(ignored.status).toBe(201);
    expect(ignored.headers.get('warning')).toBeNull();
    expect(s.api.get('configmaps', 'default', 'ignored')).toMatchObject({ data: { a: 'b' } });
    expect(s.api.get('configmaps', 'default', 'ignored')).not.toHaveProperty('datta');
    // Without the parameter the apiserver warns (its default since v1.23).
    const plain = await post('plain', null);
    expect(plain.status).toBe(201);
    expect(plain.headers.get('warning')).toContain('unknown field');
  });

  it('warns of a non-ASCII unknown field in UTF-8 and still answers 201 for the object it created', async () => {
    const s = await start();
    for (const [name, field] of [
      ['cjk', '端口'],
      ['latin', 'contraseña'],
    ]) {
      const res = await fetch(`${s.url}/api/v1/namespaces/default/configmaps?fieldValidation=Warn`, {
        method: 'POST',
        body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, [field!]: 'x' }),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(201);
      // fetch hands header bytes back one char each; kubectl (Go) reads the same bytes as UTF-8.
      const bytes = Buffer.from(res.headers.get('warning') ?? '', 'latin1').toString('utf8');
      expect(bytes).toBe(`299 - "unknown field \\"${field}\\""`);
      expect(s.api.get('configmaps', 'default', name!)).toBeDefined();
    }
  });
});
