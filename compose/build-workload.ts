/**
 * A Compose service → its container and the workload that runs it: an apps/v1 Deployment (kompose's
 * default), or a bare Pod when `restart` is `no` or `on-failure` (kompose user-guide "Restart Policy").
 */
import type { ComposeService } from './compose-project.ts';
import { KOMPOSE_SERVICE_LABEL, objectMeta, type KubernetesManifest } from './kubernetes-manifest.ts';
import { kubernetesName } from './kubernetes-name.ts';
import type { ServiceStorage } from './build-storage.ts';

/** What the workload needs beyond the Compose service itself. */
export interface WorkloadInputs {
  /** The Kubernetes name of the service. */
  name: string;
  image: string;
  annotations: Record<string, string>;
  storage: ServiceStorage;
  /** ConfigMaps to load with `envFrom`. */
  envFromConfigMaps: string[];
}

/** The container: `command:` → args, `entrypoint:` → command, env sorted by name like kompose. */
export function buildContainer(service: ComposeService, inputs: WorkloadInputs): Record<string, unknown> {
  const env = [...service.environment].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const ports = service.ports
    .concat(service.expose)
    .filter(
      (p, i, all) =>
        all.findIndex((o) => o.containerPort === p.containerPort && o.protocol === p.protocol) === i,
    )
    .map((p) => ({ containerPort: p.containerPort, protocol: p.protocol }));
  const resources = {
    ...(Object.keys(service.limits).length > 0 ? { limits: service.limits } : {}),
    ...(Object.keys(service.requests).length > 0 ? { requests: service.requests } : {}),
  };
  return {
    name: kubernetesName(service.containerName ?? service.name),
    image: inputs.image,
    ...(service.entrypoint ? { command: service.entrypoint } : {}),
    ...(service.workingDir ? { workingDir: service.workingDir } : {}),
    ...(service.command ? { args: service.command } : {}),
    ...(env.length > 0 ? { env } : {}),
    ...(inputs.envFromConfigMaps.length > 0
      ? { envFrom: inputs.envFromConfigMaps.map((name) => ({ configMapRef: { name } })) }
      : {}),
    ...(ports.length > 0 ? { ports } : {}),
    ...(Object.keys(resources).length > 0 ? { resources } : {}),
    ...(inputs.storage.volumeMounts.length > 0 ? { volumeMounts: inputs.storage.volumeMounts } : {}),
  };
}

/** The Pod restart policy a Compose `restart:` value asks for. */
export function restartPolicyOf(service: ComposeService): 'Always' | 'Never' | 'OnFailure' {
  return service.restart === 'no' ? 'Never' : service.restart === 'on-failure' ? 'OnFailure' : 'Always';
}

/** The Deployment (or bare Pod) of the service. */
export function buildWorkload(service: ComposeService, inputs: WorkloadInputs): KubernetesManifest {
  const { name, annotations, storage } = inputs;
  const restartPolicy = restartPolicyOf(service);
  const podSpec = {
    containers: [buildContainer(service, inputs)],
    restartPolicy,
    ...(storage.podVolumes.length > 0 ? { volumes: storage.podVolumes } : {}),
  };
  if (restartPolicy !== 'Always')
    return { apiVersion: 'v1', kind: 'Pod', metadata: objectMeta(name, annotations), spec: podSpec };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: objectMeta(name, annotations),
    spec: {
      replicas: service.replicas ?? 1,
      selector: { matchLabels: { [KOMPOSE_SERVICE_LABEL]: name } },
      // A ReadWriteOnce claim cannot be mounted by the old and the new Pod at once, so kompose recreates.
      ...(storage.claims.length > 0 ? { strategy: { type: 'Recreate' } } : {}),
      template: { metadata: templateMeta(name, annotations), spec: podSpec },
    },
  };
}

/** A Pod template's metadata has labels (and annotations) but no name: its Pods get generated names. */
function templateMeta(
  name: string,
  annotations: Record<string, string>,
): Omit<ReturnType<typeof objectMeta>, 'name'> {
  const { name: _unused, ...meta } = objectMeta(name, annotations);
  return meta;
}
