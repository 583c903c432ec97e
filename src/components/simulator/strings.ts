/**
 * Every word the cluster simulator island shows, in Spanish and English. Both objects have the same
 * type, so a missing translation fails the typecheck.
 */
import type { HopKind } from '../../../simulator/index.ts';

/** The island's strings; `{name}` placeholders are filled by `fill`. */
export interface SimulatorStrings {
  region: string;
  loading: string;
  noScript: string;
  loadFailed: string;
  manifests: string;
  topologyTitle: string;
  pending: string;
  nodeNotReady: string;
  nodeCordoned: string;
  dropped: string;
  tones: { ready: string; starting: string; 'not-ready': string; failing: string; terminating: string };
  legend: string;
  clock: string;
  play: string;
  pause: string;
  step: string;
  speed: string;
  time: string;
  paused: string;
  running: string;
  zoomIn: string;
  zoomOut: string;
  zoomReset: string;
  request: string;
  preset: string;
  custom: string;
  url: string;
  from: string;
  fromOutside: string;
  send: string;
  badUrl: string;
  operations: string;
  deployment: string;
  replicas: string;
  scale: string;
  pod: string;
  killPod: string;
  node: string;
  failNode: string;
  recoverNode: string;
  cordon: string;
  uncordon: string;
  drain: string;
  container: string;
  image: string;
  setImage: string;
  ingressMode: string;
  modeTraefik: string;
  modeConformant: string;
  done: string;
  none: string;
  explanation: string;
  explanationEmpty: string;
  hopKinds: Record<HopKind, string>;
  hopAnnounce: string;
  answered: string;
  noAnswer: string;
  yaml: string;
  yamlLabel: string;
  apply: string;
  applied: string;
  applyErrors: string;
  migrate: string;
  exportYaml: string;
  copy: string;
  copied: string;
  download: string;
  kubectl: string;
  kubectlLabel: string;
  kubectlHelp: string;
  run: string;
  steps: string;
  stepDone: string;
  stepTodo: string;
  hint: string;
  allDone: string;
  restoreFailed: string;
  share: string;
  /** Manifests from another island (the Compose converter) were applied: {file}, {n} objects. */
  manifestsLoaded: string;
  /** …and were refused: {file}, {n} errors. */
  manifestsRefused: string;
  reset: string;
  /** The control tabs beside the drawing. */
  controls: string;
  tabSend: string;
  tabOperations: string;
  tabSteps: string;
  /** Drawn on the diagram while the clock is paused. */
  pausedBanner: string;
  /** After an operation while the clock is paused. */
  pausedAfterOperation: string;
  /** The compact step bar: {n} of {total}. */
  stepOf: string;
  showSteps: string;
  focusEnter: string;
  focusLeave: string;
}

