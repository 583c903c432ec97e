/**
 * Where everything of a snapshot goes on the drawing: the client and entry points (ServiceLB, Traefik)
 * on top, the Services in a band below, and the nodes as regions with their pods inside. Pure, so it is
 * tested in Node and the view only draws what it says.
 */
import type { ClusterSnapshot, PodView, ServiceView } from '../index.ts';
import { GROUP_NODES_ABOVE, groupNodes, groupSummary, MAX_GROUP_ROWS } from './node-groups.ts';

/** A point in the drawing's coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** A box with a key for D3's data join. */
export interface Box extends Point {
  key: string;
  width: number;
  height: number;
}

/** An entry point: the external client, k3s's Traefik, or a ServiceLB address. */
export interface EntryBox extends Box {
  kind: 'client' | 'ingress-controller' | 'load-balancer';
  label: string;
  sublabel: string;
  /** Longer text for the tooltip, e.g. the Ingress rules Traefik serves. */
  detail: string;
}

/** A Service box. */
export interface ServiceBox extends Box {
  service: ServiceView;
  label: string;
  sublabel: string;
  /** The full name and ports, for the tooltip when the box shortens them. */
  detail: string;
}

/** A node region; `ports` are the NodePorts it listens on. */
export interface NodeBox extends Box {
  name: string;
  role: 'server' | 'agent';
  ready: boolean;
  unschedulable: boolean;
  label: string;
  ports: string;
  /** The full name, IP, role and ports, for the tooltip when the box shortens them. */
  detail: string;
  /** On a big cluster the box is a group of nodes (node-groups.ts): their names. */
  members?: readonly string[];
}

/** A pod cell inside its node (or in the "pending" band when unscheduled). */
export interface PodBox extends Box {
  pod: PodView;
  label: string;
  tone: PodTone;
}

/** How a pod is coloured: by phase and readiness. */
export type PodTone = 'ready' | 'starting' | 'not-ready' | 'failing' | 'terminating';

/** The whole picture. */
export interface TopologyLayout {
  width: number;
  height: number;
  entries: EntryBox[];
  services: ServiceBox[];
  nodes: NodeBox[];
  pods: PodBox[];
  /** Pending Pods not drawn (more than MAX_PENDING_DRAWN wait for a node). */
  pendingHidden: number;
}

const MARGIN = 16;
const GAP = 12;
const POD_H = 20;
const POD_GAP = 4;
const NODE_HEADER = 40;
const CHAR_W = 6.2;
const MAX_PENDING_DRAWN = 200;

