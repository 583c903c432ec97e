/**
 * The function server inside the exported ConfigMap is the code the tests run: the YAML's files are written
 * out as the kubelet would mount them and started exactly as the Deployment's command line says, with its
 * env; then the lab's checks are sent over HTTP and the solution must pass them all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listLabs, matches, type Lab } from '../../labs/index.ts';
import { exportableLab, exportK8sManifests, parseYamlDocuments } from '../../labs/export/index.ts';
import { loadFunctionServerFiles, FUNCTION_SERVER_DIR } from '../../labs/export/function-server-files.ts';
import { freePort } from './free-port.ts';
import { startContainer, type MaterialisedPod } from './materialise-pod.ts';
import { readdirSync } from 'node:fs';

describe('the exported ConfigMap holds every function-server file', () => {
  it('lists the folder, not a hard-coded name', () => {
    const onDisk = readdirSync(FUNCTION_SERVER_DIR).filter(
      (f) => f.endsWith('.mjs') && !f.includes('.spec.'),
    );
    const docs = parseYamlDocuments(
      exportK8sManifests(exportableLab(listLabs()[0]!), loadFunctionServerFiles()).text,
    );
    const data = (docs.find((d) => d.kind === 'ConfigMap') as { data: Record<string, string> }).data;
    for (const file of onDisk) expect(Object.keys(data)).toContain(file);
  });
});

describe.each(listLabs().map((lab) => [lab.id, lab] as [string, Lab]))(
  'lab %s: the exported pod answers its checks',
  (_id, lab) => {
    let pod: MaterialisedPod;
    let base: string;
    let deployment: {
      spec: {
        template: {
          spec: Parameters<typeof startContainer>[0] & {
            containers: Array<{
              ports: Array<{ name: string; containerPort: number }>;
              env: Array<{ name: string; value: string }>;
              readinessProbe: { httpGet: { path: string; port: string } };
            }>;
          };
        };
      };
    };

    beforeAll(async () => {
      const docs = parseYamlDocuments(
        exportK8sManifests(exportableLab(lab, 'solution'), loadFunctionServerFiles()).text,
      );
      deployment = docs.find((d) => d.kind === 'Deployment') as typeof deployment;
      const configMaps = docs.filter((d) => d.kind === 'ConfigMap') as unknown as Parameters<
        typeof startContainer
      >[1];
      pod = startContainer(deployment.spec.template.spec, configMaps, await freePort());
      base = `http://127.0.0.1:${pod.port}`;
    });
    afterAll(async () => {
      await pod?.[Symbol.asyncDispose]();
    });

    it('runs `node /app/server.mjs` from the mounted files and is healthy on the probe path', async () => {
      const container = deployment.spec.template.spec.containers[0]!;
      expect(container.env.find((e) => e.name === 'port')?.value).toBe(
        String(container.ports[0]?.containerPort),
      );
      expect(container.readinessProbe.httpGet.port).toBe(container.ports[0]?.name);
      expect(pod.argv).toEqual([`${pod.root}/app/server.mjs`]);
      await pod.ready(container.readinessProbe.httpGet.path);
    });

    it.each(lab.checks.map((c) => [c.id, c] as const))(
      'check %s passes over HTTP',
      async (_checkId, check) => {
        const started = Date.now();
        const res = await fetch(`${base}${check.request.path ?? '/'}`, {
          method: check.request.method,
          headers: check.request.headers,
          ...(check.request.body !== undefined && check.request.method !== 'GET'
            ? { body: check.request.body }
            : {}),
          signal: AbortSignal.timeout(10_000),
        });
        const response = {
          status: res.status,
          headers: Object.fromEntries(res.headers),
          body: await res.text(),
          durationMs: Date.now() - started,
        };
        expect(
          matches(check.expect, response),
          `${JSON.stringify(check.expect)} vs ${response.status} ${response.body}`,
        ).toBe(true);
      },
    );
  },
);

describe('the harness can fail', () => {
  it('a handler that answers wrongly, exported the same way, fails the first check of the first lab', async () => {
    const lab = listLabs()[0]!;
    const wrong = "module.exports = async (event, context) => context.status(418).succeed('no')\n";
    const docs = parseYamlDocuments(
      exportK8sManifests(exportableLab(lab, { source: wrong }), loadFunctionServerFiles()).text,
    );
    const deployment = docs.find((d) => d.kind === 'Deployment') as {
      spec: { template: { spec: Parameters<typeof startContainer>[0] } };
    };
    const configMaps = docs.filter((d) => d.kind === 'ConfigMap') as unknown as Parameters<
      typeof startContainer
    >[1];
    await using pod = startContainer(deployment.spec.template.spec, configMaps, await freePort());
    await pod.ready('/_/health');
    const check = lab.checks[0]!;
    const res = await fetch(`http://127.0.0.1:${pod.port}${check.request.path ?? '/'}`, {
      method: check.request.method,
      headers: check.request.headers,
      body: check.request.body ?? null,
    });
    const response = {
      status: res.status,
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
      durationMs: 0,
    };
    expect(response.status).toBe(418);
    expect(matches(check.expect, response)).toBe(false);
  });
});
