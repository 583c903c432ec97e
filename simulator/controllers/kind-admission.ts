import type { KubeObject } from '../api-types.ts';
import type { MessageParams } from '../importer/diagnostic-messages.ts';
import type { ImportedObject } from '../importer/import-manifests.ts';
import type { FieldPath } from '../importer/yaml-locator.ts';
import type { ClusterIPAllocator } from '../network/cluster-ip-allocator.ts';
import type { NodePortAllocator } from '../network/node-port-allocator.ts';
import type { ControlPlane } from './control-plane.ts';
import { isObject } from '../../core/index.ts';

/** The allocators admission uses. */
export interface Allocators {
  clusterIPs: ClusterIPAllocator;
  nodePorts: NodePortAllocator;
}

/** Reports a problem at a field of an object of the batch. */
export type AdmissionReport = (
  item: ImportedObject,
  code: string,
  path: FieldPath,
  params: MessageParams,
) => void;

/** What a kind's admission check sees: the cluster, the allocators and what the batch already claimed. */
export interface AdmissionCheck {
  cp: ControlPlane;
  allocators: Allocators;
  report: AdmissionReport;
  /** NodePorts claimed by earlier Services of the same apply, with the Service that claimed each. */
  batchNodePorts: Map<number, string>;
}

/** What a kind's store step sees. */
export interface AdmissionStore {
  cp: ControlPlane;
  allocators: Allocators;
  /** Objects k3s installs itself (add-ons): kept out of what the student wrote. */
  system: boolean;
}

/**
 * One row of the per-kind admission table: how the API server checks an object of this kind against
 * the cluster (immutable fields, allocations) and how it is stored. Adding a kind is adding a row.
 */
export interface KindAdmission {
  /** Reports what makes the object unacceptable to the cluster as it is (namespaced kinds only). */
  check?: (ctx: AdmissionCheck, item: ImportedObject, key: string, spec: Record<string, unknown>) => void;
  /** Creates or updates the object's state; `key` is `namespace/name`, `uid` the next free uid. */
  store: (
    ctx: AdmissionStore,
    o: KubeObject,
    key: string,
    uid: number,
    spec: Record<string, unknown>,
  ) => void;
}

/** A labels/annotations/selector map as written (anything else reads as empty). */
export function stringMap(v: unknown): Record<string, string> {
  return isObject(v) ? (v as Record<string, string>) : {};
}
