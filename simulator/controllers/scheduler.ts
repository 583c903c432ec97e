import type { Toleration } from '../model/cluster-state.ts';
import type { Prng } from '../model/prng.ts';
import { filterReasons, unschedulableMessage } from './scheduler-filters.ts';
import {
  BLOCK,
  BLOCK_COUNTS,
  BLOCK_SHIFT,
  nodeTable,
  type SchedulerNode,
  type SchedulerNodeTable,
} from './scheduler-node-table.ts';

export { schedulerNode, type SchedulerNode } from './scheduler-node-table.ts';
export { tolerates } from './scheduler-filters.ts';

/** What the scheduler needs of a Pod. */
export interface SchedulerPod {
  cpuMillis: number;
  memoryBytes: number;
  nodeSelector: Record<string, string>;
  tolerations: Toleration[];
  /**
   * Pods of the same owner per node name (PodTopologySpread's system default constraint on
   * kubernetes.io/hostname counts them); null for a Pod no controller owns, which the default skips.
   * The scheduler copies them into its node table when the map changes (an array read is cheaper than
   * 75 million map lookups for 150,000 Pods on 5,000 nodes) and counts its own binds in both.
   */
  spread?: Map<string, number> | null;
}

/** Where the next scheduling pass starts in the node list (rotates, as kube-scheduler does). */
export interface ScheduleCursor {
  next: number;
}

/**
 * How many feasible nodes kube-scheduler looks for before scoring: all of them below 100 nodes, else
 * an adaptive share of 50 % − nodes/125, at least 5 % and at least 100 nodes (percentageOfNodesToScore,
 * kubernetes.io/docs/concepts/scheduling-eviction/scheduler-perf-tuning/).
 */
export function feasibleNodesToFind(total: number): number {
  if (total < 100) return total;
  const percentage = Math.max(5, 50 - Math.floor(total / 125));
  return Math.max(100, Math.floor((total * percentage) / 100));
}

/** Result of scheduling one Pod. */
export type ScheduleResult = { node: SchedulerNode } | { node: null; message: string };

// pkg/scheduler/util/pod_resources.go: DefaultMilliCPURequest, DefaultMemoryRequest (scoring only).
const DEFAULT_CPU = 100;
const DEFAULT_MEMORY = 200 * 1024 * 1024;

/**
 * Picks a node for a Pod the way kube-scheduler's default profile does, reduced to what the course
 * needs: filter (NodeUnschedulable, TaintToleration, NodeAffinity/nodeSelector, NodeResourcesFit) then
 * score (LeastAllocated + BalancedAllocation, weights 1/1, and PodTopologySpread's default spreading of
 * one owner's replicas, weight 2), ties broken at random from the seed
 * (kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/). Binding updates the node's sums.
 */
export function schedulePod(
  pod: SchedulerPod,
  nodes: readonly SchedulerNode[],
  prng: Prng,
  cursor: ScheduleCursor = { next: 0 },
): ScheduleResult {
  // A template's Pods share one nodeSelector object: its keys and values are read once for all of them.
  if (pod.nodeSelector !== scratch.selector) {
    scratch.selector = pod.nodeSelector;
    scratch.selectorKeys = Object.keys(pod.nodeSelector);
    scratch.selectorValues = scratch.selectorKeys.map((k) => pod.nodeSelector[k]);
  }
  const podCpu = pod.cpuMillis;
  const podMemory = pod.memoryBytes;
  const podScoreCpu = podCpu || DEFAULT_CPU;
  const podScoreMemory = podMemory || DEFAULT_MEMORY;
  const total = nodes.length;
  const wanted = feasibleNodesToFind(total);
  const table = nodeTable(nodes);
  // Whether a node passes the filters and its resource score depend only on the node and the Pod's
  // requests, node selector and tolerations (one object per template, shared by its Pods): both are kept
  // for the last Pod seen and recomputed only where a Pod was bound since (150,000 Pods of one template
  // make 75 million node visits in bench/simulator-envelope).
  const shape = table.shapeFor(podCpu, podMemory, pod.nodeSelector, pod.tolerations);
  // Spreading needs every candidate's score before normalising; without it, one pass keeps the best.
  const spread = pod.spread ?? null;
  if (spread) table.useSiblings(nodes, spread);
  // Reused buffers: this runs for every Pod of every Deployment.
  if (scratch.candidates.length < wanted) {
    scratch.candidates = new Int32Array(wanted);
    scratch.ties = new Int32Array(wanted);
  }
  scratch.pod = pod;
  scratch.nodes = nodes;
  scratch.table = table;
  scratch.shape = shape;
  scratch.scoreCpu = podScoreCpu;
  scratch.scoreMemory = podScoreMemory;
  const start = cursor.next % Math.max(1, total);
  let bestIndex: number;
  let visited: number;
  if (spread) {
    bestIndex = spreadPick(start, wanted, prng);
    visited = scratch.visited;
  } else {
    const { ties } = scratch;
    let n = 0;
    let bestScore = -1;
    let tieCount = 0;
    visited = 0;
    for (let i = start; visited < total && n < wanted; visited++) {
      const node = i;
      if (++i === total) i = 0;
      const score = keptScore(node);
      if (score < 0) continue;
      if (score > bestScore) {
        bestScore = score;
        tieCount = 0;
      }
      if (score === bestScore) ties[tieCount++] = node;
      n++;
    }
    // Ties are broken uniformly at random, as selectHost's reservoir sampling does (schedule_one.go), with
    // one draw for all of them.
    bestIndex = tieCount === 0 ? -1 : ties[tieCount === 1 ? 0 : prng.int(tieCount)]!;
  }
  const best = bestIndex < 0 ? null : nodes[bestIndex]!;
  // The next Pod starts where this one stopped (kube-scheduler's nextStartNodeIndex).
  cursor.next = (cursor.next + visited) % Math.max(1, total);
  if (!best) {
    // Only an unschedulable Pod pays for the reasons, counted per node as kubectl describe shows them.
    return {
      node: null,
      message: unschedulableMessage(pod, nodes, scratch.selectorKeys, scratch.selectorValues),
    };
  }
  best.requestedCpu += pod.cpuMillis;
  best.requestedMemory += pod.memoryBytes;
  best.scoreCpu += podScoreCpu;
  best.scoreMemory += podScoreMemory;
  best.podCount++;
  table.bind(bestIndex, podCpu, podMemory, podScoreCpu, podScoreMemory, spread !== null);
  if (spread) spread.set(best.name, (spread.get(best.name) ?? 0) + 1);
  return { node: best };
}

