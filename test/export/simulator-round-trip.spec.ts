/**
 * Round trip: the k3s export imported by the simulator, then requests routed to the function's pod on the
 * NodePort and through the Ingress — first answered by the simulator's echo (who answered), then by the
 * real function server started from the same export (what it answered), through a PodBackend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulation, requestFromUrl, type Simulation } from '../../simulator/index.ts';
import { getLab } from '../../labs/index.ts';
import { exportableLab, exportK8sManifests, parseYamlDocuments } from '../../labs/export/index.ts';
import { loadFunctionServerFiles } from '../../labs/export/function-server-files.ts';
import { httpCall } from '../../labs/deploy/http-call.ts';
import { freePort } from './free-port.ts';
import { startContainer, type MaterialisedPod } from './materialise-pod.ts';

const lab = getLab('hello')!;
const exported = exportK8sManifests(exportableLab(lab), loadFunctionServerFiles(), {});
const example = lab.checks[0]!.request;

describe('export → simulator → routeRequest', () => {
  let sim: Simulation;
  let nodeIp: string;
  let pod: MaterialisedPod | undefined;

  beforeAll(() => {
    sim = createSimulation({ seed: 42 });
    const applied = sim.apply(exported.text, 'hello-k8s.yaml');
    expect(applied.diagnostics).toEqual([]);
    sim.settle();
    nodeIp = sim.snapshot().nodes[0]!.internalIP;
  });
  afterAll(async () => {
    await pod?.[Symbol.asyncDispose]();
  });

  it('the Deployment becomes ready with one pod of the function', () => {
    const deployment = sim
      .snapshot()
      .deployments.find((d) => d.namespace === 'faaslab' && d.name === 'hello');
    expect(deployment?.readyReplicas).toBe(1);
  });

  it('reaches the function pod on the NodePort', () => {
    const trace = sim.routeRequest(
      requestFromUrl(`http://${nodeIp}:${exported.settings.nodePort}/`, { method: 'POST', body: 'hi' }),
    );
    expect(trace.status).toBe(200);
    expect(trace.service).toBe('faaslab/hello-nodeport');
    expect(trace.pod).toMatch(/^faaslab\/hello-/);
    expect(trace.hops.map((h) => h.kind)).toContain('node-port');
  });

  it('reaches the function pod through the Traefik Ingress on /hello', () => {
    const trace = sim.routeRequest(requestFromUrl(`http://${nodeIp}/hello`, { method: 'POST', body: 'hi' }));
    expect(trace.status).toBe(200);
    expect(trace.service).toBe('faaslab/hello');
    expect(trace.pod).toMatch(/^faaslab\/hello-/);
    expect(trace.hops.map((h) => h.kind)).toContain('ingress-rule');
  });

  it("the real function server answers for the simulated pod: the lab's course example comes back", async () => {
    const docs = parseYamlDocuments(exported.text) as Array<Record<string, never>>;
    const deployment = docs.find((d) => d.kind === 'Deployment') as unknown as {
      spec: { template: { spec: Parameters<typeof startContainer>[0] } };
    };
    pod = startContainer(
      deployment.spec.template.spec,
      docs.filter((d) => d.kind === 'ConfigMap') as never,
      await freePort(),
    );
    await pod.ready('/_/health');
    const port = pod.port;
    const remove = sim.addBackend({
      handles: (p) => p.labels.faas_function === 'hello',
      handle: async (request) => {
        const answer = await httpCall(`http://127.0.0.1:${port}${request.path}`, {
          method: request.method,
          headers: request.headers,
          body: request.body,
        });
        return { status: answer.status, headers: {}, body: answer.body };
      },
    });
    try {
      for (const url of [`http://${nodeIp}:${exported.settings.nodePort}/`, `http://${nodeIp}/hello`]) {
        const trace = await sim.routeRequestAsync(
          requestFromUrl(url, {
            method: example.method,
            ...(example.headers ? { headers: example.headers } : {}),
            ...(example.body !== undefined ? { body: example.body } : {}),
          }),
        );
        expect(trace.response?.body, url).toBe(lab.checks[0]!.expect.body);
      }
    } finally {
      remove();
    }
  });
});
