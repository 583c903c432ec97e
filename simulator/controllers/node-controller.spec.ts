import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';
import { manyNodes } from '../../test/simulator/cluster-fixture.ts';

const web = readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8');

describe('node failure', () => {
  it('marks the node NotReady after 50 s (node-monitor-grace-period since v1.32), evicts its pods after 300 s and reschedules them elsewhere', () => {
    const sim = createSimulation({ seed: 2 });
    sim.apply(web, 'web.yaml');
    sim.settle();
    const victim = sim.snapshot().pods.find((p) => p.labels.app === 'web')!.nodeName!;
    sim.failNode(victim);
    sim.advance(49_000);
    expect(sim.snapshot().nodes.find((n) => n.name === victim)!.ready).toBe(true);
    sim.advance(1_000);
    const notReady = sim.snapshot();
    expect(notReady.nodes.find((n) => n.name === victim)).toMatchObject({
      ready: false,
      taints: [
        { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' },
      ],
    });
    expect(notReady.pods.filter((p) => p.nodeName === victim).every((p) => !p.ready)).toBe(true);
    sim.advance(299_000);
    expect(
      sim
        .snapshot()
        .pods.filter((p) => p.nodeName === victim && p.labels.app === 'web')
        .every((p) => p.status === 'Running'),
    ).toBe(true);
    sim.advance(1_000);
    sim.advance(3_000);
    const after = sim.snapshot();
    // Evicted pods stay Terminating on the unreachable node; replacements run on the others.
    expect(
      after.pods
        .filter((p) => p.nodeName === victim && p.labels.app === 'web')
        .every((p) => p.status === 'Terminating'),
    ).toBe(true);
    const running = after.pods.filter((p) => p.labels.app === 'web' && p.status === 'Running');
    expect(running).toHaveLength(3);
    expect(running.every((p) => p.nodeName !== victim)).toBe(true);
    sim.recoverNode(victim);
    sim.advance(10_000);
    expect(sim.snapshot().pods.filter((p) => p.nodeName === victim && p.labels.app === 'web')).toEqual([]);
    expect(sim.snapshot().nodes.find((n) => n.name === victim)!.ready).toBe(true);
  });

  it('a speed-up factor shortens the waits for lessons', () => {
    const sim = createSimulation({ seed: 2, clock: { speedup: 10 } });
    sim.apply(web, 'web.yaml');
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.advance(4_900);
    expect(sim.snapshot().nodes.find((n) => n.name === 'k3s-agent-1')!.ready).toBe(true);
    sim.advance(100);
    expect(sim.snapshot().nodes.find((n) => n.name === 'k3s-agent-1')!.ready).toBe(false);
  });

  it('requests to a failed node time out; other nodes still answer on the NodePort', () => {
    const sim = createSimulation({ seed: 2 });
    sim.apply(web, 'web.yaml');
    sim.settle();
    sim.failNode('k3s-agent-2');
    const down = sim.routeRequest({
      method: 'GET',
      scheme: 'http',
      host: '192.168.1.12',
      port: 30080,
      path: '/',
    });
    expect(down.status).toBe(0);
    expect(down.error?.en).toContain('does not answer');
    sim.advance(55_000);
    for (let i = 0; i < 10; i++)
      expect(
        sim.routeRequest({ method: 'GET', scheme: 'http', host: '192.168.1.10', port: 30080, path: `/${i}` })
          .status,
      ).toBe(200);
  });

  // The node lifecycle controller keeps one pair of taints by the Ready condition: unreachable while it is
  // Unknown (kubelet silent), not-ready while it is False (kubelet reports it); kubernetes.io/docs/reference/
  // labels-annotations-taints/#node-kubernetes-io-unreachable and #node-kubernetes-io-not-ready.
  const nodeJson = (sim: Simulation, node: string) =>
    JSON.parse(runKubectl(sim, `get node ${node} -o json`).stdout) as {
      spec: { taints?: Array<{ key: string; effect: string }> };
      status: { conditions: Array<{ type: string; status: string }> };
    };
  const taintsOf = (sim: Simulation, node: string): string =>
    (nodeJson(sim, node).spec.taints ?? []).map((t) => `${t.key}:${t.effect}`).join(' ');
  const readyOf = (sim: Simulation, node: string): string =>
    nodeJson(sim, node).status.conditions.find((c) => c.type === 'Ready')!.status;

  const UNREACHABLE = 'node.kubernetes.io/unreachable:NoSchedule node.kubernetes.io/unreachable:NoExecute';
  /** Stops the node's kubelet past the grace period (unreachable, Ready Unknown), then brings it back. */
  const silenceThenRecover = (sim: Simulation, node: string): void => {
    sim.failNode(node);
    sim.advance(50_000);
    expect(taintsOf(sim, node)).toBe(UNREACHABLE);
    expect(readyOf(sim, node)).toBe('Unknown');
    sim.recoverNode(node);
    sim.advance(10_000);
  };

  it('a silent node carries unreachable:NoSchedule and unreachable:NoExecute once each, and neither after it recovers', () => {
    const sim = createSimulation({ seed: 2 });
    silenceThenRecover(sim, 'k3s-agent-1');
    expect(taintsOf(sim, 'k3s-agent-1')).toBe('');
    expect(readyOf(sim, 'k3s-agent-1')).toBe('True');
  });

  it('a node without a podCIDR is Ready False with the not-ready taints, and stays so after its kubelet stops and comes back', () => {
    const sim = createSimulation({ seed: 1, nodes: manyNodes(3), clusterCidr: '10.42.0.0/23' });
    const notReady = 'node.kubernetes.io/not-ready:NoSchedule node.kubernetes.io/not-ready:NoExecute';
    expect(taintsOf(sim, 'node-2')).toBe(notReady);
    expect(readyOf(sim, 'node-2')).toBe('False');
    silenceThenRecover(sim, 'node-2');
    expect(taintsOf(sim, 'node-2')).toBe(notReady);
    expect(readyOf(sim, 'node-2')).toBe('False');
    expect(sim.snapshot().nodes.find((n) => n.name === 'node-2')!.ready).toBe(false);
  });
});
