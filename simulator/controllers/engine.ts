import { ImageCatalogue } from '../images/image-catalogue.ts';
import { nextNodeState, type NodeLifecycleEvent } from '../lifecycles/node-lifecycle.ts';
import { nextPodState, type PodLifecycleEvent } from '../lifecycles/pod-lifecycle.ts';
import { EVENT_HISTORY, type ClusterState, type NodeState, type PodState } from '../model/cluster-state.ts';
import { Prng } from '../model/prng.ts';
import { EVENT_MESSAGES, type EventKey, type EventParams } from './event-messages.ts';
import { TimerQueue } from './timer-queue.ts';

/** How far back a repeated event is looked for, to count it instead of adding it (events.k8s.io aggregation). */
const AGGREGATE_WINDOW = 64;

/**
 * What every controller shares: the cluster state, the seeded PRNG, the simulation clock and its timers,
 * the image catalogue, the event log and a change counter (routing tables and snapshots rebuild when it moves).
 */
export class Engine {
  readonly timers = new TimerQueue();
  readonly prng: Prng;
  nowMs: number;
  /** Incremented on every change; caches compare it. */
  version = 0;
  /** Divides lesson waits (eviction toleration, back-off) so a lesson does not wait 5 minutes. */
  readonly speedup: number;
  /** The images the simulated registries hold. */
  readonly images: ImageCatalogue;

  constructor(
    readonly state: ClusterState,
    seed: number,
    startMs: number,
    speedup: number,
    images: ImageCatalogue = new ImageCatalogue(),
  ) {
    this.images = images;
    this.prng = new Prng(seed);
    this.nowMs = startMs;
    this.speedup = speedup > 0 ? speedup : 1;
  }

  /** Schedules `run` after `delayMs` of simulation time. */
  after(delayMs: number, run: () => void): void {
    this.timers.schedule(this.nowMs + Math.max(0, delayMs), run);
  }

  /** Moves a Pod through its lifecycle machine (pod-lifecycle.ts); its generation moves on too. */
  movePod(pod: PodState, event: PodLifecycleEvent['type']): void {
    pod.state = nextPodState(pod.state, event);
    this.moved(pod);
  }

  /** Moves a node through its condition machine (node-lifecycle.ts); its generation moves on too. */
  moveNode(node: NodeState, event: NodeLifecycleEvent['type']): void {
    node.condition = nextNodeState(node.condition, event);
    this.moved(node);
  }

  /** Records a change. */
  touch(): void {
    this.version++;
  }

  /** Records that a Pod or node moved to another lifecycle state: its generation moves on too. */
  moved(object: { generation: number }): void {
    object.generation++;
    this.version++;
  }

  /** Records an event from the table; a repeat of a recent one (same object, reason, text) bumps its count. */
  record(key: EventKey, object: string, params: EventParams = {}): void {
    const entry = EVENT_MESSAGES[key];
    const message = entry.message(params);
    const events = this.state.events;
    const same = `${entry.reason}\u0000${object}\u0000${message.en}`;
    const recent = this.recent.get(same) ?? this.olderRecent.get(same);
    if (recent) {
      // Found by key instead of comparing with each of the last 64 events: 300,000 Pod events made that
      // scan a tenth of the envelope's CPU. Still only within the window, and only if still in the log.
      const back = this.pushed - recent[1];
      if (back < AGGREGATE_WINDOW && events[events.length - 1 - back] === recent[0]) {
        recent[0].count = (recent[0].count ?? 1) + 1;
        recent[0].timeMs = this.nowMs;
        return;
      }
    }
    const event = {
      timeMs: this.nowMs,
      type: entry.type,
      reason: entry.reason,
      object,
      message,
      source: entry.source,
      count: 1,
      firstTimeMs: this.nowMs,
    };
    events.push(event);
    this.pushed++;
    // Two generations of AGGREGATE_WINDOW keys hold every event of the window.
    if (this.recent.size >= AGGREGATE_WINDOW) {
      this.olderRecent = this.recent;
      this.recent = new Map();
    }
    this.recent.set(same, [event, this.pushed]);
    // Trim in batches: splicing one event off the front per push made a 150,000-Pod rollout quadratic.
    if (events.length > 2 * EVENT_HISTORY) events.splice(0, events.length - EVENT_HISTORY);
  }

  /** Events pushed so far, and the recent ones by reason, object and text (see record). */
  private pushed = 0;
  private recent = new Map<string, [event: ClusterState['events'][number], pushed: number]>();
  private olderRecent = new Map<string, [event: ClusterState['events'][number], pushed: number]>();

  private nodeIndex = new Map<string, NodeState>();
  private indexedNodes: NodeState[] | null = null;
  private indexedCount = -1;

  /** The node with this name, through an index rebuilt only when the node list changes (5,000 nodes). */
  node(name: string): NodeState | undefined {
    const nodes = this.state.nodes;
    if (nodes !== this.indexedNodes || nodes.length !== this.indexedCount) {
      this.nodeIndex = new Map(nodes.map((n) => [n.name, n]));
      this.indexedNodes = nodes;
      this.indexedCount = nodes.length;
    }
    const node = this.nodeIndex.get(name);
    // A node renamed or replaced in place: fall back to a scan and rebuild next time.
    if (node?.name !== name) {
      this.indexedCount = -1;
      return nodes.find((n) => n.name === name);
    }
    return node;
  }
}
