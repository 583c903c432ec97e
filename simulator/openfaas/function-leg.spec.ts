import { describe, expect, it } from 'vitest';
import { requestFromUrl } from '../index.ts';
import { createOpenFaaS, type OpenFaaSPlatform } from './index.ts';

/** A Function resource with two replicas (com.openfaas.scale.min), as faas-cli generate writes it. */
const HELLO = `apiVersion: openfaas.com/v1
kind: Function
metadata:
  name: hello
  namespace: openfaas-fn
spec:
  name: hello
  image: your-user/hello:latest
  labels:
    com.openfaas.scale.min: "2"
`;

function deployed(seed: number): OpenFaaSPlatform {
  const faas = createOpenFaaS({ seed });
  expect(faas.deploy(HELLO, 'hello.yaml').diagnostics).toEqual([]);
  return faas;
}

function call(faas: OpenFaaSPlatform) {
  const result = faas.invoke(
    requestFromUrl('http://192.168.1.12:31112/function/hello', { method: 'POST', body: 'hi' }),
  );
  expect(result?.status).toBe(200);
  return result!;
}

/** Ready function Pods by name, with their IPs, as the Endpoints list them. */
function readyPods(faas: OpenFaaSPlatform): Map<string, string> {
  const pods = faas.sim.snapshot().pods;
  return new Map(
    pods
      .filter((p) => p.namespace === 'openfaas-fn' && p.labels.faas_function === 'hello' && p.ready)
      .map((p) => [`openfaas-fn/${p.name}`, p.ip ?? '']),
  );
}

describe('gateway → function leg with directFunctions: false (faas-netes pkg/k8s/proxy.go)', () => {
  it('goes from the gateway Pod straight to a ready Pod IP:8080, with no Service or kube-proxy hop', () => {
    const faas = deployed(11);
    const ready = readyPods(faas);
    expect(ready.size).toBe(2);
    for (let i = 0; i < 10; i++) {
      const result = call(faas);
      const hops = result.trace?.hops ?? [];
      const provider = hops.findIndex((h) => h.name === 'openfaas/faas-netes');
      expect(provider).toBeGreaterThan(hops.findIndex((h) => h.name === 'openfaas/gateway'));
      const leg = hops.slice(provider + 1);
      expect(leg.filter((h) => h.kind === 'service' || h.kind === 'kube-proxy' || h.kind === 'dns')).toEqual(
        [],
      );
      expect(leg[0]).toMatchObject({ kind: 'client', name: expect.stringMatching(/^openfaas\/gateway-/) });
      const podHop = leg.find((h) => h.kind === 'pod');
      const pod = podHop?.name.replace(/:8080$/, '') ?? '';
      expect(ready.has(pod)).toBe(true);
      expect(result.pod).toBe(pod);
      const ip = ready.get(pod)!;
      expect(leg[0]?.detail.en).toContain(`http://${ip}:8080/`);
      const said = hops[provider]!.detail;
      for (const text of [said.en, said.es]) expect(text).toContain(pod);
      expect(said.en).toContain(`${ip}:8080`);
      expect(said.es).toContain(`${ip}:8080`);
      expect(said.en).toContain('Endpoints');
      expect(said.es).toContain('Endpoints');
    }
  });

  it('draws the Pod at random over calls, the same draws for the same seed', () => {
    const chosen = (seed: number): string[] => {
      const faas = deployed(seed);
      return Array.from({ length: 16 }, () => call(faas).pod ?? '');
    };
    const first = chosen(12);
    expect(new Set(first).size).toBe(2);
    expect(chosen(12)).toEqual(first);
  });

  it('never picks a replica that is not ready yet', () => {
    const faas = deployed(13);
    faas.scaleFunction('hello', 4);
    for (let i = 0; i < 16; i++) {
      const ready = readyPods(faas);
      const all = faas.sim.snapshot().pods.filter((p) => p.namespace === 'openfaas-fn');
      expect(all.length).toBeGreaterThan(ready.size);
      expect(ready.has(call(faas).pod ?? '')).toBe(true);
    }
  });
});
