import {
  objectKey,
  type ContainerRunState,
  type ContainerRuntime,
  type NodeState,
  type PodState,
} from '../model/cluster-state.ts';
import { TIMINGS } from '../model/timings.ts';
import type { Engine } from './engine.ts';
import type { EventKey, EventParams } from './event-messages.ts';
import type { PodStore } from './pod-store.ts';

/** Exit code of a container killed by SIGKILL (128 + 9), as the runtime reports it. */
export const KILLED_EXIT_CODE = 137;

/**
 * The kubelet model: once a Pod is bound it pulls each container's image (from the image catalogue: a
 * missing image, tag or platform fails as on a real node), starts the containers, marks them ready, and
 * restarts the ones that exit, per restartPolicy, with back-off (pod-lifecycle.md, "Container restarts";
 * kuberuntime_manager.go doBackOff). Every step is a timer on the simulation clock; a timer whose Pod or
 * container moved on since does nothing. Container statuses use the API's shape (state, lastState,
 * restartCount, ready) so describe and `-o yaml` read them as kubectl would.
 */
export class Kubelet {
  constructor(
    private readonly engine: Engine,
    private readonly pods: PodStore,
  ) {}

  private alive(pod: PodState): boolean {
    return !pod.deleting && this.pods.isStored(pod);
  }

  /** Runs `run` after `delayMs` if the Pod is still in the same lifecycle step. */
  private later(pod: PodState, delayMs: number, run: () => void): void {
    const generation = pod.generation;
    this.engine.after(delayMs, () => {
      if (pod.generation === generation && this.alive(pod)) run();
    });
  }

  /** Runs `run` after `delayMs` if the container is still in the same state (its state object is unchanged). */
  private laterFor(pod: PodState, status: ContainerRuntime, delayMs: number, run: () => void): void {
    const state = status.state;
    this.engine.after(delayMs, () => {
      if (status.state === state && this.alive(pod) && this.nodeOf(pod)?.kubeletUp) run();
    });
  }

  private refPod: PodState | null = null;
  private refNamespace = '';
  private refName = '';
  private refText = '';

  /**
   * The event reference of a Pod. A Pod's events come in runs (pulling, pulled, created, started): the
   * last one is kept, so a run shares one string and the event log hashes it once.
   */
  private ref(pod: PodState): string {
    if (pod !== this.refPod || pod.namespace !== this.refNamespace || pod.name !== this.refName) {
      this.refPod = pod;
      this.refNamespace = pod.namespace;
      this.refName = pod.name;
      this.refText = `Pod/${pod.namespace}/${pod.name}`;
    }
    return this.refText;
  }

  private say(pod: PodState, key: EventKey, params: EventParams = {}): void {
    this.engine.record(key, this.ref(pod), params);
  }

  /** Binds a Pod to a node and starts creating its containers. */
  bind(pod: PodState, node: NodeState): void {
    pod.nodeName = node.name;
    pod.reason = null;
    this.pods.unscheduled.delete(pod);
    // A silent kubelet never sees the Pod: no sandbox, no IP, no container statuses (the Pod stays Pending);
    // the scheduler binds there anyway while the node is still Ready (nodes.md, "Node status" › heartbeats).
    const admitted = node.kubeletUp;
    const networked = admitted && this.pods.assignIP(pod, node);
    this.engine.movePod(pod, 'SCHEDULED');
    this.say(pod, 'scheduled', { pod: `${pod.namespace}/${pod.name}`, node: node.name });
    if (!admitted) pod.awaitingKubelet = true;
    else this.admitted(pod, node, networked);
  }

  /** The node's kubelet has the Pod: it creates the sandbox and starts the containers. */
  private admitted(pod: PodState, node: NodeState, networked: boolean): void {
    // A node without a Pod CIDR has no flannel subnet: the CNI cannot add the Pod's sandbox, which stays
    // ContainerCreating (kuberuntime_manager.go createPodSandbox → FailedCreatePodSandBox).
    if (!networked) this.say(pod, 'sandbox-failed', { node: node.name });
    else this.scheduleStart(pod, TIMINGS.containerCreatingMs);
  }

