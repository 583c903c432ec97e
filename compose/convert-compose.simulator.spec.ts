/**
 * The converter's output is real input: the flask + redis manifests import into the simulator. The
 * lesson's points show too: `image: web` names an image that was built locally and never pushed, so its
 * Pod stays in ImagePullBackOff as on a real cluster (until the student pushes it to a registry the
 * cluster can reach), and the name "redis" does not resolve, because kompose gave redis no Service.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulator/index.ts';
import { convertCompose } from './convert-compose.ts';

const flaskRedis = readFileSync(
  new URL('../test/fixtures/compose/flask-redis.compose.yaml', import.meta.url),
  'utf8',
);

describe('converted flask + redis in the simulator', () => {
  const conversion = convertCompose(flaskRedis, { file: 'compose.yaml' });
  const sim = createSimulation({ seed: 7 });
  const applied = sim.apply(conversion.yaml, 'compose.yaml');
  sim.settle();
  const pods = sim.snapshot().pods;
  const redisPod = pods.find((p) => p.labels['io.kompose.service'] === 'redis');
  const webPod = pods.find((p) => p.labels['io.kompose.service'] === 'web');

  it('imports without errors; redis runs, web (a local build) stays in ImagePullBackOff', () => {
    expect(applied.diagnostics).toEqual([]);
    expect(applied.applied.map((a) => a.kind).sort()).toEqual(['Deployment', 'Deployment', 'Service']);
    expect(webPod?.status).toBe('ImagePullBackOff');
    expect(webPod?.containerStatuses[0]?.state.waiting?.message).toBe('Back-off pulling image "web"');
    expect(redisPod?.phase).toBe('Running');
  });

  it('routes a request for web:8000 from the redis Pod to the web Pod on port 5000 once web is pushed', () => {
    expect(sim.addImage('web').ok).toBe(true);
    sim.advance(300_000);
    const pushedWeb = sim.snapshot().pods.find((p) => p.labels['io.kompose.service'] === 'web');
    expect(pushedWeb?.status).toBe('Running');
    const trace = sim.routeRequest({
      method: 'GET',
      scheme: 'http',
      host: 'web',
      port: 8000,
      path: '/',
      source: { kind: 'pod', ns: redisPod?.namespace ?? 'default', name: redisPod?.name ?? '' },
    });
    expect(trace.service).toBe('default/web');
    expect(trace.pod).toBe(`default/${pushedWeb?.name}`);
    expect(trace.status).toBe(200);
    expect(trace.servicePort).toBe(8000);
    expect(trace.hops.map((h) => h.kind)).toContain('service');
  });

  it('resolves "redis" once the Compose file publishes its port', () => {
    const fixed = convertCompose(
      flaskRedis.replace('image: "redis:alpine"', 'image: "redis:alpine"\n    ports: ["6379"]'),
    );
    const sim2 = createSimulation({ seed: 7 });
    expect(sim2.apply(fixed.yaml, 'compose.yaml').diagnostics).toEqual([]);
    sim2.settle();
    const web = sim2.snapshot().pods.find((p) => p.labels['io.kompose.service'] === 'web');
    const trace = sim2.routeRequest({
      method: 'GET',
      scheme: 'http',
      host: 'redis',
      port: 6379,
      path: '/',
      source: { kind: 'pod', ns: 'default', name: web?.name ?? '' },
    });
    expect(trace.service).toBe('default/redis');
  });

  it('cannot resolve "redis" from the web Pod: there is no redis Service', () => {
    const trace = sim.routeRequest({
      method: 'GET',
      scheme: 'http',
      host: 'redis',
      port: 6379,
      path: '/',
      source: { kind: 'pod', ns: 'default', name: webPod?.name ?? '' },
    });
    expect(trace.pod).toBeNull();
    expect(trace.status).not.toBe(200);
    expect(trace.error?.en).toMatch(/resolve redis/);
  });
});
