/**
 * A service's volumes → PersistentVolumeClaims, Pod volumes and container mounts, as kompose does:
 * named volumes keep their name, host folders and anonymous volumes become `<service>-claim<N>`,
 * claims ask for 100Mi ReadWriteOnce unless `kompose.volume.size` says otherwise, and `tmpfs` becomes
 * a memory-backed emptyDir (kompose's docs/conversion.md and user-guide "Labels").
 */
import type { ComposeVolume, VolumeMount } from './compose-project.ts';
import { kubernetesName } from './kubernetes-name.ts';
import { KOMPOSE_SERVICE_LABEL, objectMeta, type KubernetesManifest } from './kubernetes-manifest.ts';

/** kompose's `PVCRequestSize`. */
export const DEFAULT_CLAIM_SIZE = '100Mi';

/** What a service's volumes turn into. */
export interface ServiceStorage {
  claims: KubernetesManifest[];
  podVolumes: Record<string, unknown>[];
  volumeMounts: { name: string; mountPath: string; readOnly?: boolean }[];
  /** Host-folder mounts and the claim that replaces each (the student should know files are not copied). */
  bindMounts: { mount: VolumeMount; claim: string }[];
}

/** Builds the storage of service `name` (already a Kubernetes name). */
export function buildStorage(
  name: string,
  mounts: readonly VolumeMount[],
  volumes: ReadonlyMap<string, ComposeVolume>,
  serviceVolumeSize: string | undefined,
): ServiceStorage {
  const storage: ServiceStorage = { claims: [], podVolumes: [], volumeMounts: [], bindMounts: [] };
  let claimIndex = 0;
  let tmpfsIndex = 0;
  for (const mount of mounts) {
    if (mount.kind === 'tmpfs') {
      const volume = `${name}-tmpfs${tmpfsIndex++}`;
      storage.podVolumes.push({ name: volume, emptyDir: { medium: 'Memory' } });
      storage.volumeMounts.push({ name: volume, mountPath: mount.target });
      continue;
    }
    const declared = mount.kind === 'named' ? volumes.get(mount.source ?? '') : undefined;
    const claim =
      mount.kind === 'named' ? kubernetesName(mount.source ?? '') : `${name}-claim${claimIndex++}`;
    if (mount.kind === 'bind') storage.bindMounts.push({ mount, claim });
    const size = declared?.labels['kompose.volume.size'] ?? serviceVolumeSize ?? DEFAULT_CLAIM_SIZE;
    storage.claims.push(buildClaim(claim, size, declared?.labels['kompose.volume.selector']));
    if (!storage.podVolumes.some((v) => v.name === claim))
      storage.podVolumes.push({ name: claim, persistentVolumeClaim: { claimName: claim } });
    storage.volumeMounts.push({
      name: claim,
      mountPath: mount.target,
      ...(mount.readOnly ? { readOnly: true } : {}),
    });
  }
  return storage;
}

function buildClaim(name: string, size: string, selector: string | undefined): KubernetesManifest {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: objectMeta(name),
    spec: {
      accessModes: ['ReadWriteOnce'],
      ...(selector ? { selector: { matchLabels: { [KOMPOSE_SERVICE_LABEL]: selector } } } : {}),
      resources: { requests: { storage: size } },
    },
  };
}
