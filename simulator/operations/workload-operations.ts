import type { Json, KubeObject, OperationResult } from '../api-types.ts';
import { WORK_LIMITS } from '../model/work-limits.ts';
import type { ControlPlane } from '../controllers/control-plane.ts';
import { ownedReplicaSets } from '../controllers/deployment-controller.ts';
import { manifestKey } from '../controllers/object-admission.ts';
import { objectKey, type NodeState } from '../model/cluster-state.ts';
import type { ClusterIPAllocator } from '../network/cluster-ip-allocator.ts';
import type { NodePortAllocator } from '../network/node-port-allocator.ts';
import { type Bilingual, isObject } from '../../core/index.ts';

const OK: OperationResult = { ok: true, error: null };
const fail = (error: Bilingual): OperationResult => ({ ok: false, error });
const notFound = (resource: string, name: string): OperationResult =>
  fail({
    es: `No existe ${resource} "${name}".`,
    en: `Error from server (NotFound): ${resource} "${name}" not found`,
  });

/**
 * What kubectl does besides apply: delete, scale, set image, rollout undo, and node maintenance. Each keeps
 * the student's manifests in step, so an export after `kubectl scale` shows the new replica count.
 */
export class WorkloadOperations {
  constructor(
    private readonly cp: ControlPlane,
    private readonly manifests: Map<string, KubeObject>,
    private readonly allocators: { clusterIPs: ClusterIPAllocator; nodePorts: NodePortAllocator },
  ) {}

  /**
   * Deletes an object. A Pod goes Terminating, or with `gracePeriodSeconds` 0 leaves the API at once (the
   * apiserver deletes a Pod whose grace period is 0 without waiting for the kubelet: registry/core/pod
   * strategy CheckGracefulDelete); other kinds have no graceful deletion and ignore the grace period.
   */
  delete(kind: string, namespace: string, name: string, gracePeriodSeconds?: number): OperationResult {
    const state = this.cp.state;
    const key = objectKey(namespace, name);
    const drop = (k: string, ns: string | undefined): void =>
      void this.manifests.delete(manifestKey(k, ns, name));
    switch (kind) {
      case 'Pod': {
        const pod = state.pods.get(key);
        if (!pod) return notFound('pods', name);
        if (gracePeriodSeconds === 0) this.cp.kubelet.forceRemove(pod);
        else this.cp.kubelet.terminate(pod);
        drop('Pod', namespace);
        return OK;
      }
      case 'Deployment': {
        const d = state.deployments.get(key);
        if (!d) return notFound('deployments.apps', name);
        for (const rs of ownedReplicaSets(this.cp.engine, d))
          this.deleteReplicaSet(objectKey(rs.namespace, rs.name));
        state.deployments.delete(key);
        drop('Deployment', namespace);
        return OK;
      }
      case 'ReplicaSet':
        if (!state.replicaSets.has(key)) return notFound('replicasets.apps', name);
        this.deleteReplicaSet(key);
        drop('ReplicaSet', namespace);
        return OK;
      case 'Service': {
        const s = state.services.get(key);
        if (!s) return notFound('services', name);
        state.services.delete(key);
        if (s.clusterIP !== 'None') this.allocators.clusterIPs.release(s.clusterIP);
        this.allocators.nodePorts.releaseAll(key);
        drop('Service', namespace);
        return OK;
      }
      case 'Ingress':
        if (!state.ingresses.delete(key)) return notFound('ingresses.networking.k8s.io', name);
        drop('Ingress', namespace);
        return OK;
      case 'IngressClass':
        if (!state.ingressClasses.delete(name)) return notFound('ingressclasses.networking.k8s.io', name);
        drop('IngressClass', undefined);
        return OK;
      case 'Namespace': {
        if (!state.namespaces.has(name)) return notFound('namespaces', name);
        if (state.namespaces.get(name)?.system)
          return fail({
            es: `No se puede borrar el namespace del sistema ${name}.`,
            en: `Error from server (Forbidden): namespace "${name}" is protected`,
          });
        for (const [k, d] of state.deployments)
          if (d.namespace === name) this.delete('Deployment', name, k.slice(name.length + 1));
        for (const [k, rs] of state.replicaSets)
          if (rs.namespace === name) this.delete('ReplicaSet', name, k.slice(name.length + 1));
        for (const pod of [...state.pods.values()])
          if (pod.namespace === name) this.cp.kubelet.terminate(pod);
        for (const s of [...state.services.values()])
          if (s.namespace === name) this.delete('Service', name, s.name);
        for (const i of [...state.ingresses.values()])
          if (i.namespace === name) this.delete('Ingress', name, i.name);
        for (const k of [...this.manifests.keys()]) if (k.split('/')[1] === name) this.manifests.delete(k);
        // The namespace controller deletes everything in it: ConfigMaps, Secrets and other stored kinds too.
        for (const k of [...state.inert.keys()])
          if (k.split('/')[1] === name) {
            state.inert.delete(k);
            state.storedSinceMs.delete(k);
          }
        state.namespaces.delete(name);
        state.storedSinceMs.delete(manifestKey('Namespace', undefined, name));
        drop('Namespace', undefined);
        return OK;
      }
      default: {
        const k = manifestKey(kind, namespace, name);
        if (!state.inert.delete(k) && !state.inert.delete(manifestKey(kind, undefined, name)))
          return notFound(`${kind.toLowerCase()}s`, name);
        state.storedSinceMs.delete(k);
        state.storedSinceMs.delete(manifestKey(kind, undefined, name));
        this.manifests.delete(k);
        this.manifests.delete(manifestKey(kind, undefined, name));
        return OK;
      }
    }
  }

