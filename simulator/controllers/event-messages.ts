import type { SimEvent } from '../api-types.ts';
import type { Bilingual } from '../../core/index.ts';

/** Parameters interpolated into an event message. */
export type EventParams = Record<string, string | number>;

interface EventEntry {
  type: SimEvent['type'];
  /** The Event's `reason`, as kubectl prints it. */
  reason: string;
  /** The component that reports it (Event `source.component`). */
  source: string;
  /** English is the component's own text, verbatim; Spanish explains it. */
  message: (p: EventParams) => Bilingual;
}

/** One row: the Event's type, reason and reporting component, and its message in both languages. */
function event(
  type: SimEvent['type'],
  reason: string,
  source: string,
  message: (p: EventParams) => Bilingual,
): EventEntry {
  return { type, reason, source, message };
}

/**
 * Every Event the simulated control plane records, by key, in Spanish and English (like the importer's
 * diagnostic-messages.ts). English texts are what the real components print: kubelet
 * pkg/kubelet/images/image_manager.go (Pulling, Failed, BackOff, ErrImagePull/ImagePullBackOff),
 * pkg/kubelet/kuberuntime/kuberuntime_container.go (Created, Started, Killing) and kuberuntime_manager.go
 * doBackOff (Back-off restarting failed container); the scheduler's schedule_one.go; the ReplicaSet
 * controller's replica_set.go; the Deployment controller's sync.go; the node lifecycle controller.
 */
export const EVENT_MESSAGES = {
  scheduled: event('Normal', 'Scheduled', 'default-scheduler', (p) => ({
    es: `Asignado ${p.pod} al nodo ${p.node}`,
    en: `Successfully assigned ${p.pod} to ${p.node}`,
  })),
  'failed-scheduling': event('Warning', 'FailedScheduling', 'default-scheduler', (p) => ({
    es: String(p.message),
    en: String(p.message),
  })),
  pulling: event('Normal', 'Pulling', 'kubelet', (p) => ({
    es: `Descargando la imagen "${p.image}"`,
    en: `Pulling image "${p.image}"`,
  })),
  pulled: event('Normal', 'Pulled', 'kubelet', (p) => ({
    es: `Imagen "${p.image}" descargada en ${p.seconds}s`,
    en: `Successfully pulled image "${p.image}" in ${p.seconds}s (${p.seconds}s including waiting)`,
  })),
  'image-present': event('Normal', 'Pulled', 'kubelet', (p) => ({
    es: `La imagen "${p.image}" ya está en el nodo`,
    en: `Container image "${p.image}" already present on machine`,
  })),
  'pull-failed': event('Warning', 'Failed', 'kubelet', (p) => ({
    es: `No se pudo descargar la imagen "${p.image}": ${p.error}`,
    en: `Failed to pull image "${p.image}": ${p.error}`,
  })),
  'err-image-pull': event('Warning', 'Failed', 'kubelet', () => ({
    es: 'Error: ErrImagePull',
    en: 'Error: ErrImagePull',
  })),
  'pull-back-off': event('Normal', 'BackOff', 'kubelet', (p) => ({
    es: `Esperando (back-off) antes de volver a descargar la imagen "${p.image}"`,
    en: `Back-off pulling image "${p.image}"`,
  })),
  'image-pull-back-off': event('Warning', 'Failed', 'kubelet', () => ({
    es: 'Error: ImagePullBackOff',
    en: 'Error: ImagePullBackOff',
  })),
  'inspect-failed': event('Warning', 'InspectFailed', 'kubelet', (p) => ({
    es: `Nombre de imagen no válido "${p.image}": ${p.error}`,
    en: `Failed to apply default image tag "${p.image}": ${p.error}`,
  })),
  'invalid-image-name': event('Warning', 'Failed', 'kubelet', () => ({
    es: 'Error: InvalidImageName',
    en: 'Error: InvalidImageName',
  })),
  created: event('Normal', 'Created', 'kubelet', (p) => ({
    es: `Contenedor creado: ${p.container}`,
    en: `Created container: ${p.container}`,
  })),
  started: event('Normal', 'Started', 'kubelet', (p) => ({
    es: `Contenedor ${p.container} iniciado`,
    en: `Started container ${p.container}`,
  })),
  'back-off-restart': event('Warning', 'BackOff', 'kubelet', (p) => ({
    es: `Esperando (back-off) antes de reiniciar el contenedor ${p.container}, que falló, en el pod ${p.pod}`,
    en: `Back-off restarting failed container ${p.container} in pod ${p.pod}`,
  })),
  killing: event('Normal', 'Killing', 'kubelet', (p) => ({
    es: `Deteniendo el contenedor ${p.container}`,
    en: `Stopping container ${p.container}`,
  })),
  'replica-created': event('Normal', 'SuccessfulCreate', 'replicaset-controller', (p) => ({
    es: `Pod creado: ${p.pod}`,
    en: `Created pod: ${p.pod}`,
  })),
  'replica-deleted': event('Normal', 'SuccessfulDelete', 'replicaset-controller', (p) => ({
    es: `Pod eliminado: ${p.pod}`,
    en: `Deleted pod: ${p.pod}`,
  })),
  'scaled-up': event('Normal', 'ScalingReplicaSet', 'deployment-controller', (p) => ({
    es: `Escalado hacia arriba el replica set ${p.rs} de ${p.from} a ${p.to}`,
    en: `Scaled up replica set ${p.rs} from ${p.from} to ${p.to}`,
  })),
  'scaled-down': event('Normal', 'ScalingReplicaSet', 'deployment-controller', (p) => ({
    es: `Escalado hacia abajo el replica set ${p.rs} de ${p.from} a ${p.to}`,
    en: `Scaled down replica set ${p.rs} from ${p.from} to ${p.to}`,
  })),
  'sandbox-failed': event('Warning', 'FailedCreatePodSandBox', 'kubelet', (p) => ({
    es: `No se pudo crear el sandbox del Pod: el nodo ${p.node} no tiene podCIDR, así que flannel no tiene subred (open /run/flannel/subnet.env: no such file or directory)`,
    en: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: plugin type="flannel" failed (add): loadFlannelSubnetEnv failed: open /run/flannel/subnet.env: no such file or directory`,
  })),
  'cidr-not-available': event('Normal', 'CIDRNotAvailable', 'cidrAllocator', (p) => ({
    es: `El nodo ${p.node} pasa a CIDRNotAvailable: no quedan bloques /24 en el cluster CIDR ${p.cidr}`,
    en: `Node ${p.node} status is now: CIDRNotAvailable`,
  })),
  'node-not-ready': event('Normal', 'NodeNotReady', 'node-controller', (p) => ({
    es: `El nodo ${p.node} pasa a NotReady`,
    en: `Node ${p.node} status is now: NodeNotReady`,
  })),
  'node-ready': event('Normal', 'NodeReady', 'kubelet', (p) => ({
    es: `El nodo ${p.node} vuelve a Ready`,
    en: `Node ${p.node} status is now: NodeReady`,
  })),
  'taint-eviction': event('Normal', 'TaintManagerEviction', 'taint-eviction-controller', (p) => ({
    es: `Marcando el Pod ${p.pod} para borrarlo`,
    en: `Marking for deletion Pod ${p.pod}`,
  })),
} satisfies Record<string, EventEntry>;

/** A key of {@link EVENT_MESSAGES}. */
export type EventKey = keyof typeof EVENT_MESSAGES;
