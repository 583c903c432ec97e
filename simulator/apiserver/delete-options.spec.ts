import { afterEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from './api-server.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';

let server: ApiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const PODS = '/api/v1/namespaces/default/pods';

async function call(s: ApiServer, method: string, path: string, body?: unknown) {
  const res = await fetch(s.url + path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { 'content-type': 'application/json' },
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function podNames(s: ApiServer): Promise<string[]> {
  const { json } = await call(s, 'GET', PODS);
  return (json.items as Array<{ metadata: { name: string } }>).map((p) => p.metadata.name);
}

describe('DELETE with DeleteOptions', () => {
  it('removes a Pod at once with gracePeriodSeconds 0 (body or query), gracefully without', async () => {
    const sim = settledSimulation({ seed: 7 }, webDeployment({ replicas: 3 }));
    server = await startApiServer({ sim, port: 0, tickMs: 0 });
    const [a, b, c] = await podNames(server);
    // What kubectl delete --force sends.
    const forced = await call(server, 'DELETE', `${PODS}/${a}`, {
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      gracePeriodSeconds: 0,
      propagationPolicy: 'Background',
    });
    expect(forced.status).toBe(200);
    expect((await call(server, 'GET', `${PODS}/${a}`)).status).toBe(404);
    expect((await call(server, 'DELETE', `${PODS}/${b}?gracePeriodSeconds=0`)).status).toBe(200);
    expect((await call(server, 'GET', `${PODS}/${b}`)).status).toBe(404);
    const graceful = await call(server, 'DELETE', `${PODS}/${c}`, {
      kind: 'DeleteOptions',
      apiVersion: 'v1',
    });
    expect(graceful.status).toBe(200);
    const live = await call(server, 'GET', `${PODS}/${c}`);
    expect((live.json.metadata as Record<string, unknown>).deletionTimestamp).toBeTypeOf('string');
  });

  it('answers a gracePeriodSeconds that is not an integer with 400 and deletes nothing', async () => {
    const sim = settledSimulation({ seed: 7 }, webDeployment({ replicas: 1 }));
    server = await startApiServer({ sim, port: 0, tickMs: 0 });
    const [a] = await podNames(server);
    const bad = await call(server, 'DELETE', `${PODS}/${a}`, { gracePeriodSeconds: 'soon' });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ kind: 'Status', reason: 'BadRequest' });
    const live = await call(server, 'GET', `${PODS}/${a}`);
    expect((live.json.metadata as Record<string, unknown>).deletionTimestamp).toBeUndefined();
  });
});
