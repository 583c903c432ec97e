/**
 * Where a runtime is — idle, starting, running, failed, stopped — kept one way by every runtime: a start
 * goes through `starting()`, a stop through `stopped()`, and `describe()` reads it. The lab's run machine
 * (src/components/lab/lab-run-machine.ts) owns the flow around it; a runtime only reports. Browser-safe.
 */
import type { Bilingual } from '../../../core/index.ts';
import type { RuntimeDescription, RuntimeKind } from './types.ts';

/** The states of {@link RuntimeDescription}. */
export type RuntimeState = RuntimeDescription['state'];

/** One runtime's state. */
export class RuntimeStatus {
  private current: RuntimeState = 'idle';

  /** `kind` and `label` are the runtime's own, as its description shows them. */
  constructor(
    private readonly kind: RuntimeKind,
    private readonly label: Bilingual,
  ) {}

  /** The state now. */
  get state(): RuntimeState {
    return this.current;
  }

  /**
   * Runs a start: `starting` while `run` works, then `running`, or `failed` when it throws — after
   * `cleanUp` has undone what the start left half made — and the error goes on to the caller.
   */
  async starting<T>(run: () => Promise<T>, cleanUp: () => void | Promise<void> = () => {}): Promise<T> {
    this.current = 'starting';
    try {
      const value = await run();
      this.current = 'running';
      return value;
    } catch (error) {
      this.current = 'failed';
      await cleanUp();
      throw error;
    }
  }

  /** A stop: `stopped`, unless the runtime never started. */
  stopped(): void {
    if (this.current !== 'idle') this.current = 'stopped';
  }

  /** The runtime's description with this state (and `detail`, e.g. its URL, when given). */
  describe(detail?: Bilingual): RuntimeDescription {
    return { kind: this.kind, label: this.label, state: this.current, ...(detail ? { detail } : {}) };
  }
}
