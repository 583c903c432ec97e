import type { IngressMode, NodeSpec } from '../api-types.ts';
import { WORK_LIMITS } from '../model/work-limits.ts';

/** Operations one share link may replay. */
export const MAX_LINK_OPERATIONS = 2_000;

/** One recorded operation, as a compact tuple (the first letter names it). */
export type Operation =
  | ['a', string, string]
  | ['d', string, string, string]
  // A delete with DeleteOptions.gracePeriodSeconds (0: forced); recordings without it replay as before.
  | ['d', string, string, string, number]
  | ['s', string, string, number]
  | ['i', string, string, string, string]
  | ['r', string, string, number]
  | ['k', string, string]
  | ['g', string, string[]]
  | ['f', string]
  | ['v', string]
  | ['c', string]
  | ['u', string]
  | ['n', string, boolean]
  | ['m', IngressMode]
  | ['t', number];

/** Everything needed to replay a simulation. */
export interface Recording {
  v: 1;
  seed: number;
  nodes: number | NodeSpec[];
  mode: IngressMode;
  clock: { startMs?: number; speedup?: number };
  traefik?: { strictPrefixMatching?: boolean };
  /** Images added at creation (SimulationOptions.images). */
  images?: Array<{ image: string; platforms?: string[] }>;
  /** The cluster CIDR when not k3s's default (SimulationOptions.clusterCidr). */
  clusterCidr?: string;
  ops: Operation[];
  /** Requests routed so far (each one's endpoint choice depends on its number). */
  requests: number;
  affinity: Array<[string, [string, number]]>;
}

/** Encodes a recording as URL-safe base64 of its UTF-8 JSON. */
export function encodeRecording(recording: Recording): string {
  const bytes = new TextEncoder().encode(JSON.stringify(recording));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes `encodeRecording` output; throws a TypeError for anything else. */
export function decodeRecording(encoded: string): Recording {
  let parsed: unknown;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new TypeError('Not a FaaS Lab simulation link', { cause: error });
  }
  const r = parsed as Partial<Recording>;
  if (r.v !== 1 || typeof r.seed !== 'number' || !Array.isArray(r.ops))
    throw new TypeError('Not a FaaS Lab simulation link (unknown version)');
  // A link is input like any other: bounded before any work starts (simulator/model/work-limits.ts).
  const nodeCount = Array.isArray(r.nodes) ? r.nodes.length : (r.nodes ?? 3);
  if (typeof nodeCount !== 'number' || !(nodeCount <= WORK_LIMITS.nodes.ours))
    throw new TypeError(`A simulation link may have at most ${WORK_LIMITS.nodes.ours} nodes`);
  if (r.ops.length > MAX_LINK_OPERATIONS)
    throw new TypeError(`A simulation link may hold at most ${MAX_LINK_OPERATIONS} operations`);
  return {
    v: 1,
    seed: r.seed,
    nodes: r.nodes ?? 3,
    mode: r.mode ?? 'traefik',
    clock: r.clock ?? {},
    ...(r.traefik ? { traefik: r.traefik } : {}),
    ...(r.images ? { images: r.images } : {}),
    ...(typeof r.clusterCidr === 'string' ? { clusterCidr: r.clusterCidr } : {}),
    ops: r.ops,
    requests: r.requests ?? 0,
    affinity: r.affinity ?? [],
  };
}