  private deleteReplicaSet(key: string): void {
    const rs = this.cp.state.replicaSets.get(key);
    if (!rs) return;
    for (const pod of this.cp.pods.owned('ReplicaSet', rs.namespace, rs.name)) this.cp.kubelet.terminate(pod);
    this.cp.state.replicaSets.delete(key);
    this.cp.engine.touch();
  }

  scale(namespace: string, name: string, replicas: number): OperationResult {
    const d = this.cp.state.deployments.get(objectKey(namespace, name));
    if (!d) return notFound('deployments.apps', name);
    if (!Number.isInteger(replicas) || replicas < 0)
      return fail({
        es: 'Las réplicas deben ser un entero ≥ 0.',
        en: 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
      });
    if (replicas > WORK_LIMITS.replicas.ours)
      return fail({
        es: `--replicas=${replicas} supera el límite del simulador, ${WORK_LIMITS.replicas.ours} (Kubernetes real: ${WORK_LIMITS.replicas.kubernetes.es}).`,
        en: `--replicas=${replicas} exceeds the simulator's limit of ${WORK_LIMITS.replicas.ours} (real Kubernetes: ${WORK_LIMITS.replicas.kubernetes.en}).`,
      });
    d.replicas = replicas;
    this.updateManifest('Deployment', namespace, name, (spec) => ({ ...spec, replicas }));
    this.cp.engine.touch();
    return OK;
  }

  setImage(namespace: string, name: string, container: string, image: string): OperationResult {
    const d = this.cp.state.deployments.get(objectKey(namespace, name));
    if (!d) return notFound('deployments.apps', name);
    const containers = Array.isArray(d.template.spec.containers)
      ? (d.template.spec.containers as Json[])
      : [];
    if (!containers.some((c) => c.name === container))
      return fail({
        es: `No hay un contenedor "${container}" en ${name}.`,
        en: `error: unable to find container named "${container}"`,
      });
    const next = containers.map((c) => (c.name === container ? { ...c, image } : c));
    d.template = { ...d.template, spec: { ...d.template.spec, containers: next } };
    this.updateManifest('Deployment', namespace, name, (spec) => ({
      ...spec,
      template: { ...(isObject(spec.template) ? spec.template : {}), spec: d.template.spec },
    }));
    this.cp.engine.touch();
    return OK;
  }

