/**
 * The console's own `kubectl CMD -h` (and `--help`, `kubectl help CMD`): the command's usage line, what it
 * does here, and only the flags the simulator implements, each in one line, in the page's language. It is
 * written for the simulator, not copied from kubectl's help, which lists flags the console refuses.
 */
import type { Bilingual, Language } from '../../core/index.ts';
import { implementedFlags } from './command-flags.ts';
import { say } from './console-messages.ts';

/** Each command path's usage line and what it does in the simulator. */
const COMMAND_HELP: Record<string, { usage: string } & Bilingual> = {
  get: {
    usage: 'kubectl get TYPE[,TYPE…] [NAME…] | TYPE/NAME [flags]',
    es: 'Lista objetos del clúster simulado en las columnas de kubectl.',
    en: 'Lists objects of the simulated cluster in kubectl’s columns.',
  },
  describe: {
    usage: 'kubectl describe TYPE [NAME…] | TYPE/NAME [flags]',
    es: 'Describe objetos con sus eventos.',
    en: 'Describes objects with their events.',
  },
  apply: {
    usage: 'kubectl apply -f FILE [flags]',
    es: 'Crea o actualiza los objetos de un archivo (parche a tres bandas, como kubectl).',
    en: 'Creates or updates the objects of a file (three-way patch, as kubectl does).',
  },
  create: {
    usage: 'kubectl create -f FILE [flags]',
    es: 'Crea los objetos de un archivo; falla si ya existen.',
    en: 'Creates the objects of a file; fails if they exist.',
  },
  'create deployment': {
    usage: 'kubectl create deployment NAME --image=IMAGE [flags]',
    es: 'Crea un Deployment con un contenedor.',
    en: 'Creates a Deployment with one container.',
  },
  'create service clusterip': {
    usage: 'kubectl create service clusterip NAME --tcp=PORT[:TARGET] [flags]',
    es: 'Crea un Service ClusterIP que selecciona app=NAME.',
    en: 'Creates a ClusterIP Service selecting app=NAME.',
  },
  'create service nodeport': {
    usage: 'kubectl create service nodeport NAME --tcp=PORT[:TARGET] [flags]',
    es: 'Crea un Service NodePort que selecciona app=NAME.',
    en: 'Creates a NodePort Service selecting app=NAME.',
  },
  'create service loadbalancer': {
    usage: 'kubectl create service loadbalancer NAME --tcp=PORT[:TARGET] [flags]',
    es: 'Crea un Service LoadBalancer que selecciona app=NAME.',
    en: 'Creates a LoadBalancer Service selecting app=NAME.',
  },
  'create namespace': {
    usage: 'kubectl create namespace NAME [flags]',
    es: 'Crea un namespace.',
    en: 'Creates a namespace.',
  },
  'create configmap': {
    usage: 'kubectl create configmap NAME [--from-literal=KEY=VALUE] [--from-file=[KEY=]PATH] [flags]',
    es: 'Crea un ConfigMap con los datos dados.',
    en: 'Creates a ConfigMap with the data given.',
  },
  'create secret generic': {
    usage: 'kubectl create secret generic NAME [--from-literal=KEY=VALUE] [--from-file=[KEY=]PATH] [flags]',
    es: 'Crea un Secret con los datos dados (en base64).',
    en: 'Creates a Secret with the data given (base64-encoded).',
  },
  'create secret docker-registry': {
    usage: 'kubectl create secret docker-registry NAME --docker-username=U --docker-password=P [flags]',
    es: 'Crea un Secret con credenciales de un registro de imágenes.',
    en: 'Creates a Secret with an image registry’s credentials.',
  },
  'create secret tls': {
    usage: 'kubectl create secret tls NAME --cert=FILE --key=FILE',
    es: 'El simulador no comprueba certificados: no crea Secrets tls.',
    en: 'The simulator checks no certificates: it creates no tls Secrets.',
  },
  run: {
    usage: 'kubectl run NAME --image=IMAGE [flags]',
    es: 'Crea un Pod con un contenedor.',
    en: 'Creates a Pod with one container.',
  },
  delete: {
    usage: 'kubectl delete TYPE NAME… | TYPE/NAME | TYPE -l SELECTOR | -f FILE [flags]',
    es: 'Borra objetos por nombre, por etiquetas o los de un archivo.',
    en: 'Deletes objects by name, by labels, or those of a file.',
  },
  scale: {
    usage: 'kubectl scale deployment NAME --replicas=N',
    es: 'Cambia las réplicas de un Deployment.',
    en: 'Changes a Deployment’s replicas.',
  },
  'rollout status': {
    usage: 'kubectl rollout status deployment/NAME',
    es: 'Sigue el despliegue de un Deployment hasta que termina.',
    en: 'Follows a Deployment’s rollout until it is done.',
  },
  'rollout history': {
    usage: 'kubectl rollout history deployment/NAME',
    es: 'Lista las revisiones de un Deployment.',
    en: 'Lists a Deployment’s revisions.',
  },
  'rollout restart': {
    usage: 'kubectl rollout restart deployment/NAME',
    es: 'Vuelve a crear los Pods de un Deployment con un nuevo despliegue.',
    en: 'Recreates a Deployment’s Pods with a new rollout.',
  },
  'rollout undo': {
    usage: 'kubectl rollout undo deployment/NAME [--to-revision=N]',
    es: 'Vuelve a una revisión anterior de un Deployment.',
    en: 'Rolls a Deployment back to an earlier revision.',
  },
  cordon: {
    usage: 'kubectl cordon NODE',
    es: 'Marca un nodo como no programable.',
    en: 'Marks a node unschedulable.',
  },
  uncordon: {
    usage: 'kubectl uncordon NODE',
    es: 'Vuelve a hacer programable un nodo.',
    en: 'Makes a node schedulable again.',
  },
  drain: {
    usage: 'kubectl drain NODE [flags]',
    es: 'Marca un nodo como no programable y desaloja sus Pods.',
    en: 'Cordons a node and evicts its Pods.',
  },
  label: {
    usage: 'kubectl label TYPE NAME KEY=VALUE… | KEY- [flags]',
    es: 'Pone o quita etiquetas de un objeto.',
    en: 'Sets or removes an object’s labels.',
  },
  expose: {
    usage: 'kubectl expose TYPE NAME [flags]',
    es: 'Crea un Service con el selector del objeto.',
    en: 'Creates a Service with the object’s selector.',
  },
  'set image': {
    usage: 'kubectl set image TYPE/NAME CONTAINER=IMAGE…',
    es: 'Cambia la imagen de un contenedor (un nuevo despliegue).',
    en: 'Changes a container’s image (a new rollout).',
  },
  logs: {
    usage: 'kubectl logs POD | TYPE/NAME [flags]',
    es: 'Muestra la salida de un contenedor.',
    en: 'Prints a container’s output.',
  },
  'top pod': {
    usage: 'kubectl top pod [NAME]',
    es: 'Muestra el uso de CPU y memoria de los Pods.',
    en: 'Shows the Pods’ CPU and memory use.',
  },
  'top node': {
    usage: 'kubectl top node [NAME]',
    es: 'Muestra el uso de CPU y memoria de los nodos.',
    en: 'Shows the nodes’ CPU and memory use.',
  },
  'api-resources': {
    usage: 'kubectl api-resources',
    es: 'Lista los tipos de objeto que sirve el clúster.',
    en: 'Lists the object types the cluster serves.',
  },
  version: {
    usage: 'kubectl version',
    es: 'Muestra las versiones del cliente y del servidor.',
    en: 'Shows the client’s and the server’s versions.',
  },
  exec: {
    usage: 'kubectl exec POD [-c CONTAINER] -- COMMAND [ARG…]',
    es: 'Ejecuta en un Pod curl, wget, nslookup, hostname, env o cat /etc/resolv.conf.',
    en: 'Runs curl, wget, nslookup, hostname, env or cat /etc/resolv.conf in a Pod.',
  },
  explain: {
    usage: 'kubectl explain TYPE[.FIELD…] [flags]',
    es: 'Describe los campos de un tipo de objeto.',
    en: 'Describes the fields of an object type.',
  },
};

