/** Shared pieces of every API object the simulator serves: times, uids, labels. */

import { isObject } from '../../core/index.ts';
import type { Json } from '../api-types.ts';
import { stableUid } from './stable-ids.ts';
export type { Json } from '../api-types.ts';

/** Is `v` a plain JSON object? */
export const isJson: (v: unknown) => v is Json = isObject;

/** `v` if it is a JSON object, else `{}`: a field read without checking at every step. */
export const obj = (v: unknown): Json => (isJson(v) ? v : {});

/** The JSON objects of `v` if it is an array, else `[]`. */
export const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);

/** An object's metadata, spec and status, each `{}` when absent: what printers and describers read. */
export function partsOf(o: Json): { meta: Json; spec: Json; status: Json } {
  return { meta: obj(o.metadata), spec: obj(o.spec), status: obj(o.status) };
}

/** Maps simulation milliseconds to wall time: `epochMs` is the wall time of simulation time 0. */
export interface TimeBase {
  epochMs: number;
  /** Simulation ms per wall ms (`--speed`); default 1. */
  speed?: number;
}

/** Times already written, by time base (a build of 10,000 Pods writes the same few times over and over). */
const writtenTimes = new WeakMap<TimeBase, Map<number, string>>();

/** RFC 3339 seconds, as the apiserver writes `metav1.Time`. */
export function apiTime(base: TimeBase, simMs: number): string {
  let times = writtenTimes.get(base);
  if (!times) writtenTimes.set(base, (times = new Map()));
  let text = times.get(simMs);
  if (text === undefined) {
    text = new Date(base.epochMs + simMs / (base.speed ?? 1)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    // A base lives as long as one build of the objects; this bounds it for a long-lived one.
    if (times.size >= 4096) times.clear();
    times.set(simMs, text);
  }
  return text;
}

export { fnv1a, stableHex, stableUid } from './stable-ids.ts';

/** Drops undefined fields (and empty objects marked by the builders) so YAML and JSON stay clean. */
export function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The labels and annotations of the manifest the student wrote, as {@link objectMeta} takes them. */
export function labelsAndAnnotations(
  manifest:
    { metadata: { labels?: Record<string, string>; annotations?: Record<string, string> } } | undefined,
): Pick<MetaFields, 'labels' | 'annotations'> {
  return { labels: manifest?.metadata.labels, annotations: manifest?.metadata.annotations };
}

/** What names an object and dates it: the fields that seed its uid. */
export interface ObjectIdentity {
  namespace?: string | null;
  name: string;
  createdAtMs: number;
}

/** A view's {@link ObjectIdentity}, picked so that none of its other fields reach the metadata. */
export const identityOf = (view: ObjectIdentity): ObjectIdentity => ({
  namespace: view.namespace,
  name: view.name,
  createdAtMs: view.createdAtMs,
});

/** The metadata fields {@link objectMeta} reads. */
export interface MetaFields extends ObjectIdentity {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Json[];
  generateName?: string;
  deletionMs?: number | null;
}

/**
 * The fields an API object opens with: its type (`apiVersion`, `kind`) and its metadata, whose uid the same
 * kind seeds.
 */
export function objectHead(
  base: TimeBase,
  apiVersion: string,
  kind: string,
  meta: MetaFields,
): { apiVersion: string; kind: string; metadata: Json } {
  return { apiVersion, kind, metadata: objectMeta(base, kind, meta) };
}

/** The common metadata of an object. */
export function objectMeta(base: TimeBase, kind: string, o: MetaFields): Json {
  const labels = o.labels && Object.keys(o.labels).length ? o.labels : undefined;
  const annotations = o.annotations && Object.keys(o.annotations).length ? o.annotations : undefined;
  return {
    annotations,
    creationTimestamp: apiTime(base, o.createdAtMs),
    ...(o.deletionMs != null
      ? { deletionGracePeriodSeconds: 30, deletionTimestamp: apiTime(base, o.deletionMs) }
      : {}),
    generateName: o.generateName,
    labels,
    name: o.name,
    namespace: o.namespace ?? undefined,
    ownerReferences: o.ownerReferences,
    resourceVersion: '0',
    uid: stableUid(kind, o.namespace ?? null, o.name, o.createdAtMs),
  };
}

/** An ownerReference to a controller. */
export function controllerRef(apiVersion: string, kind: string, name: string, uid: string): Json {
  return { apiVersion, blockOwnerDeletion: true, controller: true, kind, name, uid };
}