  private scheduleStart(pod: PodState, delayMs: number): void {
    this.engine.after(delayMs, new StartTimer(this, pod));
  }

  /** A {@link StartTimer} fired: starts the Pod if it is still in the step it was in (as `later` does). */
  startIfCurrent(pod: PodState, generation: number): void {
    if (pod.generation === generation && this.alive(pod)) this.start(pod);
  }

  private nodeOf(pod: PodState): NodeState | undefined {
    return pod.nodeName === null ? undefined : this.engine.node(pod.nodeName);
  }

  /** Why the node cannot pull a container's image, or null (the catalogue decides; the behavior annotation forces it). */
  private pullError(
    pod: PodState,
    index: number,
    node: NodeState,
  ): { invalid: boolean; message: string } | null {
    const image = pod.spec.containers[index]!.image;
    if (pod.spec.behavior === 'image-pull-error' && index === 0)
      return { invalid: false, message: `rpc error: code = NotFound desc = ${image}: not found` };
    const failure = this.engine.images.pullFailure(
      image,
      node.labels['kubernetes.io/os'] ?? 'linux',
      node.labels['kubernetes.io/arch'] ?? 'amd64',
    );
    return failure ? { invalid: failure.kind === 'invalid', message: failure.message } : null;
  }

  /** Pulls and starts every container not yet running; containers whose pull fails wait with the reason. */
  private start(pod: PodState): void {
    const node = this.nodeOf(pod);
    if (!node?.kubeletUp) return;
    let pullFailed = false;
    let invalid = false;
    for (const [i, container] of pod.spec.containers.entries()) {
      const status = pod.statuses[i]!;
      if (!('waiting' in status.state)) continue;
      const error = this.pullError(pod, i, node);
      if (error?.invalid) {
        invalid = true;
        status.state = { waiting: { reason: 'InvalidImageName', message: error.message } };
        this.say(pod, 'inspect-failed', { image: container.image, error: error.message });
        this.say(pod, 'invalid-image-name');
        continue;
      }
      this.say(pod, 'pulling', { image: container.image });
      if (error) {
        pullFailed = true;
        status.state = { waiting: { reason: 'ErrImagePull', message: error.message } };
        this.say(pod, 'pull-failed', { image: container.image, error: error.message });
        this.say(pod, 'err-image-pull');
        continue;
      }
      this.say(pod, 'pulled', { image: container.image, seconds: TIMINGS.containerCreatingMs / 1000 });
      this.run(pod, i, false);
    }
    if (pullFailed || invalid) {
      pod.reason = firstWaitingReason(pod);
      this.engine.movePod(pod, 'PULL_FAILED');
      if (pullFailed) this.backOffPull(pod);
      return;
    }
    pod.reason = null;
    if (pod.state !== 'Running') this.engine.movePod(pod, 'STARTED');
    pod.startedAtMs = this.engine.nowMs;
  }