  rollback(namespace: string, name: string, toRevision: number): OperationResult {
    const d = this.cp.state.deployments.get(objectKey(namespace, name));
    if (!d) return notFound('deployments.apps', name);
    const owned = ownedReplicaSets(this.cp.engine, d).sort((a, b) => b.revision - a.revision);
    const target = toRevision > 0 ? owned.find((rs) => rs.revision === toRevision) : owned[1];
    if (!target)
      return fail({
        es: 'No hay una revisión anterior a la que volver.',
        en:
          toRevision > 0
            ? `error: unable to find specified revision ${toRevision} in history`
            : 'error: no rollout history found for deployment "' + name + '"',
      });
    const { 'pod-template-hash': _hash, ...labels } = target.template.metadata.labels;
    d.template = {
      metadata: { labels, annotations: target.template.metadata.annotations },
      spec: target.template.spec,
    };
    this.updateManifest('Deployment', namespace, name, (spec) => ({
      ...spec,
      template: {
        ...(isObject(spec.template) ? spec.template : {}),
        metadata: { labels },
        spec: d.template.spec,
      },
    }));
    this.cp.engine.touch();
    return OK;
  }

  killPod(namespace: string, name: string): OperationResult {
    const pod = this.cp.state.pods.get(objectKey(namespace, name));
    if (!pod) return notFound('pods', name);
    if (!this.cp.kubelet.crash(pod))
      return fail({
        es: `El Pod ${name} no tiene ningún contenedor en ejecución.`,
        en: `pod ${name} has no running container`,
      });
    return OK;
  }

  nodeOperation(name: string, run: (node: NodeState) => void): OperationResult {
    const node = this.cp.node(name);
    if (!node) return notFound('nodes', name);
    run(node);
    this.cp.engine.touch();
    return OK;
  }

  /** Cordons (or uncordons) a node, noting when the unschedulable taint was added. */
  cordon(name: string, on: boolean): OperationResult {
    return this.nodeOperation(name, (n) => cordonNode(n, on, this.cp.engine.nowMs));
  }

  drain(name: string, force: boolean): OperationResult {
    const node = this.cp.node(name);
    if (!node) return notFound('nodes', name);
    const onNode = [...this.cp.state.pods.values()].filter((p) => p.nodeName === name && !p.deleting);
    const bare = onNode.filter((p) => p.owner === null);
    if (bare.length > 0 && !force) {
      const list = bare.map((p) => `${p.namespace}/${p.name}`).join(', ');
      return fail({
        es: `No se pueden borrar Pods sin controlador (usa --force): ${list}`,
        en: `error: unable to drain node "${name}" due to error: cannot delete Pods that declare no controller (use --force to override): ${list}`,
      });
    }
    cordonNode(node, true, this.cp.engine.nowMs);
    // DaemonSet Pods stay (kubectl drain --ignore-daemonsets is what lessons use).
    for (const pod of onNode) if (pod.owner?.kind !== 'DaemonSet') this.cp.kubelet.terminate(pod);
    for (const pod of bare) this.manifests.delete(manifestKey('Pod', pod.namespace, pod.name));
    this.cp.engine.touch();
    return OK;
  }

  private updateManifest(kind: string, namespace: string, name: string, change: (spec: Json) => Json): void {
    const key = manifestKey(kind, namespace, name);
    const manifest = this.manifests.get(key);
    if (!manifest) return;
    this.manifests.set(key, { ...manifest, spec: change(isObject(manifest.spec) ? manifest.spec : {}) });
  }
}

/** spec.unschedulable, and the time its taint was added when it turns on. */
function cordonNode(node: NodeState, on: boolean, nowMs: number): void {
  if (on && !node.unschedulable) node.taintsAddedMs = { ...node.taintsAddedMs, unschedulable: nowMs };
  node.unschedulable = on;
}
