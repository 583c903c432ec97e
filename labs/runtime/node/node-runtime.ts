/**
 * The Node runtime: the function server (server.mjs) in a child process with a heap limit per lab,
 * supervised by ProcessRuntime. The server answers a blocked handler as a real Pod does (504, and 504
 * again for every later request until restart()); as a last resort, a request that gets no answer at all
 * within exec_timeout + a grace period kills and restarts the child.
 */
import type { Diagnostic } from '../../../core/index.ts';
import { nodeLoadDiagnostic } from '../contract/node-load-error.ts';
import type { Limits } from '../contract/types.ts';
import { ProcessRuntime, type ProcessRuntimeOptions } from './process-runtime.ts';
import { spawnServer, type ServerProcess, type SpawnServerOptions } from './server-process.ts';

/** Options of the Node runtime itself (not of one start). */
export type NodeRuntimeOptions = ProcessRuntimeOptions;

/** Runs a handler in a child Node process through server.mjs. */
export class NodeRuntime extends ProcessRuntime {
  declare readonly kind: 'node';

  constructor(options: NodeRuntimeOptions = {}) {
    super(
      {
        kind: 'node',
        label: { es: 'Node.js (proceso local)', en: 'Node.js (local process)' },
        handlerFile: 'handler.js',
        serverFile: 'server.mjs',
        folderPrefix: 'faaslab-',
      },
      options,
    );
  }

  protected spawnServer(
    env: Record<string, string>,
    limits: Limits,
    common: Omit<SpawnServerOptions, 'maxOldSpaceMb' | 'env'>,
  ): Promise<ServerProcess> {
    // The handler's thread gets limits.memoryMb; the watchdog thread needs a little on top.
    return spawnServer({ ...common, env, maxOldSpaceMb: limits.memoryMb + 64 });
  }

  protected loadDiagnostic(stderr: string): Diagnostic {
    return nodeLoadDiagnostic(stderr.replaceAll(`${this.dir}/`, ''));
  }
}
