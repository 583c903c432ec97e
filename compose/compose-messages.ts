/**
 * Every message the Compose converter can show a student, by code, in Spanish and English. A message
 * is a template: `{name}` placeholders are filled from the diagnostic's params.
 */
import type { Bilingual } from '../core/index.ts';

/** The codes of the converter's diagnostics; each one has a Spanish and an English message below. */
export type ComposeDiagnosticCode = keyof typeof COMPOSE_MESSAGES;

/** Code → message templates. A missing translation is a type error (both keys are required). */
export const COMPOSE_MESSAGES = {
  'yaml-syntax': {
    es: 'El YAML no es válido: {detail}',
    en: 'The YAML is not valid: {detail}',
  },
  'not-a-mapping': {
    es: 'Un archivo Compose es un mapa con la clave "services".',
    en: 'A Compose file is a mapping with a "services" key.',
  },
  'no-services': {
    es: 'Falta "services" o está vacío: no hay nada que convertir.',
    en: '"services" is missing or empty: there is nothing to convert.',
  },
  'wrong-type': {
    es: 'Se esperaba {expected} y hay {actual}.',
    en: 'Expected {expected}, found {actual}.',
  },
  'no-image': {
    es: 'El servicio "{service}" no tiene "image" ni "build": Kubernetes necesita una imagen.',
    en: 'Service "{service}" has neither "image" nor "build": Kubernetes needs an image.',
  },
  'build-without-image': {
    es: 'El servicio "{service}" usa "build" sin "image": el clúster no construye imágenes. Usamos la imagen "{image}"; súbela a un registro (docker build -t … && docker push …) y pon su nombre en "image", o el Pod quedará en ImagePullBackOff.',
    en: 'Service "{service}" uses "build" without "image": the cluster does not build images. We used the image "{image}"; push it to a registry (docker build -t … && docker push …) and put its name in "image", or the Pod will stay in ImagePullBackOff.',
  },
  'no-ports-no-service': {
    es: 'El servicio "{service}" no tiene "ports": no se crea un Service, así que el nombre "{service}" no existe en el DNS del clúster y quien lo use (p. ej. Redis(host=\'{service}\')) fallará. Añade ports: ["PUERTO"] o expose.',
    en: 'Service "{service}" has no "ports": no Service is created, so the name "{service}" does not exist in the cluster DNS and whoever uses it (e.g. Redis(host=\'{service}\')) will fail. Add ports: ["PORT"] or expose.',
  },
  'invalid-port': {
    es: 'El puerto "{value}" no es válido: use "CONTENEDOR", "HOST:CONTENEDOR" o "IP:HOST:CONTENEDOR", con "/tcp", "/udp" o "/sctp" opcional.',
    en: 'Port "{value}" is not valid: use "CONTAINER", "HOST:CONTAINER" or "IP:HOST:CONTAINER", with an optional "/tcp", "/udp" or "/sctp".',
  },
  'port-out-of-range': {
    es: 'El puerto {value} está fuera de 1–65535.',
    en: 'Port {value} is outside 1–65535.',
  },
  'invalid-service-name': {
    es: 'El nombre de servicio "{value}" no es válido: Compose solo admite letras, números, ".", "_" y "-".',
    en: 'The service name "{value}" is invalid: Compose allows only letters, digits, ".", "_" and "-".',
  },
  'replicas-over-limit': {
    es: '{value} réplicas superan el límite del simulador, {limit} (Kubernetes real: {real}).',
    en: "{value} replicas exceed the simulator's limit of {limit} (real Kubernetes: {real}).",
  },
  'compose-too-large': {
    es: 'El archivo Compose ocupa {size} bytes; el límite es {limit} bytes. No se convirtió nada.',
    en: 'The Compose file is {size} bytes; the limit is {limit} bytes. Nothing was converted.',
  },
  'invalid-replicas': {
    es: '"{value}" no es un número de réplicas válido (entero ≥ 0).',
    en: '"{value}" is not a valid replica count (integer ≥ 0).',
  },
  'invalid-service-type': {
    es: 'kompose.service.type "{value}" no existe: use clusterip, nodeport, loadbalancer o headless.',
    en: 'kompose.service.type "{value}" does not exist: use clusterip, nodeport, loadbalancer or headless.',
  },
  'invalid-node-port': {
    es: 'kompose.service.nodeport.port {value} está fuera de 30000–32767 (el rango de NodePort por defecto).',
    en: 'kompose.service.nodeport.port {value} is outside 30000–32767 (the default NodePort range).',
  },
  'expose-without-ports': {
    es: 'kompose.service.expose en "{service}" no crea un Ingress porque el servicio no tiene puertos.',
    en: 'kompose.service.expose on "{service}" creates no Ingress because the service has no ports.',
  },
  'invalid-environment': {
    es: 'La variable "{value}" no es válida: use NOMBRE=valor.',
    en: 'Variable "{value}" is not valid: use NAME=value.',
  },
  'environment-without-value': {
    es: 'La variable "{name}" no tiene valor: Compose la toma del shell, Kubernetes no; queda vacía.',
    en: 'Variable "{name}" has no value: Compose takes it from the shell, Kubernetes does not; it is left empty.',
  },
  'invalid-volume': {
    es: 'El volumen "{value}" no es válido: use "nombre:/ruta", "./dir:/ruta" o "/ruta".',
    en: 'Volume "{value}" is not valid: use "name:/path", "./dir:/path" or "/path".',
  },
  'undeclared-volume': {
    es: 'El volumen "{value}" no está declarado en "volumes" al nivel superior; como kompose, se crea su PersistentVolumeClaim igualmente (Compose lo rechazaría).',
    en: 'Volume "{value}" is not declared under the top-level "volumes"; like kompose, its PersistentVolumeClaim is created anyway (Compose would refuse it).',
  },
  'bind-mount-as-claim': {
    es: 'El montaje "{value}" es una carpeta del host: en Kubernetes se convierte en un PersistentVolumeClaim vacío ("{claim}"); sus archivos no se copian.',
    en: 'Mount "{value}" is a host folder: in Kubernetes it becomes an empty PersistentVolumeClaim ("{claim}"); its files are not copied.',
  },
  'env-file-unreadable': {
    es: 'No se puede leer env_file "{value}" aquí; no se crea su ConfigMap.',
    en: 'env_file "{value}" cannot be read here; its ConfigMap is not created.',
  },
  'name-rewritten': {
    es: 'El nombre "{from}" no es válido en Kubernetes; se usa "{to}".',
    en: 'The name "{from}" is not valid in Kubernetes; "{to}" is used.',
  },
  'ignored-key': {
    es: '"{key}" no tiene equivalente en Kubernetes y se ignora: {reason}',
    en: '"{key}" has no Kubernetes equivalent and is ignored: {reason}',
  },
  'not-converted': {
    es: '"{key}" no se convierte aquí (kompose lo convierte en {target}); añádelo a mano si lo necesitas.',
    en: '"{key}" is not converted here (kompose turns it into {target}); add it by hand if you need it.',
  },
  'variable-not-interpolated': {
    es: '"{value}" usa una variable: aquí no se sustituye (kompose y Compose la toman del entorno o de .env).',
    en: '"{value}" uses a variable: it is not substituted here (kompose and Compose take it from the environment or .env).',
  },
  'restart-as-pod': {
    es: 'restart: "{value}" en "{service}": como kompose, se crea un Pod suelto (restartPolicy {policy}), no un Deployment.',
    en: 'restart: "{value}" on "{service}": like kompose, a bare Pod is created (restartPolicy {policy}), not a Deployment.',
  },
  'invalid-restart': {
    es: 'restart "{value}" no existe: use no, always, on-failure o unless-stopped.',
    en: 'restart "{value}" does not exist: use no, always, on-failure or unless-stopped.',
  },
  'invalid-quantity': {
    es: '"{value}" no es una cantidad válida (p. ej. 512M, 1G, 0.5).',
    en: '"{value}" is not a valid quantity (e.g. 512M, 1G, 0.5).',
  },
} satisfies Record<string, Bilingual>;