/** Scratch space for {@link schedulePod}: one Pod is scheduled at a time. */
const scratch = {
  /** The window's candidates in order: a node index, or ~b for a whole block b (see spreadPick). */
  candidates: new Int32Array(0),
  ties: new Int32Array(0),
  pod: null as unknown as SchedulerPod,
  nodes: [] as readonly SchedulerNode[],
  table: null as unknown as SchedulerNodeTable,
  shape: 0,
  scoreCpu: 0,
  scoreMemory: 0,
  visited: 0,
  spread: new Int32Array(0),
  selector: null as Record<string, string> | null,
  selectorKeys: [] as string[],
  selectorValues: [] as Array<string | undefined>,
};

/**
 * PodTopologySpread with the system default constraints (maxSkew 3 on kubernetes.io/hostname; the zone one
 * is skipped, k3s nodes have no zone label), weight 2 in the default profile (apis/config/v1/default_plugins.go).
 * Raw score per node = matching Pods × log(nodes + 2) + (maxSkew − 1), rounded, then normalised to
 * 100 × (max + min − s) / max (plugins/podtopologyspread/scoring.go): fewer siblings, higher score.
 * Returns the weighted score for each sibling count from `min` to `max` (the raw score grows with it).
 */
function spreadScores(min: number, max: number, weight: number): Int32Array {
  const raw = (siblings: number): number => Math.round(siblings * weight + (3 - 1));
  const minRaw = raw(min);
  const maxRaw = raw(max);
  const out =
    scratch.spread.length > max - min ? scratch.spread : (scratch.spread = new Int32Array(max - min + 1));
  for (let s = min; s <= max; s++)
    out[s - min] = 2 * (maxRaw === 0 ? 100 : Math.floor((100 * (maxRaw + minRaw - raw(s))) / maxRaw));
  return out;
}

/**
 * Node i's kept result for the Pod in `scratch`: its resource score, or -1 when a filter refuses it;
 * computed again only where a Pod was bound since, or for another Pod shape.
 */
function keptScore(i: number): number {
  const { table, shape } = scratch;
  if (table.keptShape[i] === shape) return table.kept[i]!;
  table.keptShape[i] = shape;
  return (table.kept[i] =
    filterReasons(scratch.pod, scratch.nodes[i]!, scratch.selectorKeys, scratch.selectorValues, false)
      .length === 0
      ? table.score(i, scratch.scoreCpu, scratch.scoreMemory)
      : -1);
}

/**
 * Summarises block b for the Pod in `scratch` (see SchedulerNodeTable.blockEpoch): feasible nodes, their
 * fewest and most siblings, and per sibling count the best resource score and how many nodes reach it.
 */
