/**
 * The console's own `kubectl CMD -h` (and `--help`, `kubectl help CMD`): the command's usage line, what it
 * does here, and only the flags the simulator implements, each in one line, in the page's language. It is
 * written for the simulator, not copied from kubectl's help, which lists flags the console refuses.
 */
import type { Bilingual, Language } from '../../core/index.ts';
import { implementedFlags } from './command-flags.ts';
import { say } from './console-messages.ts';
import { FLAG_HELP } from './flag-help.ts';

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
