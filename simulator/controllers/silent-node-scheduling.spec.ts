import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';
import { TIMINGS } from '../model/timings.ts';

// A node whose kubelet went silent still reads Ready, untainted, until node-monitor-grace-period ends, so
// kube-scheduler binds Pods to it (it filters on taints, not heartbeats: kubernetes.io/docs/concepts/
// architecture/nodes/#node-controller); no kubelet ever reports such a Pod: Pending, no IP, no container
// statuses, evicted after the unreachable toleration (300 s) like the node's other Pods.
const pinned = (node: string): string => `apiVersion: v1
kind: Pod
metadata: { name: pinned }
spec:
  nodeSelector: { kubernetes.io/hostname: ${node} }
  containers: [{ name: web, image: nginx:1.27 }]
`;

const podJson = (sim: Simulation) =>
  JSON.parse(runKubectl(sim, 'get pod pinned -o json').stdout) as {
    spec: { nodeName?: string };
    status: {
      phase: string;
      podIP?: string;
      hostIP?: string;
      containerStatuses?: unknown[];
      conditions: Array<{ type: string; status: string }>;
    };
  };

describe('scheduling onto a node whose kubelet went silent', () => {
  it('binds while the node still reads Ready: the Pod stays Pending on it, with no IP and no container statuses', () => {
    const sim = createSimulation({ seed: 2 });
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.advance(5_000);
    sim.apply(pinned('k3s-agent-1'), 'pod.yaml');
    sim.advance(TIMINGS.containerCreatingMs * 2);
    const pod = sim.snapshot().pods.find((p) => p.name === 'pinned')!;
    expect(pod).toMatchObject({ nodeName: 'k3s-agent-1', status: 'Pending', phase: 'Pending', ip: null });
    const json = podJson(sim);
    expect(json.spec.nodeName).toBe('k3s-agent-1');
    expect(json.status.containerStatuses).toBeUndefined();
    expect(json.status.podIP).toBeUndefined();
    expect(json.status.conditions).toEqual([
      expect.objectContaining({ type: 'PodScheduled', status: 'True' }),
    ]);
    const events = runKubectl(sim, 'get events --field-selector involvedObject.name=pinned').stdout;
    expect(events).toContain('Scheduled');
    expect(events).toContain('Successfully assigned default/pinned to k3s-agent-1');
    expect(events).not.toContain('FailedScheduling');
    expect(events).not.toContain('Pulling');
    expect(runKubectl(sim, 'get pod pinned -o wide').stdout).toMatch(
      /pinned\s+0\/1\s+Pending\s+0\s+\S+\s+<none>\s+k3s-agent-1/,
    );
  });

  it('is evicted after the grace period and the 300 s toleration, and stays Terminating on the silent node', () => {
    const sim = createSimulation({ seed: 2 });
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.apply(pinned('k3s-agent-1'), 'pod.yaml');
    sim.advance(TIMINGS.nodeMonitorGraceMs + TIMINGS.evictionTolerationMs + 2_000);
    expect(sim.snapshot().pods.find((p) => p.name === 'pinned')).toMatchObject({
      nodeName: 'k3s-agent-1',
      status: 'Terminating',
      phase: 'Pending',
    });
    // Only a kubelet moves the phase on: the API object too stays Pending, now with a deletionTimestamp.
    expect(runKubectl(sim, 'get pod pinned -o jsonpath={.status.phase}').stdout).toBe('Pending');
    expect(runKubectl(sim, 'get events --field-selector involvedObject.name=pinned').stdout).toContain(
      'TaintManagerEviction',
    );
  });

  it('stays Pending when deleted before any kubelet admitted it', () => {
    const sim = createSimulation({ seed: 2 });
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.apply(pinned('k3s-agent-1'), 'pod.yaml');
    sim.advance(2_000);
    runKubectl(sim, 'delete pod pinned --wait=false');
    sim.advance(1_000);
    expect(runKubectl(sim, 'get pod pinned -o wide').stdout).toMatch(/pinned\s+0\/1\s+Terminating/);
    const json = JSON.parse(runKubectl(sim, 'get pod pinned -o json').stdout) as {
      metadata: { deletionTimestamp?: string };
      status: { phase: string };
    };
    expect(json.metadata.deletionTimestamp).toBeDefined();
    expect(json.status.phase).toBe('Pending');
  });

  it('starts once the kubelet comes back within the grace period', () => {
    const sim = createSimulation({ seed: 2 });
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.apply(pinned('k3s-agent-1'), 'pod.yaml');
    sim.advance(10_000);
    sim.recoverNode('k3s-agent-1');
    sim.advance(TIMINGS.containerCreatingMs + 2_000);
    const pod = sim.snapshot().pods.find((p) => p.name === 'pinned')!;
    expect(pod).toMatchObject({ nodeName: 'k3s-agent-1', status: 'Running', ready: true });
    expect(pod.ip).toMatch(/^10\.42\./);
  });

  it('is refused once the grace period is over (unreachable:NoSchedule)', () => {
    const sim = createSimulation({ seed: 2 });
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.advance(TIMINGS.nodeMonitorGraceMs);
    sim.apply(pinned('k3s-agent-1'), 'pod.yaml');
    sim.advance(1_000);
    const pod = sim.snapshot().pods.find((p) => p.name === 'pinned')!;
    expect(pod.nodeName).toBeNull();
    expect(pod.reason).toContain('untolerated taint {node.kubernetes.io/unreachable: }');
  });
});