function summarise(b: number): void {
  const { table } = scratch;
  const { siblings, countSiblings, countBest, countTies } = table;
  const first = b << BLOCK_SHIFT;
  const end = Math.min(first + BLOCK, table.kept.length);
  const at = b * BLOCK_COUNTS;
  let feasible = 0;
  let fewest = 0x7fffffff;
  let most = 0;
  let counts = 0;
  for (let i = first; i < end; i++) {
    const score = keptScore(i);
    if (score < 0) continue;
    feasible++;
    const s = siblings[i]!;
    if (s < fewest) fewest = s;
    if (s > most) most = s;
    let c = 0;
    while (c < counts && countSiblings[at + c] !== s) c++;
    if (c === counts) {
      if (counts === BLOCK_COUNTS) {
        counts = BLOCK_COUNTS + 1; // too many sibling counts: the block is read node by node
        break;
      }
      countSiblings[at + c] = s;
      countBest[at + c] = score;
      countTies[at + c] = 1;
      counts++;
    } else if (score > countBest[at + c]!) {
      countBest[at + c] = score;
      countTies[at + c] = 1;
    } else if (score === countBest[at + c]) countTies[at + c]!++;
  }
  table.feasibleIn[b] = feasible;
  table.fewestIn[b] = fewest;
  table.mostIn[b] = most;
  table.countsIn[b] = counts;
  table.blockEpoch[b] = table.epoch;
}

/**
 * The node for a Pod that PodTopologySpread scores, as the plain scan would pick it: the first `wanted`
 * feasible nodes from `start` (percentageOfNodesToScore), each scored resources + spread, the best taken,
 * ties broken by one draw in scan order. Whole blocks of the scan read their summaries instead of their
 * nodes (150,000 Pods × 500 candidates in bench/simulator-envelope); only the blocks where the scan starts
 * and stops, blocks bound to since, and the block holding the drawn tie are read node by node. Sets
 * `scratch.visited` to the nodes the scan went through; returns the node's index, or -1.
 */
function spreadPick(start: number, wanted: number, prng: Prng): number {
  const { table, candidates } = scratch;
  const total = table.kept.length;
  const { siblings, blockEpoch, feasibleIn, countsIn, countSiblings, countBest, countTies } = table;
  let pieces = 0;
  let n = 0;
  let visited = 0;
  let fewest = 0x7fffffff;
  let most = 0;
  for (let i = start; visited < total && n < wanted;) {
    if ((i & (BLOCK - 1)) === 0 && i + BLOCK <= total && visited + BLOCK <= total) {
      const b = i >> BLOCK_SHIFT;
      if (blockEpoch[b] !== table.epoch) summarise(b);
      const feasible = feasibleIn[b]!;
      // A block the scan goes all through (it does not stop inside it) counts as a whole.
      if (countsIn[b]! <= BLOCK_COUNTS && n + feasible < wanted) {
        if (feasible > 0) {
          candidates[pieces++] = ~b;
          n += feasible;
          if (table.fewestIn[b]! < fewest) fewest = table.fewestIn[b]!;
          if (table.mostIn[b]! > most) most = table.mostIn[b]!;
        }
        visited += BLOCK;
        i += BLOCK;
        if (i === total) i = 0;
        continue;
      }
    }
    const node = i;
    if (++i === total) i = 0;
    visited++;
    if (keptScore(node) < 0) continue;
    candidates[pieces++] = node;
    n++;
    const s = siblings[node]!;
    if (s < fewest) fewest = s;
    if (s > most) most = s;
  }
  scratch.visited = visited;
  if (n === 0) return -1;
  // PodTopologySpread's score depends only on a candidate's sibling count: one value per count.
  const bySiblings = spreadScores(fewest, most, Math.log(wanted + 2));
  const { kept } = table;
  let best = -1;
  let tieCount = 0;
  for (let p = 0; p < pieces; p++) {
    const piece = candidates[p]!;
    if (piece >= 0) {
      const score = kept[piece]! + bySiblings[siblings[piece]! - fewest]!;
      if (score > best) {
        best = score;
        tieCount = 0;
      }
      if (score === best) tieCount++;
      continue;
    }
    const at = ~piece * BLOCK_COUNTS;
    for (let c = at; c < at + countsIn[~piece]!; c++) {
      const score = countBest[c]! + bySiblings[countSiblings[c]! - fewest]!;
      if (score > best) {
        best = score;
        tieCount = 0;
      }
      if (score === best) tieCount += countTies[c]!;
    }
  }
  // Ties are broken uniformly at random, as selectHost's reservoir sampling does (schedule_one.go), with
  // one draw for all of them; the drawn one is found again in scan order.
  let tie = tieCount === 1 ? 0 : prng.int(tieCount);
  for (let p = 0; p < pieces; p++) {
    const piece = candidates[p]!;
    if (piece >= 0) {
      if (kept[piece]! + bySiblings[siblings[piece]! - fewest]! === best && tie-- === 0) return piece;
      continue;
    }
    const at = ~piece * BLOCK_COUNTS;
    let inBlock = 0;
    for (let c = at; c < at + countsIn[~piece]!; c++)
      if (countBest[c]! + bySiblings[countSiblings[c]! - fewest]! === best) inBlock += countTies[c]!;
    if (tie >= inBlock) {
      tie -= inBlock;
      continue;
    }
    for (let i = ~piece << BLOCK_SHIFT; ; i++)
      if (kept[i]! >= 0 && kept[i]! + bySiblings[siblings[i]! - fewest]! === best && tie-- === 0) return i;
  }
  return -1;
}
