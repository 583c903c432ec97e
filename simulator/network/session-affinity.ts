import { hashIndex } from '../model/prng.ts';
import type { RouteContext } from './route-context.ts';
import type { EndpointTarget, ServicePortEntry } from './routing-table.ts';

/**
 * The endpoint kube-proxy picks for a new connection: uniform among `list` (iptables' `statistic --mode
 * random` chain), or, with `sessionAffinity: ClientIP`, the client's previous endpoint until the timeout
 * (iptables' `recent` module).
 */
export function pickTarget(
  ctx: RouteContext,
  entry: ServicePortEntry,
  list: EndpointTarget[],
  clientIP: string,
): EndpointTarget {
  if (entry.service.sessionAffinity !== 'ClientIP')
    return list[list.length === 1 ? 0 : hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
  const key = `${entry.serviceKey}#${entry.portIndex}|${clientIP}`;
  const held = ctx.affinity.get(key);
  const kept = held && held[1] > ctx.nowMs ? list.find((t) => t.podKey === held[0]) : undefined;
  const target = kept ?? list[hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
  ctx.affinity.set(key, [target.podKey, ctx.nowMs + entry.service.affinityTimeoutMs]);
  return target;
}
