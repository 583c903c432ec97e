/**
 * A {@link SandboxPort} that runs the sandbox host in the same thread, for tests and benchmarks in
 * Node (the browser uses a real Worker). Messages are delivered asynchronously, as a Worker would.
 */
import { createSandboxHost } from './sandbox-host.ts';
import type { FromSandbox, SandboxPort, ToSandbox } from './sandbox-messages.ts';

/** Creates an in-process port. `terminate()` only stops delivering messages. */
export function createInProcessPort(): SandboxPort {
  let alive = true;
  const port: SandboxPort = {
    onmessage: null,
    onerror: null,
    postMessage(message: ToSandbox) {
      setTimeout(() => alive && handle(structuredClone(message)), 0);
    },
    terminate() {
      alive = false;
    },
  };
  const handle = createSandboxHost((message: FromSandbox) => {
    setTimeout(() => alive && port.onmessage?.({ data: structuredClone(message) }), 0);
  });
  return port;
}
