import type { KubeObject } from '../api-types.ts';
import type { Bilingual } from '../../core/index.ts';
import type { ClusterState, PodState } from '../model/cluster-state.ts';
import { hopText } from './hop-texts.ts';
import { inCidr } from '../model/cluster-cidr.ts';

/** A label selector (matchLabels and matchExpressions), as in the Kubernetes API. */
interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

interface PolicyPort {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

interface Rule {
  peers?: Peer[];
  ports?: PolicyPort[];
}

/** One NetworkPolicy, reduced to what enforcement reads. */
export interface PolicyModel {
  key: string;
  namespace: string;
  podSelector: LabelSelector;
  ingress: Rule[] | null;
  egress: Rule[] | null;
}

/** The NetworkPolicies of the cluster and the namespace labels their selectors read. */
export interface PolicySet {
  policies: PolicyModel[];
  namespaceLabels: Map<string, Record<string, string>>;
}

/** One end of a connection: a Pod (with its labels), or an address outside the Pod network. */
export type Party = { pod: PodState; ip: string } | { pod: null; ip: string };

/**
 * Reads NetworkPolicies (stored as applied objects) into models: `policyTypes` defaults to Ingress, plus
 * Egress when `spec.egress` is present (kubernetes.io/docs/concepts/services-networking/network-policies/).
 * Returns null when the cluster has none, so routing pays nothing then.
 */
export function readPolicies(state: ClusterState): PolicySet | null {
  const policies: PolicyModel[] = [];
  for (const [key, object] of state.inert) {
    if (!key.startsWith('NetworkPolicy/')) continue;
    const spec = (object.spec ?? {}) as Record<string, unknown>;
    const types = (spec.policyTypes as string[] | undefined) ?? [
      'Ingress',
      ...(spec.egress ? ['Egress'] : []),
    ];
    const rules = (list: unknown, peerField: 'from' | 'to'): Rule[] =>
      ((list as Array<Record<string, unknown>> | undefined) ?? []).map((r) => ({
        peers: r[peerField] as Peer[] | undefined,
        ports: r.ports as PolicyPort[] | undefined,
      }));
    policies.push({
      key: `${object.metadata.namespace ?? 'default'}/${object.metadata.name}`,
      namespace: object.metadata.namespace ?? 'default',
      podSelector: (spec.podSelector as LabelSelector | undefined) ?? {},
      ingress: types.includes('Ingress') ? rules(spec.ingress, 'from') : null,
      egress: types.includes('Egress') ? rules(spec.egress, 'to') : null,
    });
  }
  if (policies.length === 0) return null;
  const namespaceLabels = new Map<string, Record<string, string>>();
  for (const [name, ns] of state.namespaces)
    namespaceLabels.set(name, {
      ...((ns.manifest as KubeObject | null)?.metadata.labels ?? {}),
      // The API server labels every namespace with its name (NamespaceDefaultLabelName, 1.22+).
      'kubernetes.io/metadata.name': name,
    });
  return { policies, namespaceLabels };
}

/**
 * Whether k3s's network policy controller (kube-router) lets a new connection through: the source Pod's
 * egress policies and the destination Pod's ingress policies must both allow it. A Pod no policy selects
 * (for that direction) is open; a selected Pod accepts only what some rule of some selecting policy allows
 * (policies add up). Returns null when allowed, else why the connection is rejected: kube-router ends each
 * Pod's firewall chain, ingress and egress alike, in `-j REJECT` with no `--reject-with`, so iptables
 * answers with ICMP port unreachable and the client's connect fails at once (ECONNREFUSED), not after its
 * timeout (cloudnativelabs/kube-router pkg/controllers/netpol/pod.go, dropUnmarkedTrafficRules).
 */
export function policyVerdict(
  set: PolicySet,
  from: Party,
  to: Party,
  port: number,
  protocol = 'TCP',
): Bilingual | null {
  const egress = from.pod && denyingPolicies(set, from.pod, 'egress', to, port, protocol);
  if (from.pod && egress)
    return hopText('policy-egress-denied', {
      pod: podKey(from.pod),
      policies: egress,
      to: `${to.ip}:${port}`,
    });
  const ingress = to.pod && denyingPolicies(set, to.pod, 'ingress', from, port, protocol);
  if (to.pod && ingress)
    return hopText('policy-ingress-denied', { pod: podKey(to.pod), policies: ingress, from: from.ip, port });
  return null;
}

/**
 * The policies that isolate `pod` in one direction and of which no rule allows `peer` on the port, as
 * `ns/name, …`; null when none selects the Pod that way or one of them allows it (policies are additive).
 */
function denyingPolicies(
  set: PolicySet,
  pod: PodState,
  direction: 'ingress' | 'egress',
  peer: Party,
  port: number,
  protocol: string,
): string | null {
  const selecting = set.policies.filter((p) => p[direction] && selects(set, p, pod));
  if (selecting.length === 0) return null;
  if (selecting.some((p) => p[direction]!.some((r) => ruleAllows(set, p, r, peer, port, protocol))))
    return null;
  return selecting.map((p) => p.key).join(', ');
}

function podKey(pod: PodState): string {
  return `${pod.namespace}/${pod.name}`;
}

function selects(set: PolicySet, policy: PolicyModel, pod: PodState): boolean {
  return pod.namespace === policy.namespace && labelsMatch(policy.podSelector, pod.labels);
}

/** A rule allows a peer when one of its peers matches (none listed: every peer) and one of its ports does. */
function ruleAllows(
  set: PolicySet,
  policy: PolicyModel,
  rule: Rule,
  peer: Party,
  port: number,
  protocol: string,
): boolean {
  const peerOk =
    !rule.peers || rule.peers.length === 0 || rule.peers.some((p) => peerMatches(set, policy, p, peer));
  if (!peerOk) return false;
  if (!rule.ports || rule.ports.length === 0) return true;
  return rule.ports.some((p) => {
    if ((p.protocol ?? 'TCP') !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === 'string' && !/^\d+$/.test(p.port)) {
      // A named port is looked up in the destination Pod's container ports.
      const target = peer.pod ?? null;
      const named = target?.spec.containers.flatMap((c) => c.ports).find((cp) => cp.name === p.port);
      return named?.containerPort === port;
    }
    const first = Number(p.port);
    return port >= first && port <= (p.endPort ?? first);
  });
}

function peerMatches(set: PolicySet, policy: PolicyModel, peer: Peer, party: Party): boolean {
  if (peer.ipBlock) {
    if (!inCidr(party.ip, peer.ipBlock.cidr)) return false;
    return !(peer.ipBlock.except ?? []).some((c) => inCidr(party.ip, c));
  }
  if (!party.pod) return false;
  const nsOk = peer.namespaceSelector
    ? labelsMatch(peer.namespaceSelector, set.namespaceLabels.get(party.pod.namespace) ?? {})
    : party.pod.namespace === policy.namespace;
  if (!nsOk) return false;
  return peer.podSelector ? labelsMatch(peer.podSelector, party.pod.labels) : true;
}

/** Label selector semantics: every matchLabels pair and every expression must hold; `{}` selects all. */
export function labelsMatch(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const key in selector.matchLabels ?? {}) if (labels[key] !== selector.matchLabels![key]) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = e.key in labels;
    const inValues = has && (e.values ?? []).includes(labels[e.key]!);
    if (e.operator === 'In' && !inValues) return false;
    if (e.operator === 'NotIn' && inValues) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}
