/**
 * A Pod's defaulted spec ({@link defaultedSpec}) made from a copy shared by every Pod of its template: of the
 * Pod, the spec holds only its node and its kube-api-access volume's name (the last volume, and each
 * container's last mount). The 5,000-node scenario's 10,000 Pods copied some twenty spec objects each,
 * alike for a template, into the stored objects; now each holds the eight that name it and shares the rest
 * (read-only, as every served object is).
 */
import type { PodState } from '../model/cluster-state.ts';
import { jsonClone, keepAsCopied } from './json-clone.ts';
import type { ObjectContext } from './object-context.ts';
import type { Json } from './object-meta.ts';
import { defaultedSpec, tokenVolume } from './pod-spec-defaults.ts';

/** The template's copy: the defaulted spec of a Pod with these stand-in name and node, copied as JSON. */
const STAND_IN: Pick<PodState, 'name' | 'nodeName'> = { name: 'stand-in', nodeName: 'stand-in' };

/** Copies by written spec, per build (the state does not change during one). */
const copies = new WeakMap<ObjectContext, Map<Json, Json>>();

/** An array with its last item replaced. */
const withLast = (items: unknown, last: Json): Json[] => [...(items as Json[]).slice(0, -1), last];

/**
 * `jsonClone(defaultedSpec(ctx, written, pod))`, built from the template's copy: clean (no undefined
 * fields) and apart from the simulation's state, so the API view stores it without copying it again.
 */
export function podSpecCopy(ctx: ObjectContext, written: Json, pod: PodState): Json {
  let made = copies.get(ctx);
  if (!made) copies.set(ctx, (made = new Map()));
  let template = made.get(written);
  if (!template) made.set(written, (template = jsonClone(defaultedSpec(ctx, written, STAND_IN))));
  const volume = tokenVolume(pod.name);
  const containers = (template.containers as Json[]).map((c) => ({
    ...c,
    volumeMounts: withLast(c.volumeMounts, { ...(c.volumeMounts as Json[]).at(-1)!, name: volume }),
  }));
  const volumes = withLast(template.volumes, { ...(template.volumes as Json[]).at(-1)!, name: volume });
  // defaultedSpec writes `pod.nodeName ?? undefined`: JSON leaves an unbound Pod's out. A bound one's spec
  // is the template's with its own fields put in their places (a spread keeps the keys' order).
  if (pod.nodeName !== null && pod.nodeName !== undefined)
    return keepAsCopied({ ...template, containers, nodeName: pod.nodeName, volumes });
  const out: Json = {};
  for (const k in template)
    if (k !== 'nodeName') out[k] = k === 'containers' ? containers : k === 'volumes' ? volumes : template[k];
  return keepAsCopied(out);
}
