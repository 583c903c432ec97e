/**
 * Where each hop of a trace happens on the drawing, so a request can be animated hop by hop.
 * Hop names are matched loosely (`agent-1:30036`, `default/flaskapp`, `default/flaskapp-abc:5000`,
 * an IP): a hop that names nothing drawn stays where the previous hop was.
 */
import type { Hop, Trace } from '../index.ts';
import type { Box, Point, TopologyLayout } from './topology-layout.ts';

/** A hop and where to draw it. */
export interface PlacedHop {
  hop: Hop;
  point: Point;
}

/**
 * Where a hop is drawn on its box: the top-right corner, on the border, so its number badge and the path
 * line never sit on the box's name or subtitle (written from the left).
 */
function anchor(box: Box): Point {
  return { x: box.x + box.width - 10, y: box.y + 1 };
}

function tokens(name: string): string[] {
  return name.split(/[\s:/()→,]+/).filter(Boolean);
}

/** The `namespace/name` a hop names, without a trailing `:port`. */
function qualified(name: string): string {
  return name.replace(/:\d+$/, '');
}

function findNode(layout: TopologyLayout, hop: Hop, ipToNode: Map<string, string>): Box | undefined {
  const words = tokens(hop.name);
  const named = (name: string): boolean =>
    words.includes(name) || words.some((w) => ipToNode.get(w) === name);
  // On a big cluster a box stands for a group of nodes: the hop goes to the group holding its node.
  return layout.nodes.find((n) => (n.members ? n.members.some(named) : named(n.name)));
}

/** Places every hop of `trace` on `layout`. */
export function placeTrace(layout: TopologyLayout, trace: Trace, ipToNode: Map<string, string>): PlacedHop[] {
  const client = layout.entries.find((e) => e.kind === 'client');
  let last: Point = client ? anchor(client) : { x: 0, y: 0 };
  const podByIp = new Map(layout.pods.filter((p) => p.pod.ip).map((p) => [p.pod.ip as string, p]));
  return trace.hops.map((hop) => {
    let box: Box | undefined;
    const name = qualified(hop.name);
    switch (hop.kind) {
      case 'client':
      case 'dns':
        box =
          hop.kind === 'client' && hop.name.includes('/')
            ? (layout.pods.find((p) => p.key === name) ?? client)
            : client;
        break;
      case 'load-balancer':
        box = layout.entries.find(
          (e) =>
            e.kind === 'load-balancer' &&
            (e.key === `lb:${trace.service}` || e.sublabel.startsWith(hop.name)),
        );
        if (box) break;
      // falls through: ServiceLB answers on a node's IP, so the hop is drawn at that node's edge.
      case 'node-port':
      case 'kube-proxy': {
        const node = findNode(layout, hop, ipToNode);
        if (node)
          return {
            hop,
            // On the node's top border at the right, clear of its name: NodePort, then kube-proxy beside it.
            point: (last = { x: node.x + node.width - (hop.kind === 'kube-proxy' ? 46 : 12), y: node.y + 1 }),
          };
        break;
      }
      case 'ingress-controller':
      case 'ingress-rule':
        // The request really goes to a Traefik pod on some node; the entry box is where no pod is drawn.
        box =
          layout.pods.find((p) => p.key === name) ??
          (hop.kind === 'ingress-controller'
            ? layout.entries.find((e) => e.kind === 'ingress-controller')
            : undefined);
        break;
      case 'service':
        // Traefik's own LoadBalancer Service is drawn as the Ingress entry point, not in the Services band.
        box =
          layout.services.find((s) => s.key === name) ??
          (name === 'kube-system/traefik'
            ? layout.entries.find((e) => e.kind === 'ingress-controller')
            : undefined);
        break;
      case 'endpoint':
      case 'pod':
      case 'backend':
        box =
          layout.pods.find((p) => p.key === name || tokens(hop.name).includes(p.pod.name)) ??
          tokens(hop.name)
            .map((w) => podByIp.get(w))
            .find(Boolean) ??
          (trace.pod ? layout.pods.find((p) => p.key === trace.pod) : undefined);
        break;
    }
    if (box) last = anchor(box);
    return { hop, point: last };
  });
}
