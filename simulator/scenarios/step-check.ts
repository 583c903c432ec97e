import type { ClusterSnapshot, PodView, SimRequest, Trace } from '../index.ts';
import type { RequestMatch, StepCheck } from './scenario.ts';

/** A request the student sent and the trace it produced. */
export interface SentRequest {
  request: SimRequest;
  trace: Trace;
}

const DEFAULT_NS = 'default';

function hasLabels(pod: PodView, labels: Record<string, string> | undefined): boolean {
  return Object.entries(labels ?? {}).every(([k, v]) => pod.labels[k] === v);
}

/** True when a request check's filters all hold for one sent request (status aside). */
function matchesRequest(sent: SentRequest, match: RequestMatch, snapshot: ClusterSnapshot): boolean {
  const { request, trace } = sent;
  if (match.service && trace.service !== match.service) {
    // A refused request never reached a Service object in `trace.service`: look at its hops too.
    if (!trace.hops.some((h) => h.kind === 'service' && h.name.startsWith(match.service ?? ''))) return false;
  }
  if (match.host && request.host !== match.host) return false;
  if (match.path && !request.path.startsWith(match.path)) return false;
  if (match.via === 'pod') return request.source?.kind === 'pod';
  if (match.via && !trace.hops.some((h) => h.kind === match.via)) return false;
  if (match.node) {
    const node = snapshot.nodes.find((n) => n.name === match.node);
    const names = [match.node, node?.internalIP].filter((x): x is string => Boolean(x));
    const entered = request.host;
    const hopHit = trace.hops.some(
      (h) =>
        (h.kind === 'node-port' || h.kind === 'load-balancer') &&
        names.some((n) => h.name.startsWith(`${n}:`) || h.name === n),
    );
    if (!names.includes(entered) && !hopHit) return false;
    if (match.crossNode && (trace.node === null || trace.node === match.node)) return false;
  }
  return true;
}

/**
 * Evaluates one step's check against the cluster snapshot and the requests the student sent.
 * Pure: the same inputs always give the same answer, so steps can be re-checked after every change.
 */
export function checkStep(
  check: StepCheck,
  snapshot: ClusterSnapshot,
  sent: readonly SentRequest[],
): boolean {
  if ('allOf' in check) return check.allOf.every((c) => checkStep(c, snapshot, sent));
  if ('podRunning' in check) {
    const { ns = DEFAULT_NS, name, labels } = check.podRunning;
    return snapshot.pods.some(
      (p) =>
        p.namespace === ns &&
        (!name || p.name === name) &&
        hasLabels(p, labels) &&
        p.status === 'Running' &&
        p.ready,
    );
  }
  if ('podRestarted' in check) {
    const { ns = DEFAULT_NS, name } = check.podRestarted;
    return snapshot.pods.some((p) => p.namespace === ns && p.name === name && p.restarts > 0 && p.ready);
  }
  if ('serviceHasNodePort' in check) {
    const { ns = DEFAULT_NS, name, port } = check.serviceHasNodePort;
    return snapshot.services.some(
      (s) => s.namespace === ns && s.name === name && s.ports.some((p) => p.nodePort === port),
    );
  }
  if ('serviceHasLoadBalancerIP' in check) {
    const { ns = DEFAULT_NS, name } = check.serviceHasLoadBalancerIP;
    return snapshot.services.some(
      (s) => s.namespace === ns && s.name === name && s.loadBalancerIPs.length > 0,
    );
  }
  if ('serviceHasEndpoints' in check) {
    const { ns = DEFAULT_NS, name, min = 1 } = check.serviceHasEndpoints;
    const service = snapshot.services.find((s) => s.namespace === ns && s.name === name);
    return (service?.endpoints.filter((e) => e.ready).length ?? 0) >= min;
  }
  if ('deploymentReady' in check) {
    const { ns = DEFAULT_NS, name, replicas } = check.deploymentReady;
    const d = snapshot.deployments.find((x) => x.namespace === ns && x.name === name);
    return (
      d !== undefined &&
      d.replicas === replicas &&
      d.readyReplicas === replicas &&
      d.updatedReplicas === replicas
    );
  }
  if ('deploymentImage' in check) {
    const { ns = DEFAULT_NS, name, image } = check.deploymentImage;
    const d = snapshot.deployments.find((x) => x.namespace === ns && x.name === name);
    return (
      d !== undefined &&
      d.images.includes(image) &&
      d.updatedReplicas === d.replicas &&
      d.readyReplicas === d.replicas
    );
  }
  if ('nodeReady' in check) {
    const node = snapshot.nodes.find((n) => n.name === check.nodeReady.name);
    return node !== undefined && node.ready === check.nodeReady.ready;
  }
  if ('readyPodsAvoidNode' in check) {
    const { ns = DEFAULT_NS, labels, node, min } = check.readyPodsAvoidNode;
    const pods = snapshot.pods.filter(
      (p) => p.namespace === ns && hasLabels(p, labels) && p.ready && p.status === 'Running',
    );
    return pods.length >= min && pods.every((p) => p.nodeName !== node);
  }
  if ('requestSucceeds' in check) {
    return sent.some(
      (s) =>
        s.trace.status >= 200 && s.trace.status < 400 && matchesRequest(s, check.requestSucceeds, snapshot),
    );
  }
  const { status, at, ...match } = check.requestFails;
  return sent.some((s) => {
    const failed =
      status === undefined ? s.trace.status === 0 || s.trace.status >= 400 : s.trace.status === status;
    // A refused request ends at the hop that refused it: the last one it reached.
    const endedAt = s.trace.hops[s.trace.hops.length - 1]?.kind;
    return failed && (at === undefined || endedAt === at) && matchesRequest(s, match, snapshot);
  });
}
