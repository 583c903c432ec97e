import { nextPodState, type PodLifecycleEvent } from '../lifecycles/pod-lifecycle.ts';
import type { NodeState, PodState } from '../model/cluster-state.ts';
import { TIMINGS } from '../model/timings.ts';
import type { Engine } from './engine.ts';
import type { PodStore } from './pod-store.ts';

/**
 * The kubelet model: once a Pod is bound it creates the containers, marks them ready, crashes and restarts
 * them with back-off, and terminates them. Every step is a timer on the simulation clock; a timer whose Pod
 * moved on since (its generation changed) does nothing.
 */
export class Kubelet {
  constructor(
    private readonly engine: Engine,
    private readonly pods: PodStore,
  ) {}

  private move(pod: PodState, event: PodLifecycleEvent['type']): void {
    pod.state = nextPodState(pod.state, event);
    pod.generation++;
    this.engine.touch();
  }

  private later(pod: PodState, delayMs: number, run: () => void): void {
    const generation = pod.generation;
    this.engine.after(delayMs, () => {
      if (pod.generation === generation && this.engine.state.pods.get(`${pod.namespace}/${pod.name}`) === pod)
        run();
    });
  }

  private ref(pod: PodState): string {
    return `Pod/${pod.namespace}/${pod.name}`;
  }

  /** Binds a Pod to a node and starts creating its containers. */
  bind(pod: PodState, node: NodeState): void {
    pod.nodeName = node.name;
    pod.reason = null;
    this.pods.unscheduled.delete(pod);
    this.pods.assignIP(pod, node.index);
    this.move(pod, 'SCHEDULED');
    this.engine.event('Normal', 'Scheduled', this.ref(pod), {
      es: `Asignado ${pod.namespace}/${pod.name} al nodo ${node.name}`,
      en: `Successfully assigned ${pod.namespace}/${pod.name} to ${node.name}`,
    });
    this.scheduleStart(pod, TIMINGS.containerCreatingMs);
  }

  private scheduleStart(pod: PodState, delayMs: number): void {
    this.later(pod, delayMs, () => this.start(pod));
  }

  private nodeOf(pod: PodState): NodeState | undefined {
    return pod.nodeName === null ? undefined : this.engine.node(pod.nodeName);
  }

  private start(pod: PodState): void {
    if (!this.nodeOf(pod)?.kubeletUp) return;
    if (pod.spec.behavior === 'image-pull-error') {
      pod.reason = pod.restarts === 0 && pod.backoffMs === 0 ? 'ErrImagePull' : 'ImagePullBackOff';
      this.move(pod, 'PULL_FAILED');
      const image = pod.spec.containers[0]?.image ?? '';
      // Image pulls back off from the first failure (10 s, then doubling), unlike container restarts.
      pod.backoffMs = Math.max(pod.backoffMs, TIMINGS.backoffInitialMs);
      this.engine.event('Warning', 'Failed', this.ref(pod), {
        es: `No se pudo descargar la imagen "${image}"`,
        en: `Failed to pull image "${image}": not found`,
      });
      this.backOff(pod);
      return;
    }
    this.move(pod, 'STARTED');
    pod.startedAtMs = this.engine.nowMs;
    pod.reason = null;
    this.engine.event('Normal', 'Started', this.ref(pod), {
      es: 'Contenedor iniciado',
      en: 'Started container',
    });
    if (pod.spec.behavior !== 'not-ready') {
      const delays = pod.spec.containers.map((c) => c.readinessDelayMs ?? 0);
      const delay = delays.length ? Math.max(...delays) : 0;
      if (delay === 0) this.setReady(pod, true);
      else this.later(pod, delay, () => this.setReady(pod, true));
    }
    if (pod.spec.behavior === 'crash') this.later(pod, TIMINGS.crashAfterMs, () => this.crash(pod));
  }

  /** The node's kubelet is back: containers it was about to start are started now. */
  resume(pod: PodState): void {
    if (pod.state === 'ContainerCreating' && !pod.deleting) this.scheduleStart(pod, 500);
  }

  private setReady(pod: PodState, ready: boolean): void {
    if (ready && !this.nodeOf(pod)?.kubeletUp) return;
    if (pod.ready === ready) return;
    pod.ready = ready;
    this.engine.touch();
  }

  /** The container exits (a crash, or `killPod`): restart with back-off (pod-lifecycle.md, "Container restarts"). */
  crash(pod: PodState): void {
    if (pod.state !== 'Running') return;
    pod.restarts++;
    pod.ready = false;
    if (pod.startedAtMs !== null && this.engine.nowMs - pod.startedAtMs >= TIMINGS.backoffResetMs)
      pod.backoffMs = 0;
    this.move(pod, 'CRASHED');
    pod.reason = pod.backoffMs === 0 ? 'Error' : 'CrashLoopBackOff';
    this.engine.event('Warning', 'BackOff', this.ref(pod), {
      es: 'Reinicio del contenedor fallido con espera (back-off)',
      en: 'Back-off restarting failed container',
    });
    this.backOff(pod);
  }

  private backOff(pod: PodState): void {
    const wait = pod.backoffMs;
    // First restart is immediate, then 10 s, 20 s, 40 s … capped at 300 s.
    pod.backoffMs = wait === 0 ? TIMINGS.backoffInitialMs : Math.min(TIMINGS.backoffMaxMs, wait * 2);
    this.later(pod, wait / this.engine.speedup, () => {
      this.move(pod, 'RESTART');
      this.scheduleStart(pod, 500);
    });
  }

  /** Starts deleting a Pod: Terminating, out of the endpoints at once, gone after the grace period. */
  terminate(pod: PodState): void {
    if (pod.deleting) return;
    pod.deleting = true;
    pod.ready = false;
    if (pod.state === 'Unscheduled') {
      this.pods.remove(pod);
      return;
    }
    this.move(pod, 'DELETE');
    this.engine.event('Normal', 'Killing', this.ref(pod), {
      es: 'Deteniendo el contenedor',
      en: 'Stopping container',
    });
    this.later(pod, TIMINGS.terminatingMs, () => this.finishTermination(pod));
  }

  /** Removes a terminated Pod, unless its node is down (then it stays Terminating until the node returns). */
  finishTermination(pod: PodState): void {
    if (!this.nodeOf(pod)?.kubeletUp) return;
    this.move(pod, 'GONE');
    this.pods.remove(pod);
  }
}
