import type { SimEvent } from '../api-types.ts';
import { type ObjectContext, podViewNamed, uidOf } from './object-context.ts';
import { apiTime, type Json, objectMeta, stableHex } from './object-meta.ts';
import { resourceForKind } from './resource-table.ts';

/** Which component reports an event reason (the `From` column of describe, SOURCE of get events -o wide). */
const REASON_SOURCE: Record<string, string> = {
  Scheduled: 'default-scheduler',
  FailedScheduling: 'default-scheduler',
  ScalingReplicaSet: 'deployment-controller',
  SuccessfulCreate: 'replicaset-controller',
  SuccessfulDelete: 'replicaset-controller',
  NodeNotReady: 'node-controller',
  TaintManagerEviction: 'taint-eviction-controller',
  EnsuringLoadBalancer: 'service-controller',
  AppliedDaemonSet: 'service-lb-controller',
};

/** Reasons the kubelet reports (source carries the node name as host). */
const KUBELET_REASONS = new Set([
  'Pulling',
  'Pulled',
  'Created',
  'Started',
  'Killing',
  'BackOff',
  'Failed',
  'Unhealthy',
  'NodeReady',
]);

/**
 * Events as the Event API holds them: repeats of the same reason and message on the same object are one
 * Event with `count`, `firstTimestamp` and `lastTimestamp` (client-go's EventCorrelator aggregation).
 */
export function eventObjects(ctx: ObjectContext): Json[] {
  const groups = new Map<string, { first: SimEvent; last: SimEvent; count: number }>();
  for (const e of ctx.snapshot.events) {
    const key = `${e.object}|${e.type}|${e.reason}|${e.message.en}`;
    const g = groups.get(key);
    if (g) {
      g.last = e;
      g.count++;
    } else groups.set(key, { first: e, last: e, count: 1 });
  }
  const out: Json[] = [];
  for (const { first, last, count } of groups.values()) {
    const [kind = '', a = '', b] = first.object.split('/');
    const namespace = b === undefined ? null : a;
    const name = b ?? a;
    const resource = resourceForKind(kind);
    const pod = kind === 'Pod' ? podViewNamed(ctx, namespace, name) : undefined;
    const host = KUBELET_REASONS.has(first.reason)
      ? (pod?.nodeName ?? (kind === 'Node' ? name : undefined))
      : undefined;
    const component = REASON_SOURCE[first.reason] ?? (KUBELET_REASONS.has(first.reason) ? 'kubelet' : 'k3s');
    const eventName = `${name}.${stableHex(`${first.object}|${first.reason}|${first.message.en}|${first.timeMs}`, 16)}`;
    out.push({
      apiVersion: 'v1',
      count,
      eventTime: null,
      firstTimestamp: apiTime(ctx, first.timeMs),
      involvedObject: {
        apiVersion: resource
          ? resource.group
            ? `${resource.group}/${resource.version}`
            : resource.version
          : 'v1',
        kind,
        name,
        namespace: namespace ?? undefined,
        uid: uidOf(ctx, kind, namespace, name),
      },
      kind: 'Event',
      lastTimestamp: apiTime(ctx, last.timeMs),
      message: last.message.en,
      metadata: objectMeta(ctx, 'Event', {
        namespace: namespace ?? 'default',
        name: eventName,
        createdAtMs: first.timeMs,
      }),
      reason: first.reason,
      reportingComponent: component,
      reportingInstance: host ?? '',
      source: { component, host },
      type: first.type,
    });
  }
  return out;
}