/**
 * One line per flag the simulator implements; `command name` entries say what a flag does in that command only,
 * `command … name` in its subcommands only.
 */
const FLAG_HELP: Record<string, Bilingual> = {
  'all-namespaces': { es: 'de todos los namespaces', en: 'from every namespace' },
  'field-selector': {
    es: 'filtra por campos (metadata.name=…, spec.nodeName=…, status.phase=…)',
    en: 'filters by fields (metadata.name=…, spec.nodeName=…, status.phase=…)',
  },
  'no-headers': { es: 'sin la fila de cabecera', en: 'without the header row' },
  output: {
    es: 'formato: wide, yaml, json, name, jsonpath=…, custom-columns=…',
    en: 'format: wide, yaml, json, name, jsonpath=…, custom-columns=…',
  },
  'create output': {
    es: 'imprime cada objeto creado: yaml, json, name o jsonpath=…',
    en: 'prints each created object: yaml, json, name or jsonpath=…',
  },
  'create … output': {
    es: 'imprime el objeto creado: yaml o name',
    en: 'prints the created object: yaml or name',
  },
  'run output': { es: 'imprime el Pod creado: yaml o name', en: 'prints the created Pod: yaml or name' },
  'apply output': {
    es: 'imprime cada objeto aplicado: yaml, json, name o jsonpath=…',
    en: 'prints each applied object: yaml, json, name or jsonpath=…',
  },
  selector: { es: 'filtra por etiquetas (app=web, tier!=db)', en: 'filters by labels (app=web, tier!=db)' },
  'show-labels': { es: 'añade la columna LABELS', en: 'adds the LABELS column' },
  watch: {
    es: 'sigue imprimiendo cada cambio a medida que corre el reloj',
    en: 'keeps printing each change as the clock runs',
  },
  filename: { es: 'el archivo de manifiestos', en: 'the manifest file' },
  validate: {
    es: 'strict, warn o ignore: qué hace el servidor con un campo desconocido',
    en: 'strict, warn or ignore: what the server does with an unknown field',
  },
  'dry-run': {
    es: 'client: solo imprime el objeto; server: el servidor lo valida sin guardarlo',
    en: 'client: only prints the object; server: the server validates it without storing it',
  },
  image: { es: 'la imagen del contenedor', en: 'the container’s image' },
  port: { es: 'el puerto del contenedor', en: 'the container’s port' },
  'expose port': { es: 'el puerto del Service', en: 'the Service’s port' },
  replicas: { es: 'el número de réplicas', en: 'the number of replicas' },
  tcp: { es: 'PUERTO[:DESTINO], una vez por puerto', en: 'PORT[:TARGET], once per port' },
  clusterip: { es: 'la IP del Service, o None (headless)', en: 'the Service’s IP, or None (headless)' },
  'node-port': { es: 'el nodePort (30000–32767)', en: 'the nodePort (30000–32767)' },
  'from-literal': { es: 'CLAVE=VALOR, una vez por clave', en: 'KEY=VALUE, once per key' },
  'from-file': {
    es: '[CLAVE=]RUTA de los archivos de la consola',
    en: '[KEY=]PATH from the console’s files',
  },
  type: { es: 'el tipo del Secret', en: 'the Secret’s type' },
  'expose type': {
    es: 'ClusterIP, NodePort o LoadBalancer',
    en: 'ClusterIP, NodePort or LoadBalancer',
  },
  'docker-server': { es: 'el registro (Docker Hub si falta)', en: 'the registry (Docker Hub if missing)' },
  'docker-username': { es: 'el usuario del registro', en: 'the registry user' },
  'docker-password': { es: 'la contraseña del registro', en: 'the registry password' },
  'docker-email': { es: 'el correo del registro', en: 'the registry e-mail' },
  cert: { es: 'el certificado (no se comprueba)', en: 'the certificate (not checked)' },
  key: { es: 'la clave (no se comprueba)', en: 'the key (not checked)' },
  wait: {
    es: 'la consola responde cuando el servidor ha borrado el objeto',
    en: 'the console answers once the server has deleted the object',
  },
  'to-revision': {
    es: 'la revisión a la que volver (0: la anterior)',
    en: 'the revision to go back to (0: the previous)',
  },
  'delete-emptydir-data': {
    es: 'desaloja también los Pods con emptyDir',
    en: 'evicts Pods with emptyDir too',
  },
  force: {
    es: 'desaloja también los Pods sin controlador',
    en: 'evicts Pods without a controller too',
  },
  'ignore-daemonsets': {
    es: 'deja los Pods de DaemonSet en el nodo',
    en: 'leaves DaemonSet Pods on the node',
  },
  overwrite: { es: 'cambia una etiqueta que ya tiene valor', en: 'changes a label that has a value' },
  name: { es: 'el nombre del Service', en: 'the Service’s name' },
  protocol: { es: 'TCP o UDP', en: 'TCP or UDP' },
  'target-port': { es: 'el puerto de los Pods', en: 'the Pods’ port' },
  container: { es: 'el contenedor del Pod', en: 'the Pod’s container' },
  quiet: {
    es: 'sin efecto: la consola no imprime avisos de exec',
    en: 'no effect: the console prints no exec notices',
  },
  stdin: {
    es: 'sin efecto: la consola ejecuta la orden una vez',
    en: 'no effect: the console runs the command once',
  },
  tty: { es: 'sin efecto: la consola no abre terminal', en: 'no effect: the console opens no terminal' },
  follow: {
    es: 'sigue imprimiendo la salida a medida que corre el reloj',
    en: 'keeps printing the output as the clock runs',
  },
  previous: {
    es: 'la salida de la ejecución anterior del contenedor (tras un reinicio)',
    en: 'the output of the container’s previous run (after a restart)',
  },
  tail: { es: 'solo las N últimas líneas (-1: todas)', en: 'only the last N lines (-1: all)' },
  recursive: {
    es: 'sin efecto sin -f (que aquí no lee carpetas)',
    en: 'no effect without -f (which reads no folders here)',
  },
  'explain recursive': { es: 'todos los campos, anidados', en: 'every field, nested' },
  namespace: { es: 'el namespace (default si falta)', en: 'the namespace (default if missing)' },
  client: { es: 'solo la versión del cliente', en: 'the client’s version only' },
  help: { es: 'esta ayuda', en: 'this help' },
};

