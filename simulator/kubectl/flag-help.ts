/** What each flag the console runs does, in one line per language, for `kubectl CMD -h` (command-help.ts). */
import type { Bilingual } from '../../core/index.ts';

/**
 * One line per flag the simulator implements; `command name` entries say what a flag does in that command only,
 * `command … name` in its subcommands only.
 */
export const FLAG_HELP: Record<string, Bilingual> = {
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
  'delete force': {
    es: 'borra el Pod de la API al momento, sin esperar al kubelet (periodo de gracia 0)',
    en: 'removes the Pod from the API at once, without waiting for the kubelet (grace period 0)',
  },
  'grace-period': {
    es: 'segundos que el Pod tiene para parar (0 con --force: al momento; 0 sin --force: 1)',
    en: 'seconds the Pod has to stop (0 with --force: at once; 0 without --force: 1)',
  },
  now: { es: 'periodo de gracia de 1 s', en: 'a grace period of 1 s' },
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
