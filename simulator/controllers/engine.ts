import { ImageCatalogue } from '../images/image-catalogue.ts';
import { nextNodeState, type NodeLifecycleEvent } from '../lifecycles/node-lifecycle.ts';
import { nextPodState, type PodLifecycleEvent } from '../lifecycles/pod-lifecycle.ts';
import { EVENT_HISTORY, type ClusterState, type NodeState, type PodState } from '../model/cluster-state.ts';
import { Prng } from '../model/prng.ts';
import type { Bilingual } from '../../core/index.ts';
import { EVENT_MESSAGES, type EventKey, type EventParams } from './event-messages.ts';
import { EventWindowChains } from './event-window-chains.ts';
import { TimerQueue, type Timer } from './timer-queue.ts';

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

  /** Schedules `run` (a callback, or a {@link Timer}) after `delayMs` of simulation time. */
  after(delayMs: number, run: (() => void) | Timer): void {
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
    const message = this.messageOf(key, params);
    const events = this.state.events;
    const byObject = this.objectChains.newest(object);
    const byText = this.textChains.newest(message.en);
    const repeat = this.repeatOf(entry.reason, object, message.en, byObject, byText);
    if (repeat) {
      repeat.count = (repeat.count ?? 1) + 1;
      repeat.timeMs = this.nowMs;
      return;
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
    const at = ++this.pushed;
    this.window[at % AGGREGATE_WINDOW] = event;
    this.objectChains.pushed(at, object, byObject);
    this.textChains.pushed(at, message.en, byText);
    // Trim in batches: splicing one event off the front per push made a 150,000-Pod rollout quadratic.
    if (events.length > 2 * EVENT_HISTORY) events.splice(0, events.length - EVENT_HISTORY);
  }

  /**
   * The newest event of the last AGGREGATE_WINDOW pushes with this reason, object and text, if it is still
   * in the log where it was pushed; else null (a repeat of it is counted instead of added). Such an event
   * is in both the object's chain and the text's, newest first, so the first match in either is the newest,
   * and a chain that ends without one means there is none: the walk is as long as the shorter chain (a
   * ReplicaSet's "Created pod" events share the object, a kubelet's "Pulling image" events the text).
   * Comparing with each of the last 64 events made 300,000 Pod events a tenth of the envelope's CPU, and a
   * key string of reason, object and text for each event cost as much.
   */
  private repeatOf(
    reason: string,
    object: string,
    text: string,
    byObject: number,
    byText: number,
  ): ClusterState['events'][number] | null {
    for (
      let a = byObject, b = byText;
      a > 0 && b > 0 && this.pushed - a < AGGREGATE_WINDOW && this.pushed - b < AGGREGATE_WINDOW;
      a = this.objectChains.before(a), b = this.textChains.before(b)
    ) {
      const sameObject = this.window[a % AGGREGATE_WINDOW]!;
      const sameText = this.window[b % AGGREGATE_WINDOW]!;
      let at = 0;
      if (sameObject.reason === reason && sameObject.message.en === text) at = a;
      else if (sameText.reason === reason && sameText.object === object) at = b;
      else continue;
      const events = this.state.events;
      const seen = this.window[at % AGGREGATE_WINDOW]!;
      return events[events.length - 1 - (this.pushed - at)] === seen ? seen : null;
    }
    return null;
  }

  /** Each event key's last parameters and message. */
  private readonly lastMessages = new Map<EventKey, { params: EventParams; message: Bilingual }>();

  /**
   * The event's message, the same (frozen) object as the last time this key had the same parameters: a
   * kubelet says "Created container web" for each of 150,000 Pods, and one string is hashed once by the
   * aggregation's index instead of a new one each time.
   */
  private messageOf(key: EventKey, params: EventParams): Bilingual {
    const last = this.lastMessages.get(key);
    if (last && sameParams(last.params, params)) return last.message;
    const message = Object.freeze(EVENT_MESSAGES[key].message(params));
    this.lastMessages.set(key, { params, message });
    return message;
  }

  /** Events pushed so far (the n-th push is number n), the last AGGREGATE_WINDOW of them by n modulo it. */
  private pushed = 0;
  private readonly window: Array<ClusterState['events'][number]> = [];
  private readonly objectChains = new EventWindowChains(AGGREGATE_WINDOW);
  private readonly textChains = new EventWindowChains(AGGREGATE_WINDOW);

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

/** Whether two events' parameters are the same, name by name. */
function sameParams(a: EventParams, b: EventParams): boolean {
  let count = 0;
  for (const name in a) {
    if (a[name] !== b[name]) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}
