/**
 * The console's own words, in both course languages: its help, and what it says where it differs from a
 * real cluster (a command it does not run, no schemas for `explain`, what the simulator keeps fixed).
 * kubectl's own output and the apiserver's messages stay in English, as a real terminal prints them.
 */
import { fill, type Bilingual, type Language } from '../../core/index.ts';

/** kubectl v1.32's commands in the order it registers them (`kubectl --help`), which cobra's suggestions follow. */
export const KUBECTL_COMMANDS = [
  'create',
  'expose',
  'run',
  'set',
  'explain',
  'get',
  'edit',
  'delete',
  'rollout',
  'scale',
  'autoscale',
  'certificate',
  'cluster-info',
  'top',
  'cordon',
  'uncordon',
  'drain',
  'taint',
  'describe',
  'logs',
  'attach',
  'exec',
  'port-forward',
  'proxy',
  'cp',
  'auth',
  'debug',
  'events',
  'diff',
  'apply',
  'patch',
  'replace',
  'wait',
  'kustomize',
  'label',
  'annotate',
  'completion',
  'api-resources',
  'api-versions',
  'config',
  'plugin',
  'version',
  'options',
];

/** Every text of the console's own, by what it says. */
export const CONSOLE_MESSAGES = {
  help: {
    es: 'kubectl controla el clúster k3s (simulado) de esta página.\n\nComandos: {commands}\nEscribe sin «kubectl», p. ej. get pods -o wide; «get -h» muestra las opciones de get. Los demás comandos de kubectl funcionan en tu terminal contra `faaslab sim serve`.\n',
    en: 'kubectl controls this page’s (simulated) k3s cluster.\n\nCommands: {commands}\nType without “kubectl”, e.g. get pods -o wide; “get -h” shows get’s flags. The other kubectl commands work in your terminal against `faaslab sim serve`.\n',
  },
  notHere: {
    es: 'error: esta consola no ejecuta «kubectl {command}» (kubectl sí lo tiene); úsalo en tu terminal contra `faaslab sim serve`. Comandos de la consola: {commands}',
    en: 'error: this console does not run “kubectl {command}” (the real kubectl has it); use it in your terminal against `faaslab sim serve`. Console commands: {commands}',
  },
  noSchemas: {
    es: 'error: esta consola no tiene los esquemas OpenAPI; ejecuta `kubectl explain` en tu terminal contra `faaslab sim serve`',
    en: 'error: this console has no OpenAPI schemas; run `kubectl explain` in your terminal against `faaslab sim serve`',
  },
  scalesDeploymentsOnly: {
    es: 'error: el simulador escala Deployments, no {resource}',
    en: 'error: the simulator scales Deployments, not {resource}',
  },
  outputHere: {
    es: 'error: tras create esta consola imprime -o yaml y -o name, no -o {output}; kubectl en tu terminal sí lo hace',
    en: 'error: after create this console prints -o yaml and -o name, not -o {output}; kubectl in your terminal does',
  },
  fileOutputHere: {
    es: 'error: tras create -f y apply -f esta consola imprime -o yaml, json, name y jsonpath=…, no -o {output}; kubectl en tu terminal sí lo hace',
    en: 'error: after create -f and apply -f this console prints -o yaml, json, name and jsonpath=…, not -o {output}; kubectl in your terminal does',
  },
  notImplemented: {
    es: 'error: el simulador no implementa {flag} de «kubectl {command}» (el kubectl real sí la tiene); «kubectl {command} -h» lista las opciones que implementa',
    en: 'error: the simulator does not implement {flag} of “kubectl {command}” (the real kubectl has it); “kubectl {command} -h” lists the flags it implements',
  },
  helpFlagsHeading: {
    es: 'Opciones que implementa el simulador:',
    en: 'Flags the simulator implements:',
  },
  helpOtherFlags: {
    es: 'Las demás opciones de «kubectl {command}» se rechazan con un aviso: el simulador no las implementa.',
    en: 'Other flags of “kubectl {command}” are refused with a note: the simulator does not implement them.',
  },
  nodeLabelsFixed: {
    es: 'error: el simulador mantiene fijas las etiquetas de los nodos',
    en: 'error: the simulator keeps node labels fixed',
  },
} satisfies Record<string, Bilingual>;

/** One console message in `lang`, with its `{placeholders}` filled. */
export const say = (
  lang: Language,
  message: keyof typeof CONSOLE_MESSAGES,
  params: Record<string, string> = {},
): string => fill(CONSOLE_MESSAGES[message][lang], params, lang);
