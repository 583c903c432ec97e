import type { OpenFaaSEdition } from './editions.ts';

/** Options of {@link createOpenFaaS}. */
export interface OpenFaaSOptions {
  seed: number;
  /** Default `community`, what `arkade install openfaas-ce` installs. */
  edition?: OpenFaaSEdition;
  nodes?: number;
  /** Handler time per request in ms, for all functions or by function name (default 20). */
  workMs?: number | Record<string, number>;
  /** Requests one replica runs at once without slowing down (default 4). */
  replicaConcurrency?: number;
  /** Engine step between looks at the cluster (default 50 ms): the resolution of readiness changes. */
  tickMs?: number;
  /** The gateway's admin password (default derived from the seed, like the generated basic-auth secret). */
  password?: string;
}

/** The gateway and provider add this much to every answer (lesson simplification: two in-cluster hops). */
export const PROXY_OVERHEAD_MS = 2;
/** The gateway gives up on a held request after its upstream timeout (chart gateway.upstreamTimeout 65s). */
export const GATEWAY_UPSTREAM_TIMEOUT_MS = 65_000;

/** Handler time per request of a function (default 20 ms). */
export function handlerWorkMs(options: Pick<OpenFaaSOptions, 'workMs'>, name: string): number {
  const w = options.workMs;
  return typeof w === 'number' ? w : (w?.[name] ?? 20);
}