/** Shortens a label to fit `width` pixels at the view's font size. */
export function fitLabel(text: string, width: number): string {
  const max = Math.max(3, Math.floor(width / CHAR_W));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The tone of a pod: what a student should notice first. */
export function podTone(pod: PodView): PodTone {
  if (pod.status === 'Terminating') return 'terminating';
  if (
    pod.status === 'CrashLoopBackOff' ||
    pod.status === 'Error' ||
    pod.status === 'ErrImagePull' ||
    pod.status === 'ImagePullBackOff' ||
    pod.status === 'InvalidImageName' ||
    pod.phase === 'Failed'
  )
    return 'failing';
  if (pod.status === 'Running' && pod.ready) return 'ready';
  if (pod.status === 'Running') return 'not-ready';
  return 'starting';
}

/** A pod's label: its name, with its kubectl STATUS first unless it is Running (readiness is the colour and the tooltip). */
function podLabel(pod: PodView): string {
  return pod.status === 'Running' ? pod.name : `${pod.status} · ${pod.name}`;
}

function servicePorts(s: ServiceView): string {
  return s.ports.map((p) => (p.nodePort ? `${p.port}:${p.nodePort}` : String(p.port))).join(', ');
}

function isTraefik(s: ServiceView): boolean {
  return s.namespace === 'kube-system' && s.name === 'traefik';
}

/**
 * Lays out a snapshot for a drawing `width` pixels wide (drawn 1:1, so labels keep their size on a phone).
 * Without a width, small clusters get 760 and big ones up to 1200. Nodes go in as many columns as fit.
 * `lang` is the language of the words drawn (a node group's summary).
 */
export function layoutTopology(
  snapshot: ClusterSnapshot,
  width?: number,
  lang: 'es' | 'en' = 'en',
): TopologyLayout {
  const WIDTH = Math.max(
    320,
    Math.round(width ?? (snapshot.nodes.length <= 3 ? 760 : snapshot.nodes.length <= 8 ? 960 : 1200)),
  );
  const entries: EntryBox[] = [
    {
      key: 'client',
      kind: 'client',
      label: 'client',
      sublabel: '203.0.113.10',
      detail: 'client 203.0.113.10',
      x: MARGIN,
      y: MARGIN,
      width: 120,
      height: 40,
    },
  ];
  const WIDE = WIDTH >= 420;
  let ex = MARGIN + 120 + GAP * (WIDE ? 3 : 1);
  const traefik = snapshot.services.find(isTraefik);
  if (traefik || snapshot.ingresses.length > 0) {
    const ports = traefik ? traefik.ports.map((p) => p.port).join(', ') : '80, 443';
    const rules = snapshot.ingresses.flatMap((ing) =>
      ing.rules.flatMap((r) =>
        r.paths.map(
          (p) =>
            `${ing.namespace}/${ing.name}: ${r.host ?? '*'}${p.path} (${p.pathType}) → ${p.service}:${p.port}`,
        ),
      ),
    );
    entries.push({
      key: 'ingress',
      kind: 'ingress-controller',
      label: 'Traefik (Ingress)',
      sublabel: `:${ports}`,
      detail: ['Traefik', ...rules].join('\n'),
      x: ex,
      y: MARGIN,
      width: 150,
      height: 40,
    });
    ex += 150 + GAP;
  }
  for (const s of snapshot.services) {
    if (s.type !== 'LoadBalancer' || isTraefik(s) || ex + 150 > WIDTH - MARGIN) continue;
    const ip = s.loadBalancerIPs[0] ?? 'pending';
    entries.push({
      key: `lb:${s.namespace}/${s.name}`,
      kind: 'load-balancer',
      label: `ServiceLB ${s.name}`,
      sublabel: `${ip}:${s.ports.map((p) => p.port).join(',')}`,
      detail: `ServiceLB ${s.namespace}/${s.name}: ${s.loadBalancerIPs.join(', ') || 'pending'}`,
      x: ex,
      y: MARGIN,
      width: 150,
      height: 40,
    });
    ex += 150 + GAP;
  }

  const visible = snapshot.services.filter(
    (s) =>
      !(s.namespace === 'default' && s.name === 'kubernetes') &&
      !isTraefik(s) &&
      s.namespace !== 'kube-system',
  );
  const serviceW = 170;
  const perRow = Math.max(1, Math.floor((WIDTH - 2 * MARGIN + GAP) / (serviceW + GAP)));
  const servicesTop = MARGIN + 40 + 34;
  const services: ServiceBox[] = visible.map((s, i) => ({
    key: `${s.namespace}/${s.name}`,
    service: s,
    label: fitLabel(s.name, serviceW - 16),
    sublabel: fitLabel(`${s.type} ${servicePorts(s)}`, serviceW - 16),
    detail: `${s.namespace}/${s.name} · ${s.type} ${servicePorts(s)}`,
    x: MARGIN + (i % perRow) * (serviceW + GAP),
    y: servicesTop + Math.floor(i / perRow) * (40 + GAP),
    width: serviceW,
    height: 40,
  }));
  const servicesBottom = services.length
    ? servicesTop + Math.ceil(services.length / perRow) * (40 + GAP)
    : servicesTop;

  const nodeCount = Math.max(1, snapshot.nodes.length);
  const minNodeW = nodeCount > 8 ? 120 : 170;
  const cols = Math.max(1, Math.min(nodeCount, Math.floor((WIDTH - 2 * MARGIN + GAP) / (minNodeW + GAP))));
  const nodeW = (WIDTH - 2 * MARGIN - (cols - 1) * GAP) / cols;
  const podCols = Math.max(1, Math.floor((nodeW - 12 + POD_GAP) / (140 + POD_GAP)));
  const podW = (nodeW - 12 - (podCols - 1) * POD_GAP) / podCols;
  const nodePorts = [
    ...new Set(
      snapshot.services.flatMap((s) => s.ports.map((p) => p.nodePort)).filter((p): p is number => p !== null),
    ),
  ];
  const portsLabel =
    nodePorts.length > 3
      ? `:${nodePorts.slice(0, 3).join(' :')} +${nodePorts.length - 3}`
      : nodePorts.map((p) => `:${p}`).join(' ');

  const nodes: NodeBox[] = [];
  const pods: PodBox[] = [];
  let rowTop = servicesBottom + 30;
  const grouped = snapshot.nodes.length > GROUP_NODES_ABOVE;
  if (grouped) {
    // Groups of nodes, no Pod cells: 150,000 cells are neither readable nor drawable at 30 fps.
    const groupCols = Math.max(1, Math.floor((WIDTH - 2 * MARGIN + GAP) / (170 + GAP)));
    const groups = groupNodes(snapshot.nodes, groupCols * MAX_GROUP_ROWS);
    const groupW = (WIDTH - 2 * MARGIN - (groupCols - 1) * GAP) / groupCols;
    const groupH = NODE_HEADER + 12;
    groups.forEach((group, i) => {
      const summary = groupSummary(group, lang);
      nodes.push({
        key: `group:${group.first}`,
        name: `${group.first}…${group.last}`,
        role: group.hasServer ? 'server' : 'agent',
        ready: group.readyNodes === group.members.length,
        unschedulable: group.unschedulableNodes === group.members.length,
        label: fitLabel(`${group.first} … ${group.last}`, groupW - 16),
        ports: fitLabel(summary, groupW - 16),
        detail: `${group.first} … ${group.last} · ${summary}`,
        members: group.members,
        x: MARGIN + (i % groupCols) * (groupW + GAP),
        y: rowTop + Math.floor(i / groupCols) * (groupH + GAP),
        width: groupW,
        height: groupH,
      });
    });
    rowTop += Math.ceil(groups.length / groupCols) * (groupH + GAP);
  }
  for (let start = 0; !grouped && start < snapshot.nodes.length; start += cols) {
    const row = snapshot.nodes.slice(start, start + cols);
    const rows = Math.max(1, ...row.map((n) => Math.ceil(n.pods.length / podCols)));
    const height = NODE_HEADER + rows * (POD_H + POD_GAP) + 8;
    row.forEach((node, i) => {
      const x = MARGIN + i * (nodeW + GAP);
      const label = fitLabel(`${node.name} · ${node.internalIP}`, nodeW - 16);
      nodes.push({
        key: node.name,
        name: node.name,
        role: node.role,
        ready: node.ready,
        unschedulable: node.unschedulable,
        label,
        ports: fitLabel(portsLabel, nodeW - 16),
        detail: `${node.name} · ${node.internalIP} · ${node.role}${nodePorts.length ? ` · ${nodePorts.map((p) => `:${p}`).join(' ')}` : ''}`,
        x,
        y: rowTop,
        width: nodeW,
        height,
      });
      node.pods.forEach((pod, j) => {
        pods.push({
          key: `${pod.namespace}/${pod.name}`,
          pod,
          // The status is written out, not only coloured, so no one has to rely on colour.
          label: fitLabel(podLabel(pod), podW - 10),
          tone: podTone(pod),
          x: x + 6 + (j % podCols) * (podW + POD_GAP),
          y: rowTop + NODE_HEADER + Math.floor(j / podCols) * (POD_H + POD_GAP),
          width: podW,
          height: POD_H,
        });
      });
    });
    rowTop += height + GAP;
  }
  // Pending Pods are drawn one by one up to a limit; beyond it the count is in `pendingHidden`.
  const allPending = snapshot.pods.filter((p) => !p.nodeName);
  const pending = allPending.slice(0, MAX_PENDING_DRAWN);
  const pendingW = 150;
  pending.forEach((pod, j) => {
    const perLine = Math.floor((WIDTH - 2 * MARGIN) / (pendingW + POD_GAP));
    pods.push({
      key: `${pod.namespace}/${pod.name}`,
      pod,
      label: fitLabel(podLabel(pod), pendingW - 10),
      tone: podTone(pod),
      x: MARGIN + (j % perLine) * (pendingW + POD_GAP),
      y: rowTop + 18 + Math.floor(j / perLine) * (POD_H + POD_GAP),
      width: pendingW,
      height: POD_H,
    });
  });
  const height = pending.length
    ? rowTop +
      18 +
      Math.ceil(pending.length / Math.floor((WIDTH - 2 * MARGIN) / (pendingW + POD_GAP))) *
        (POD_H + POD_GAP) +
      MARGIN
    : rowTop + MARGIN;
  return {
    width: WIDTH,
    height,
    entries,
    services,
    nodes,
    pods,
    pendingHidden: allPending.length - pending.length,
  };
}