/** The first word of a path, as FLAG_HELP's per-command keys name it (`create deployment` → `create`). */
const commandOf = (path: string): string => path.split(' ')[0]!;

/** Whether the console has its own help for this command path. */
export const hasCommandHelp = (path: string): boolean => path in COMMAND_HELP;

/** `kubectl PATH -h`: usage line, what the command does, and the flags the simulator implements. */
export function commandHelp(path: string, lang: Language): string {
  const help = COMMAND_HELP[path]!;
  const flags = implementedFlags(path).map(({ name, letter, kind }) => {
    const spelled = `${letter ? `-${letter}, ` : '    '}--${name}${kind === 'bool' ? '' : '=…'}`;
    const sub = path.includes(' ') ? FLAG_HELP[`${commandOf(path)} … ${name}`] : undefined;
    const text = sub ?? FLAG_HELP[`${commandOf(path)} ${name}`] ?? FLAG_HELP[name];
    return { spelled, text: text?.[lang] ?? '' };
  });
  const width = Math.max(...flags.map((f) => f.spelled.length)) + 3;
  return [
    help.usage,
    help[lang],
    '',
    say(lang, 'helpFlagsHeading'),
    ...flags.map((f) => `  ${f.spelled.padEnd(width)}${f.text}`),
    '',
    say(lang, 'helpOtherFlags', { command: path }),
    '',
  ].join('\n');
}