/** Spanish (the course's first language). */
export const es: SimulatorStrings = {
  region: 'Simulador de clúster',
  loading: 'Cargando el simulador…',
  noScript: 'El simulador necesita JavaScript. Estos son los manifiestos del escenario:',
  loadFailed: 'No se pudo cargar el simulador.',
  manifests: 'Manifiestos',
  topologyTitle: 'Topología del clúster: nodos con sus Pods, Services y puntos de entrada',
  pending: 'Pods sin nodo (Pending)',
  nodeNotReady: 'NotReady',
  nodeCordoned: 'cordon',
  dropped: 'descartada',
  tones: {
    ready: 'listo',
    starting: 'arrancando',
    'not-ready': 'no listo',
    failing: 'fallando',
    terminating: 'terminando',
  },
  legend: 'Leyenda',
  clock: 'Reloj',
  play: 'Reproducir',
  pause: 'Pausa',
  step: 'Paso (+1 s)',
  speed: 'Velocidad',
  time: 'Tiempo',
  paused: 'en pausa',
  running: 'en marcha',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  zoomReset: 'Encajar',
  request: 'Enviar una petición',
  preset: 'Destino',
  custom: 'URL propia',
  url: 'URL',
  from: 'Origen',
  fromOutside: 'Cliente externo (203.0.113.10)',
  send: 'Enviar',
  badUrl: 'La URL no es válida: escribe algo como http://192.168.1.11:30036/',
  operations: 'Operaciones',
  deployment: 'Deployment',
  replicas: 'Réplicas',
  scale: 'Escalar',
  pod: 'Pod',
  killPod: 'Matar Pod',
  node: 'Nodo',
  failNode: 'Hacer caer',
  recoverNode: 'Recuperar',
  cordon: 'Cordon',
  uncordon: 'Uncordon',
  drain: 'Drain',
  container: 'Contenedor',
  image: 'Imagen',
  setImage: 'Cambiar imagen',
  ingressMode: 'Modo del Ingress',
  modeTraefik: 'Traefik de k3s (por defecto)',
  modeConformant: 'Conforme a la especificación',
  done: 'Hecho.',
  none: '(ninguno)',
  explanation: 'Recorrido de la petición',
  explanationEmpty: 'Envía una petición para ver, salto a salto, qué decide cada componente.',
  hopKinds: {
    client: 'Cliente',
    dns: 'DNS',
    'node-port': 'NodePort',
    'load-balancer': 'Balanceador (ServiceLB)',
    'kube-proxy': 'kube-proxy',
    'ingress-controller': 'Controlador Ingress',
    'ingress-rule': 'Regla de Ingress',
    service: 'Service',
    endpoint: 'Endpoint',
    pod: 'Pod',
    backend: 'Respuesta',
  },
  hopAnnounce: 'Salto {n} de {total}, {kind} {name}: {detail}',
  answered: 'Respuesta {status}',
  noAnswer: 'Sin respuesta HTTP',
  yaml: 'YAML',
  yamlLabel: 'Manifiestos en YAML, editables',
  apply: 'Aplicar',
  applied: 'Aplicado: {list}',
  applyErrors: '{n} error(es): no se aplicó nada.',
  migrate: 'Migrar a {version}',
  exportYaml: 'Exportar el estado',
  copy: 'Copiar',
  copied: 'Copiado.',
  download: 'Descargar',
  kubectl: 'kubectl',
  kubectlLabel: 'Comando kubectl',
  kubectlHelp: 'Escribe un comando sin «kubectl», p. ej. get pods -o wide. Flechas arriba/abajo: historial.',
  run: 'Ejecutar',
  steps: 'Pasos guiados',
  stepDone: 'hecho',
  stepTodo: 'pendiente',
  hint: 'Pista',
  allDone: '¡Escenario completado!',
  restoreFailed: 'No se pudo restaurar el estado del enlace; se empezó de nuevo.',
  share: 'El estado se guarda en la URL: copia el enlace para compartirlo.',
  manifestsLoaded: 'Se aplicaron {n} objetos de {file}.',
  manifestsRefused: 'No se aplicó {file}: {n} errores.',
  reset: 'Reiniciar escenario',
  controls: 'Controles del simulador',
  tabSend: 'Enviar',
  tabOperations: 'Operaciones',
  tabSteps: 'Pasos',
  pausedBanner: 'En pausa — pulsa Reproducir o Paso',
  pausedAfterOperation:
    'Hecho. El reloj está en pausa: pulsa Reproducir o Paso para ver reaccionar al clúster.',
  stepOf: 'Paso {n} de {total}',
  showSteps: 'Ver los pasos',
  focusEnter: 'Pantalla completa',
  focusLeave: 'Salir (Esc)',
};