/** Reasons shown with `ignored-key`, per Compose key (kompose's conversion table marks them "x"). */
export const IGNORED_KEY_REASONS: Record<string, Bilingual> = {
  depends_on: {
    es: 'Kubernetes arranca los Pods sin orden; la aplicación debe reintentar la conexión.',
    en: 'Kubernetes starts Pods in no order; the application must retry its connection.',
  },
  links: {
    es: 'en Kubernetes los servicios se encuentran por su nombre DNS.',
    en: 'in Kubernetes services find each other by DNS name.',
  },
  networks: {
    es: 'Kubernetes tiene una sola red plana de Pods.',
    en: 'Kubernetes has one flat Pod network.',
  },
  network_mode: { es: 'Kubernetes usa su propia red.', en: 'Kubernetes uses its own network.' },
  dns: { es: 'Kubernetes gestiona su propio DNS.', en: 'Kubernetes manages its own DNS.' },
  logging: { es: 'Kubernetes recoge los logs en cada nodo.', en: 'Kubernetes collects logs on each node.' },
  ulimits: { es: 'Kubernetes no lo admite.', en: 'Kubernetes does not support it.' },
  devices: { es: 'Kubernetes no lo admite.', en: 'Kubernetes does not support it.' },
  develop: {
    es: 'es para el desarrollo local con Compose (watch).',
    en: 'it is for local development with Compose (watch).',
  },
};

/** Compose keys kompose converts but this converter does not, and what kompose makes of them. */
export const NOT_CONVERTED_KEYS: Record<string, string> = {
  healthcheck: 'livenessProbe',
  secrets: 'Secret',
  configs: 'ConfigMap',
  extends: 'the extended service / el servicio extendido',
  cap_add: 'securityContext.capabilities',
  cap_drop: 'securityContext.capabilities',
  user: 'securityContext.runAsUser',
  privileged: 'securityContext.privileged',
  stop_grace_period: 'terminationGracePeriodSeconds',
  hostname: 'hostname',
  deploy: 'deploy.placement → affinity, deploy.update_config → strategy',
};
