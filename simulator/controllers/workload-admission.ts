import type { Json, KubeObject } from '../api-types.ts';
import { objectKey, type PodState } from '../model/cluster-state.ts';
import { selectorMatches } from '../network/service-endpoints.ts';
import { templateHash } from '../model/names.ts';
import type { ControlPlane } from './control-plane.ts';
import { stringMap, type KindAdmission } from './kind-admission.ts';
import { newPodState, podSpecModel } from './pod-factory.ts';
import { isObject } from '../../core/index.ts';

/** Namespace: stored by name; k3s's own are marked system. */
export const namespaceAdmission: KindAdmission = {
  store: ({ cp, system }, o) =>
    void cp.state.namespaces.set(o.metadata.name, { manifest: system ? null : o, system }),
};

/**
 * A Pod: once it exists only its labels, annotations and container images may change (Pod updates are
 * otherwise refused). A ReplicaSet's Pod relabelled out of its selector is released (the controller's
 * ClaimPods, pkg/controller/controller_ref_manager.go): an orphan from then on, and the ReplicaSet makes
 * a replacement. (The reverse, adopting an orphan that matches, is not simulated.)
 */
export const podAdmission: KindAdmission = {
  check: ({ cp, report }, item, key) => {
    const existing = cp.state.pods.get(key);
    if (
      existing?.manifest &&
      JSON.stringify(stripImages(existing.manifest.spec)) !== JSON.stringify(stripImages(item.object.spec))
    )
      report(item, 'immutable-field', ['spec'], {
        field: 'spec (Pod updates may not change fields other than images)',
      });
  },
  store: ({ cp }, o, key, uid, spec) => {
    const existing = cp.state.pods.get(key);
    if (!existing) return cp.pods.add(newBarePod(cp, o, uid));
    // A controller's Pod keeps no manifest: what came back is its live copy, defaults and all (the
    // simplification: an annotation written on it is not kept).
    if (existing.manifest) existing.manifest = o;
    // Replaced, never edited: a ReplicaSet's Pods share one frozen labels object.
    existing.labels = Object.freeze({ ...(o.metadata.labels ?? {}) }) as PodState['labels'];
    const rs =
      existing.owner?.kind === 'ReplicaSet'
        ? cp.state.replicaSets.get(objectKey(existing.namespace, existing.owner.name))
        : undefined;
    if (rs && !selectorMatches(rs.selector, existing.labels)) cp.pods.release(existing);
    existing.spec = {
      ...existing.spec,
      containers: podSpecModel(spec, o.metadata.annotations ?? {}).containers,
    };
  },
};

/** Deployment: its selector is immutable (apps/v1); the controller does the rest. */
export const deploymentAdmission: KindAdmission = {
  check: ({ cp, report }, item, key, spec) => {
    const existing = cp.state.deployments.get(key);
    const selector = isObject(spec.selector) ? stringMap(spec.selector.matchLabels) : {};
    if (existing && JSON.stringify(existing.selector) !== JSON.stringify(selector))
      report(item, 'immutable-field', ['spec', 'selector'], { field: 'spec.selector' });
  },
  store: ({ cp, system }, o, key, uid, spec) => {
    const strategy = isObject(spec.strategy) ? spec.strategy : {};
    const rolling = isObject(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
    const existing = cp.state.deployments.get(key);
    cp.state.deployments.set(key, {
      namespace: o.metadata.namespace ?? '',
      name: o.metadata.name,
      uid: existing?.uid ?? uid,
      replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
      selector: isObject(spec.selector) ? stringMap(spec.selector.matchLabels) : {},
      template: podTemplate(spec.template),
      strategy: {
        type: strategy.type === 'Recreate' ? 'Recreate' : 'RollingUpdate',
        maxSurge: (rolling.maxSurge as number | string | undefined) ?? '25%',
        maxUnavailable: (rolling.maxUnavailable as number | string | undefined) ?? '25%',
      },
      revisionHistoryLimit: typeof spec.revisionHistoryLimit === 'number' ? spec.revisionHistoryLimit : 10,
      manifest: o,
      system,
      createdAtMs: existing?.createdAtMs ?? cp.engine.nowMs,
    });
  },
};

/** A ReplicaSet the student wrote (no owner): its template hash is computed as the controller would. */
export const replicaSetAdmission: KindAdmission = {
  store: ({ cp }, o, key, uid, spec) => {
    const template = podTemplate(spec.template);
    const existing = cp.state.replicaSets.get(key);
    cp.state.replicaSets.set(key, {
      namespace: o.metadata.namespace ?? '',
      name: o.metadata.name,
      uid: existing?.uid ?? uid,
      owner: null,
      replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
      selector: isObject(spec.selector) ? stringMap(spec.selector.matchLabels) : {},
      template,
      templateHash: templateHash(template),
      revision: 0,
      manifest: o,
      createdAtMs: existing?.createdAtMs ?? cp.engine.nowMs,
    });
  },
};

function stripImages(spec: unknown): unknown {
  if (!isObject(spec) || !Array.isArray(spec.containers)) return spec;
  return {
    ...spec,
    containers: spec.containers.map((c: unknown) => (isObject(c) ? { ...c, image: undefined } : c)),
  };
}

function podTemplate(raw: unknown): {
  metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  spec: Json;
} {
  const t = isObject(raw) ? raw : {};
  const metadata = isObject(t.metadata) ? t.metadata : {};
  return {
    metadata: { labels: stringMap(metadata.labels), annotations: stringMap(metadata.annotations) },
    spec: isObject(t.spec) ? t.spec : {},
  };
}

function newBarePod(cp: ControlPlane, o: KubeObject, uid: number): PodState {
  const spec = isObject(o.spec) ? o.spec : {};
  return newPodState(
    {
      uid,
      namespace: o.metadata.namespace ?? 'default',
      name: o.metadata.name,
      labels: { ...(o.metadata.labels ?? {}) },
      spec: podSpecModel(spec, o.metadata.annotations ?? {}),
      owner: null,
      manifest: o,
      templateHash: null,
    },
    cp.engine.nowMs,
  );
}