/** English. */
export const en: SimulatorStrings = {
  region: 'Cluster simulator',
  loading: 'Loading the simulator…',
  noScript: 'The simulator needs JavaScript. These are the scenario’s manifests:',
  loadFailed: 'The simulator could not be loaded.',
  manifests: 'Manifests',
  topologyTitle: 'Cluster topology: nodes with their Pods, Services and entry points',
  pending: 'Pods without a node (Pending)',
  nodeNotReady: 'NotReady',
  nodeCordoned: 'cordoned',
  dropped: 'dropped',
  tones: {
    ready: 'ready',
    starting: 'starting',
    'not-ready': 'not ready',
    failing: 'failing',
    terminating: 'terminating',
  },
  legend: 'Legend',
  clock: 'Clock',
  play: 'Play',
  pause: 'Pause',
  step: 'Step (+1 s)',
  speed: 'Speed',
  time: 'Time',
  paused: 'paused',
  running: 'running',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Fit',
  request: 'Send a request',
  preset: 'Target',
  custom: 'Own URL',
  url: 'URL',
  from: 'From',
  fromOutside: 'External client (203.0.113.10)',
  send: 'Send',
  badUrl: 'The URL is not valid: write something like http://192.168.1.11:30036/',
  operations: 'Operations',
  deployment: 'Deployment',
  replicas: 'Replicas',
  scale: 'Scale',
  pod: 'Pod',
  killPod: 'Kill pod',
  node: 'Node',
  failNode: 'Fail',
  recoverNode: 'Recover',
  cordon: 'Cordon',
  uncordon: 'Uncordon',
  drain: 'Drain',
  container: 'Container',
  image: 'Image',
  setImage: 'Set image',
  ingressMode: 'Ingress mode',
  modeTraefik: 'k3s Traefik (default)',
  modeConformant: 'Conformant to the spec',
  done: 'Done.',
  none: '(none)',
  explanation: 'The request’s journey',
  explanationEmpty: 'Send a request to see, hop by hop, what each component decides.',
  hopKinds: {
    client: 'Client',
    dns: 'DNS',
    'node-port': 'NodePort',
    'load-balancer': 'Load balancer (ServiceLB)',
    'kube-proxy': 'kube-proxy',
    'ingress-controller': 'Ingress controller',
    'ingress-rule': 'Ingress rule',
    service: 'Service',
    endpoint: 'Endpoint',
    pod: 'Pod',
    backend: 'Response',
  },
  hopAnnounce: 'Hop {n} of {total}, {kind} {name}: {detail}',
  answered: 'Answered {status}',
  noAnswer: 'No HTTP answer',
  yaml: 'YAML',
  yamlLabel: 'Manifests in YAML, editable',
  apply: 'Apply',
  applied: 'Applied: {list}',
  applyErrors: '{n} error(s): nothing was applied.',
  migrate: 'Migrate to {version}',
  exportYaml: 'Export the state',
  copy: 'Copy',
  copied: 'Copied.',
  download: 'Download',
  kubectl: 'kubectl',
  kubectlLabel: 'kubectl command',
  kubectlHelp: 'Type a command without “kubectl”, e.g. get pods -o wide. Up/down arrows: history.',
  run: 'Run',
  steps: 'Guided steps',
  stepDone: 'done',
  stepTodo: 'to do',
  hint: 'Hint',
  allDone: 'Scenario complete!',
  restoreFailed: 'The link’s state could not be restored; starting afresh.',
  share: 'The state lives in the URL: copy the link to share it.',
  manifestsLoaded: 'Applied {n} objects from {file}.',
  manifestsRefused: '{file} was not applied: {n} errors.',
  reset: 'Reset scenario',
  controls: 'Simulator controls',
  tabSend: 'Send',
  tabOperations: 'Operations',
  tabSteps: 'Steps',
  pausedBanner: 'Paused — press Play or Step',
  pausedAfterOperation: 'Done. The clock is paused: press Play or Step to watch the cluster react.',
  stepOf: 'Step {n} of {total}',
  showSteps: 'Show the steps',
  focusEnter: 'Full screen',
  focusLeave: 'Leave (Esc)',
};

/** The strings of a language. */
export function simulatorStrings(lang: 'es' | 'en'): SimulatorStrings {
  return lang === 'en' ? en : es;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