  /** Image pulls back off 10 s, doubling to 300 s (kubelet.go: flowcontrol.NewBackOff(backOffPeriod, MaxContainerBackOff)). */
  private backOffPull(pod: PodState): void {
    pod.backoffMs =
      pod.backoffMs === 0 ? TIMINGS.backoffInitialMs : Math.min(TIMINGS.backoffMaxMs, pod.backoffMs * 2);
    const wait = pod.backoffMs / this.engine.speedup;
    // The pod worker's next sync (about a second later) finds the image in back-off.
    this.later(pod, Math.min(TIMINGS.exitNoticedMs, wait), () => {
      for (const [i, status] of pod.statuses.entries()) {
        if (!('waiting' in status.state) || status.state.waiting.reason !== 'ErrImagePull') continue;
        const image = pod.spec.containers[i]!.image;
        status.state = {
          waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image}"` },
        };
        this.say(pod, 'pull-back-off', { image });
        this.say(pod, 'image-pull-back-off');
      }
      pod.reason = firstWaitingReason(pod);
      this.engine.touch();
    });
    this.later(pod, wait, () => this.start(pod));
  }

  /** Starts container `index` (created, started), then readiness and its exit, if its command ends. */
  private run(pod: PodState, index: number, restart: boolean): void {
    const container = pod.spec.containers[index]!;
    const status = pod.statuses[index]!;
    if (restart) {
      status.restartCount++;
      pod.restarts++;
      this.say(pod, 'image-present', { image: container.image });
    }
    this.say(pod, 'created', { container: container.name });
    this.say(pod, 'started', { container: container.name });
    const running: ContainerRunState = { running: { startedAtMs: this.engine.nowMs } };
    status.state = running;
    this.engine.touch();
    if (pod.spec.behavior !== 'not-ready') {
      const delay = container.readinessDelayMs ?? 0;
      if (delay === 0) this.setContainerReady(pod, status, true);
      else this.laterFor(pod, status, delay, () => this.setContainerReady(pod, status, true));
    }
    const exit =
      container.exit ??
      (pod.spec.behavior === 'crash' && index === 0 ? { code: 1, afterMs: TIMINGS.crashAfterMs } : null);
    if (exit) this.laterFor(pod, status, exit.afterMs, () => this.exit(pod, index, exit.code));
  }

  /** The node's kubelet is back: containers it was about to start are started now, Pods bound while it was away are admitted. */
  resume(pod: PodState): void {
    if (pod.deleting) return;
    const node = this.nodeOf(pod);
    if (pod.awaitingKubelet && node) {
      pod.awaitingKubelet = false;
      this.admitted(pod, node, this.pods.assignIP(pod, node));
      this.engine.touch();
      return;
    }
    if (pod.state === 'ContainerCreating' || pod.state === 'ErrImagePull') this.scheduleStart(pod, 500);
  }

  private setContainerReady(pod: PodState, status: ContainerRuntime, ready: boolean): void {
    if (ready && !this.nodeOf(pod)?.kubeletUp) return;
    status.ready = ready;
    const all = pod.statuses.every((s) => s.ready);
    if (pod.ready !== all) {
      pod.ready = all;
      this.engine.touch();
    }
  }

  /** Marks every running container ready again (a node that came back); not-ready Pods stay not ready. */
  readyAgain(pod: PodState): void {
    if (pod.spec.behavior === 'not-ready') return;
    for (const status of pod.statuses)
      if ('running' in status.state) this.setContainerReady(pod, status, true);
  }

  /**
   * "Crash the container": the first running container is killed (exit 137) and the kubelet restarts it in
   * the same Pod (RESTARTS + 1), unlike `delete pod`, which makes the ReplicaSet create a new Pod.
   */
  crash(pod: PodState): boolean {
    const index = pod.statuses.findIndex((s) => 'running' in s.state);
    if (index < 0 || pod.deleting) return false;
    this.exit(pod, index, KILLED_EXIT_CODE);
    return true;
  }

  /** Container `index` exits with `code`: restart it (with back-off) or leave it terminated, per restartPolicy. */
  private exit(pod: PodState, index: number, code: number): void {
    const status = pod.statuses[index]!;
    if (!('running' in status.state)) return;
    const startedAtMs = status.state.running.startedAtMs;
    const terminated: ContainerRunState = {
      terminated: {
        exitCode: code,
        reason: code === 0 ? 'Completed' : 'Error',
        startedAtMs,
        finishedAtMs: this.engine.nowMs,
      },
    };
    this.setContainerReady(pod, status, false);
    status.state = terminated;
    const policy = pod.spec.restartPolicy;
    const restart = policy === 'Always' || (policy === 'OnFailure' && code !== 0);
    if (!restart) {
      if (pod.statuses.every((s) => 'terminated' in s.state)) {
        pod.reason = code === 0 ? 'Completed' : 'Error';
        this.engine.movePod(pod, 'EXITED');
      } else this.engine.touch();
      return;
    }
    status.lastState = terminated;
    if (this.engine.nowMs - startedAtMs >= TIMINGS.backoffResetMs) status.backoffMs = 0;
    const wait = status.backoffMs;
    // First restart is immediate, then 10 s, 20 s, 40 s … capped at 300 s (pod-lifecycle.md).
    status.backoffMs = wait === 0 ? TIMINGS.backoffInitialMs : Math.min(TIMINGS.backoffMaxMs, wait * 2);
    pod.reason = terminated.terminated.reason;
    if (pod.state === 'Running') this.engine.movePod(pod, 'CRASHED');
    else this.engine.touch();
    // The kubelet notices the exit at its next relist (about a second, PLEG); the first restart follows at once.
    this.laterFor(pod, status, TIMINGS.exitNoticedMs, () => {
      if (wait === 0) return this.restart(pod, index);
      const name = pod.spec.containers[index]!.name;
      const podRef = `${pod.name}_${pod.namespace}(${pod.uid})`;
      status.state = {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off ${formatSeconds(wait)} restarting failed container=${name} pod=${podRef}`,
        },
      };
      pod.reason = 'CrashLoopBackOff';
      this.say(pod, 'back-off-restart', { container: name, pod: podRef });
      this.engine.touch();
      this.laterFor(pod, status, Math.max(0, wait - TIMINGS.exitNoticedMs) / this.engine.speedup, () =>
        this.restart(pod, index),
      );
    });
  }

  private restart(pod: PodState, index: number): void {
    this.run(pod, index, true);
    pod.reason = firstWaitingReason(pod);
    if (pod.reason === null && pod.state === 'CrashLoopBackOff') this.engine.movePod(pod, 'STARTED');
  }

  /** Starts deleting a Pod: Terminating, out of the endpoints at once, gone after the grace period. */
  terminate(pod: PodState): void {
    if (pod.deleting) return;
    this.pods.markDeleting(pod);
    pod.ready = false;
    if (pod.state === 'Unscheduled') {
      this.pods.remove(pod);
      return;
    }
    this.engine.movePod(pod, 'DELETE');
    for (const [i, status] of pod.statuses.entries())
      if ('running' in status.state) this.say(pod, 'killing', { container: pod.spec.containers[i]!.name });
    const generation = pod.generation;
    // A fixed time whatever the grace period (kubectl's --grace-period=N, the Pod's own 30 s): the simulated
    // containers exit promptly on SIGTERM, so within any grace period of 1 s or more.
    this.engine.after(TIMINGS.terminatingMs, () => {
      if (pod.generation === generation) this.finishTermination(pod);
    });
  }

  /**
   * A forced delete (grace period 0): the Pod leaves the API at once, with no word from the kubelet, so even
   * on a node that is down. Its containers get the kill as in a graceful delete. A simplification: on a dead
   * node the real containers may run on until the node returns (kubectl's warning, the lesson); the simulator
   * forgets them with the Pod.
   */
  forceRemove(pod: PodState): void {
    this.terminate(pod);
    // An unscheduled Pod is gone already (terminate removes it).
    if (this.engine.state.pods.get(objectKey(pod.namespace, pod.name)) !== pod) return;
    this.engine.movePod(pod, 'GONE');
    this.pods.remove(pod);
  }

  /** Removes a terminated Pod, unless its node is down (then it stays Terminating until the node returns). */
  finishTermination(pod: PodState): void {
    if (!this.nodeOf(pod)?.kubeletUp) return;
    this.engine.movePod(pod, 'GONE');
    this.pods.remove(pod);
  }
}

/**
 * The timer that starts a bound Pod's containers: one object per Pod instead of two closures and their
 * contexts (150,000 of them wait through ContainerCreating in bench/simulator-envelope).
 */
class StartTimer {
  private readonly generation: number;

  constructor(
    private readonly kubelet: Kubelet,
    private readonly pod: PodState,
  ) {
    this.generation = pod.generation;
  }

  fire(): void {
    this.kubelet.startIfCurrent(this.pod, this.generation);
  }
}

/** The reason of the first container that is waiting or terminated, as kubectl's STATUS column picks it. */
function firstWaitingReason(pod: PodState): string | null {
  for (const s of pod.statuses) {
    if ('waiting' in s.state && s.state.waiting.reason !== 'ContainerCreating') return s.state.waiting.reason;
    if ('terminated' in s.state) return s.state.terminated.reason;
  }
  return null;
}

/** Go's time.Duration formatting for whole seconds and minutes: 10s, 40s, 2m40s, 5m0s. */
function formatSeconds(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${s % 60}s`;
}
