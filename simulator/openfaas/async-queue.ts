/** An async invocation waiting in NATS. */
export interface QueuedCall {
  callId: string;
  functionName: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  callbackUrl: string | null;
  queuedMs: number;
}

/** queue-worker max_inflight default in the chart (queueWorker.maxInflight). */
export const QUEUE_WORKER_MAX_INFLIGHT = 1;

/**
 * NATS as the event queue and the queue-worker as the dispatcher: messages leave in order, at most
 * `maxInflight` at a time, and each one frees its slot when the function answers.
 */
export class AsyncQueue {
  private readonly messages: QueuedCall[] = [];
  private running = 0;

  constructor(private readonly maxInflight = QUEUE_WORKER_MAX_INFLIGHT) {}

  /** Messages waiting in NATS. */
  get depth(): number {
    return this.messages.length;
  }

  /** Calls the queue-worker is running now. */
  get inFlight(): number {
    return this.running;
  }

  /** Publishes a call (the gateway's /async-function handler). */
  publish(call: QueuedCall): void {
    this.messages.push(call);
  }

  /** Takes the next calls the worker may start; call `done()` when each finishes. */
  take(): QueuedCall[] {
    const out: QueuedCall[] = [];
    while (this.running < this.maxInflight && this.messages.length > 0) {
      out.push(this.messages.shift()!);
      this.running++;
    }
    return out;
  }

  /** One running call finished. */
  done(): void {
    this.running = Math.max(0, this.running - 1);
  }
}
