/**
 * The scenarios written for lessons 7, 9 and 10 (k3s-cluster, openfaas-gateway, capstone): each guided
 * step is false at the start and true once the student does what its goal says, on the real engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requestFromUrl, type Simulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';
import { parseScenario } from './parse-scenario.ts';
import { createScenarioSimulation } from './scenario-simulation.ts';
import type { Scenario, ScenarioStep } from './scenario.ts';
import { checkStep, type SentRequest } from './step-check.ts';

const dir = new URL('./', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');

function started(id: string): {
  scenario: Scenario;
  sim: Simulation;
  sent: SentRequest[];
  step: (stepId: string) => ScenarioStep;
} {
  const scenario = parseScenario(id, read(`${id}.yaml`), read);
  const sim = createScenarioSimulation({ ...scenario, manifests: [] });
  for (const m of scenario.manifests) expect(sim.apply(m.text, m.file).diagnostics).toEqual([]);
  sim.settle();
  const step = (stepId: string): ScenarioStep => {
    const found = scenario.steps.find((s) => s.id === stepId);
    if (!found) throw new Error(`${id}: no step ${stepId}`);
    return found;
  };
  return { scenario, sim, sent: [], step };
}

function send(sim: Simulation, sent: SentRequest[], url: string): SentRequest {
  const request = requestFromUrl(url);
  const entry = { request, trace: sim.routeRequest(request) };
  sent.push(entry);
  return entry;
}

describe('k3s-cluster', () => {
  it('its Raspberry Pi nodes are arm64, as the kubelet of a 64-bit Pi OS reports them (both arch labels, nodeInfo)', () => {
    const { sim } = started('k3s-cluster');
    const nodes = JSON.parse(runKubectl(sim, 'get nodes -o json').stdout) as {
      items: Array<{
        metadata: { labels: Record<string, string> };
        status: { nodeInfo: { architecture: string } };
      }>;
    };
    expect(nodes.items).toHaveLength(3);
    for (const node of nodes.items) {
      expect(node.metadata.labels['kubernetes.io/arch']).toBe('arm64');
      expect(node.metadata.labels['beta.kubernetes.io/arch']).toBe('arm64');
      expect(node.status.nodeInfo.architecture).toBe('arm64');
    }
  });

  it('gives each node its own flannel /24, so the three replicas have IPs in three subnets', () => {
    const { sim, sent, step } = started('k3s-cluster');
    expect(checkStep(step('spread').check, sim.snapshot(), sent)).toBe(true);
    const pods = sim.snapshot().pods.filter((p) => p.labels.app === 'web');
    const subnetOf = new Map<string, string>();
    for (const pod of pods) {
      expect(pod.ip).toMatch(/^10\.42\.\d+\.\d+$/);
      const subnet = (pod.ip ?? '').split('.').slice(0, 3).join('.');
      const node = pod.nodeName ?? '';
      // Pods on one node share its /24; different nodes never share one.
      if (subnetOf.has(node)) expect(subnetOf.get(node)).toBe(subnet);
      subnetOf.set(node, subnet);
    }
    expect(new Set(subnetOf.values()).size).toBe(subnetOf.size);
  });

  it('spreads the replicas one per node; the cross-node step passes only when pi-agent1 forwards to another node', () => {
    const { sim, sent, step } = started('k3s-cluster');
    // PodTopologySpread's default constraints spread one owner's replicas (kube-scheduler default profile).
    const nodesOfWeb = sim
      .snapshot()
      .pods.filter((p) => p.labels.app === 'web')
      .map((p) => p.nodeName);
    expect(new Set(nodesOfWeb)).toEqual(new Set(['pi-server', 'pi-agent1', 'pi-agent2']));
    send(sim, sent, 'http://192.168.1.12:30080/');
    expect(checkStep(step('cross-node').check, sim.snapshot(), sent)).toBe(false);
    let local = 0;
    for (let i = 0; i < 20; i++) {
      const { trace } = send(sim, sent, 'http://192.168.1.11:30080/');
      expect(trace.status).toBe(200);
      if (trace.node === 'pi-agent1') {
        local++;
        continue;
      }
      expect(checkStep(step('cross-node').check, sim.snapshot(), sent)).toBe(true);
      break;
    }
    expect(local).toBeLessThan(20);
  });

  it('shows a failed agent as NotReady once the grace period has passed', () => {
    const { sim, sent, step } = started('k3s-cluster');
    expect(checkStep(step('silent-agent').check, sim.snapshot(), sent)).toBe(false);
    expect(sim.failNode('pi-agent2').ok).toBe(true);
    sim.advance(60_000);
    expect(checkStep(step('silent-agent').check, sim.snapshot(), sent)).toBe(true);
  });
});

describe('capstone', () => {
  it('reaches the function through NodePort 30080 on a node and through the Ingress', () => {
    const { sim, sent, step } = started('capstone');
    expect(checkStep(step('node-port').check, sim.snapshot(), sent)).toBe(false);
    expect(checkStep(step('ingress').check, sim.snapshot(), sent)).toBe(false);
    expect(send(sim, sent, 'http://192.168.1.11:30080/').trace.node).not.toBe('agent-1');
    expect(checkStep(step('node-port').check, sim.snapshot(), sent)).toBe(true);
    send(sim, sent, 'http://192.168.1.10/word-count');
    expect(checkStep(step('ingress').check, sim.snapshot(), sent)).toBe(true);
  });

  it('serves /word-countx in Traefik mode but not in conformant mode (prefix per path element)', () => {
    const { sim, sent } = started('capstone');
    expect(send(sim, sent, 'http://192.168.1.10/word-countx').trace.status).toBe(200);
    sim.setIngressMode('conformant');
    expect(send(sim, sent, 'http://192.168.1.10/word-countx').trace.status).toBe(404);
    expect(send(sim, sent, 'http://192.168.1.10/word-count/a').trace.status).toBe(200);
  });

  it('passes the scale step once three replicas are ready', () => {
    const { sim, sent, step } = started('capstone');
    expect(checkStep(step('scale').check, sim.snapshot(), sent)).toBe(false);
    expect(sim.scale('faaslab', 'word-count', 3).ok).toBe(true);
    sim.settle();
    expect(checkStep(step('scale').check, sim.snapshot(), sent)).toBe(true);
  });
});

describe('openfaas-gateway', () => {
  it('reaches the gateway through node 3 on 31112, then hello from the gateway Pod named in the preset', () => {
    const { scenario, sim, sent, step } = started('openfaas-gateway');
    const [toGateway, fromGateway, viaService] = scenario.requests;
    // The preset names the gateway Pod the seed creates; if the engine renames Pods, this says so.
    expect(sim.snapshot().pods.map((p) => `${p.namespace}/${p.name}`)).toContain(fromGateway?.fromPod);
    // faas-netes dials a ready Pod IP of hello (directFunctions: false); the preset's IP is that Pod's.
    const helloIPs = sim
      .snapshot()
      .pods.filter((p) => p.namespace === 'openfaas-fn' && p.ready)
      .map((p) => p.ip);
    expect(helloIPs).toContain(new URL(fromGateway?.url ?? 'http://x/').hostname);
    expect(viaService?.url).toContain('hello.openfaas-fn.svc.cluster.local');
    expect(checkStep(step('to-gateway').check, sim.snapshot(), sent)).toBe(false);
    const first = send(sim, sent, toGateway?.url ?? '');
    expect(first.trace.pod).toMatch(/^openfaas\/gateway-/);
    expect(checkStep(step('to-gateway').check, sim.snapshot(), sent)).toBe(true);
    const [ns = '', name = ''] = (fromGateway?.fromPod ?? '').split('/');
    const request = requestFromUrl(fromGateway?.url ?? '', { source: { kind: 'pod', ns, name } });
    const second = { request, trace: sim.routeRequest(request) };
    sent.push(second);
    expect(second.trace.pod).toMatch(/^openfaas-fn\/hello-/);
    expect(second.trace.hops.filter((h) => h.kind === 'kube-proxy' || h.kind === 'service')).toEqual([]);
    expect(checkStep(step('to-function').check, sim.snapshot(), sent)).toBe(true);
  });

  it('answers as the OpenFaaS gateway does: 401 on /system without auth, 202 + X-Call-Id on /async-function', () => {
    const { sim } = started('openfaas-gateway');
    const at = (path: string, headers: Record<string, string> = {}) =>
      sim.routeRequest(requestFromUrl(`http://192.168.1.12:31112${path}`, { method: 'POST', headers }));
    const list = at('/system/functions');
    expect(list.status).toBe(401);
    expect(list.response?.headers['www-authenticate']).toBe('Basic realm="Restricted"');
    const authed = at('/system/functions', { Authorization: `Basic ${btoa('admin:secret')}` });
    expect(authed.status).toBe(200);
    expect(JSON.parse(authed.response?.body ?? '[]')).toEqual([expect.objectContaining({ name: 'hello' })]);
    const queued = at('/async-function/hello');
    expect(queued.status).toBe(202);
    expect(queued.response?.headers['x-call-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(at('/async-function/missing').status).toBe(404);
    expect(at('/healthz').status).toBe(200);
  });
});
