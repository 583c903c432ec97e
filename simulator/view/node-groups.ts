/**
 * Big clusters drawn as groups of nodes. One box per node and one cell per Pod stop being readable (and
 * drawable) long before Kubernetes' own envelope of 5,000 nodes and 150,000 Pods
 * (kubernetes.io/docs/setup/best-practices/cluster-large/), so above {@link GROUP_NODES_ABOVE} nodes the
 * drawing shows at most {@link MAX_GROUPS} boxes, each a run of consecutive nodes with its counts; a
 * request is still drawn to the group that holds the node it reaches.
 */
import type { NodeView } from '../index.ts';

/** Clusters with more nodes than this are drawn as groups. */
export const GROUP_NODES_ABOVE = 60;

/** At most this many group boxes. */
export const MAX_GROUPS = 40;

/**
 * At most this many rows of group boxes: a narrow drawing (two columns in a lesson's pane) gets fewer,
 * larger groups instead of a tall column that the view must shrink until its words cannot be read.
 */
export const MAX_GROUP_ROWS = 6;

/** A run of consecutive nodes, with what a student needs to read at a glance. */
export interface NodeGroup {
  /** The node names, in the snapshot's order. */
  members: string[];
  first: string;
  last: string;
  hasServer: boolean;
  readyNodes: number;
  unschedulableNodes: number;
  pods: number;
  readyPods: number;
}

/** Splits `nodes` into at most `maxGroups` runs of equal size (the last may be shorter). */
export function groupNodes(nodes: readonly NodeView[], maxGroups = MAX_GROUPS): NodeGroup[] {
  const size = Math.max(1, Math.ceil(nodes.length / Math.max(1, Math.min(MAX_GROUPS, maxGroups))));
  const groups: NodeGroup[] = [];
  for (let start = 0; start < nodes.length; start += size) {
    const run = nodes.slice(start, start + size);
    let readyNodes = 0;
    let unschedulableNodes = 0;
    let pods = 0;
    let readyPods = 0;
    for (const node of run) {
      if (node.ready) readyNodes++;
      if (node.unschedulable) unschedulableNodes++;
      pods += node.pods.length;
      for (const pod of node.pods) if (pod.ready) readyPods++;
    }
    groups.push({
      members: run.map((n) => n.name),
      first: run[0]!.name,
      last: run[run.length - 1]!.name,
      hasServer: run.some((n) => n.role === 'server'),
      readyNodes,
      unschedulableNodes,
      pods,
      readyPods,
    });
  }
  return groups;
}

/** The words of a group's summary in one language. */
interface GroupWords {
  locale: string;
  nodes: string;
  pods: string;
  ready: string;
}

const GROUP_WORDS: Record<'es' | 'en', GroupWords> = {
  es: { locale: 'es-ES', nodes: 'nodos', pods: 'Pods', ready: 'listos' },
  en: { locale: 'en-US', nodes: 'nodes', pods: 'Pods', ready: 'ready' },
};

/**
 * The group's one-line summary in the page's language, e.g. `125 nodes · 3,750 Pods (3,750 ready)` or
 * `125 nodos (2 NotReady) · 3.750 Pods (3.748 listos)`.
 */
export function groupSummary(group: NodeGroup, lang: 'es' | 'en' = 'en'): string {
  const words = GROUP_WORDS[lang];
  // Grouping from 1,000 in both languages (es-ES leaves four-digit numbers ungrouped by default).
  const n = (value: number): string =>
    value.toLocaleString(words.locale, { useGrouping: 'always' } as Intl.NumberFormatOptions);
  const notReady = group.members.length - group.readyNodes;
  return (
    `${n(group.members.length)} ${words.nodes}${notReady ? ` (${n(notReady)} NotReady)` : ''} · ` +
    `${n(group.pods)} ${words.pods} (${n(group.readyPods)} ${words.ready})`
  );
}
