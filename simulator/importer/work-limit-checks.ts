/**
 * The bounds of simulator/model/work-limits.ts applied to one imported object, at the field that asks
 * for too much: replicas over our limit, Pods over the cluster's, and the negative values the API
 * server refuses (spec.replicas, resource requests and limits: "must be greater than or equal to 0",
 * k8s.io/kubernetes pkg/apis/apps/validation and pkg/apis/core/validation).
 */
import type { Json, KubeObject } from '../api-types.ts';
import { WORK_LIMITS } from '../model/work-limits.ts';
import type { SemanticProblem } from './semantic-checks.ts';
import type { FieldPath } from './yaml-locator.ts';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const SCALED_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet']);

/** Pods asked for so far in one apply (shared by the objects of a batch). */
export interface PodTally {
  pods: number;
}

/** The limit problems of one object; `tally` adds up the Pods of the whole apply. */
export function checkWorkLimits(object: KubeObject, tally: PodTally): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const spec = isObject(object.spec) ? object.spec : {};
  if (SCALED_KINDS.has(object.kind) && typeof spec.replicas === 'number') {
    const replicas = spec.replicas;
    const path = ['spec', 'replicas'];
    if (replicas < 0) problems.push(negative(path, replicas));
    else if (replicas > WORK_LIMITS.replicas.ours) problems.push(overLimit(path, replicas, 'replicas'));
    else if ((tally.pods += replicas) > WORK_LIMITS.clusterPods.ours)
      problems.push(overLimit(path, tally.pods, 'clusterPods'));
  }
  if (object.kind === 'Pod') {
    if (++tally.pods > WORK_LIMITS.clusterPods.ours)
      problems.push(overLimit(['metadata', 'name'], tally.pods, 'clusterPods'));
  }
  return problems;
}

function negative(path: FieldPath, value: number | string): SemanticProblem {
  return { code: 'negative-value', path, params: { value: String(value) } };
}

function overLimit(path: FieldPath, value: number, name: 'replicas' | 'clusterPods'): SemanticProblem {
  const limit = WORK_LIMITS[name];
  return {
    code: name === 'replicas' ? 'replicas-over-limit' : 'cluster-pods-over-limit',
    path,
    params: { value, limit: limit.ours, real: limit.kubernetes.en, realEs: limit.kubernetes.es },
  };
}
