import type { PodState, ServiceState } from '../model/cluster-state.ts';
import { generatedPodName } from '../model/names.ts';
import { svclbName } from '../network/service-lb.ts';
import type { Engine } from './engine.ts';
import type { Kubelet } from './kubelet.ts';
import { newPodState } from './pod-factory.ts';
import type { PodStore } from './pod-store.ts';

/**
 * k3s ServiceLB (klipper-lb): for every LoadBalancer Service, a DaemonSet `svclb-…` in kube-system with one
 * Pod per node binding each Service port as a hostPort. A node where the port is already bound (Traefik
 * holds 80 and 443) keeps its svclb Pod Pending, so that node's IP is not in the Service's status.
 */
export function reconcileServiceLB(engine: Engine, pods: PodStore, kubelet: Kubelet): void {
  const wanted = new Map<string, ServiceState>();
  for (const service of engine.state.services.values())
    if (service.type === 'LoadBalancer') wanted.set(svclbName(service), service);
  const existing = new Map<string, PodState[]>();
  for (const pod of pods.daemonSetPods() ?? engine.state.pods.values()) {
    if (pod.owner?.kind !== 'DaemonSet' || !pod.owner.name.startsWith('svclb-')) continue;
    const list = existing.get(pod.owner.name);
    if (list) list.push(pod);
    else existing.set(pod.owner.name, [pod]);
  }
  for (const [name, list] of existing) if (!wanted.has(name)) for (const pod of list) kubelet.terminate(pod);
  for (const [name, service] of wanted) {
    const have = new Set((existing.get(name) ?? []).filter((p) => !p.deleting).map((p) => p.spec.nodeName));
    for (const node of engine.state.nodes) {
      if (have.has(node.name)) continue;
      pods.add(svclbPod(engine, name, service, node.name));
    }
  }
}

function svclbPod(engine: Engine, daemonSet: string, service: ServiceState, nodeName: string): PodState {
  const ports = service.ports.map((p) => ({ name: null, containerPort: p.port, protocol: p.protocol }));
  return newPodState(
    {
      uid: engine.state.nextUid++,
      namespace: 'kube-system',
      name: generatedPodName(engine.prng, engine.state.pods, 'kube-system', daemonSet),
      labels: {
        app: daemonSet,
        'svccontroller.k3s.cattle.io/svcname': service.name,
        'svccontroller.k3s.cattle.io/svcnamespace': service.namespace,
      },
      spec: {
        containers: service.ports.map((p) => ({
          name: `lb-${p.protocol.toLowerCase()}-${p.port}`,
          image: 'rancher/klipper-lb:v0.4.13',
          ports,
          cpuMillis: 0,
          memoryBytes: 0,
          readinessDelayMs: null,
          exit: null,
        })),
        nodeSelector: {},
        tolerations: [{ operator: 'Exists' }],
        nodeName,
        hostPorts: service.ports.map((p) => p.port),
        behavior: 'run',
        restartPolicy: 'Always',
      },
      owner: { kind: 'DaemonSet', name: daemonSet },
      manifest: null,
      templateHash: null,
    },
    engine.nowMs,
  );
}
