import type { NodeState } from '../model/cluster-state.ts';
import { NODE_NOT_READY, NODE_UNREACHABLE, setConditionTaints } from '../model/node-taints.ts';
import { TIMINGS } from '../model/timings.ts';
import type { Engine } from './engine.ts';
import type { Kubelet } from './kubelet.ts';

/**
 * The node lifecycle controller (kubernetes.io/docs/concepts/architecture/nodes/#node-controller): a node
 * whose kubelet stops is marked NotReady after the monitor grace period and tainted unreachable (NoSchedule
 * and NoExecute);
 * its Pods leave the endpoints and are evicted after their toleration (300 s by default).
 */
export class NodeController {
  constructor(
    private readonly engine: Engine,
    private readonly kubelet: Kubelet,
  ) {}

  /** The node's kubelet stops (power cut, network split). */
  fail(node: NodeState): void {
    if (!node.kubeletUp) return;
    node.kubeletUp = false;
    this.engine.moveNode(node, 'KUBELET_STOPPED');
    const generation = node.generation;
    this.engine.after(TIMINGS.nodeMonitorGraceMs / this.engine.speedup, () => {
      if (node.generation !== generation) return;
      this.engine.moveNode(node, 'GRACE_EXPIRED');
      setConditionTaints(node, NODE_UNREACHABLE, this.engine.nowMs);
      this.engine.record('node-not-ready', `Node/${node.name}`, { node: node.name });
      for (const pod of this.engine.state.pods.values()) {
        if (pod.nodeName !== node.name) continue;
        pod.ready = false;
        if (pod.owner?.kind === 'DaemonSet') continue;
        const toleration = pod.spec.tolerations.find(
          (t) => t.key === NODE_UNREACHABLE && t.tolerationSeconds !== undefined,
        );
        const wait = toleration ? (toleration.tolerationSeconds ?? 0) * 1000 : TIMINGS.evictionTolerationMs;
        const nodeGeneration = node.generation;
        this.engine.after(wait / this.engine.speedup, () => {
          if (node.generation !== nodeGeneration || pod.deleting) return;
          this.engine.record('taint-eviction', `Pod/${pod.namespace}/${pod.name}`, {
            pod: `${pod.namespace}/${pod.name}`,
          });
          this.kubelet.terminate(pod);
        });
      }
      this.engine.touch();
    });
  }

  /** The kubelet comes back; the node reports Ready again and stuck terminations finish. */
  recover(node: NodeState): void {
    if (node.kubeletUp) return;
    node.kubeletUp = true;
    const wasNotReady = node.condition === 'NotReady';
    this.engine.moveNode(node, 'KUBELET_STARTED');
    const finish = (): void => {
      // A node without a podCIDR still has no Pod network: its kubelet reports Ready False again.
      setConditionTaints(node, node.podCIDR === null ? NODE_NOT_READY : null, this.engine.nowMs);
      for (const pod of [...this.engine.state.pods.values()]) {
        if (pod.nodeName !== node.name) continue;
        if (pod.deleting) this.kubelet.finishTermination(pod);
        else if (pod.state === 'Running') this.kubelet.readyAgain(pod);
        else this.kubelet.resume(pod);
      }
      this.engine.touch();
    };
    if (!wasNotReady) return finish();
    const generation = node.generation;
    this.engine.after(TIMINGS.nodeRecoverMs, () => {
      if (node.generation !== generation) return;
      if (node.podCIDR === null) return finish();
      this.engine.moveNode(node, 'REPORTED_READY');
      this.engine.record('node-ready', `Node/${node.name}`, { node: node.name });
      finish();
    });
  }
}
