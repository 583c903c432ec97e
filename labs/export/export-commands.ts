/**
 * The file name of each export format and the shell commands that take it to a cluster, each explained in
 * both languages — what the export dialog shows beside the YAML and what the README walks through.
 */
import type { ExportFormat, ResolvedExportSettings } from './export-settings.ts';
import { ingressPath } from './k8s-layout.ts';
import type { FunctionLanguage } from '../index.ts';
import { PYTHON_STACK_TEMPLATE, STACK_TEMPLATE } from './stack-yaml.ts';
import type { Bilingual } from '../../core/index.ts';

/** One command and what it does. */
export interface ExportCommand {
  command: string;
  what: Bilingual;
}

/** A request to show in the `curl` lines (the lab's first example). */
export interface ExampleRequest {
  method: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The file the format is saved as. */
export function exportFileName(format: ExportFormat, id: string): string {
  return format === 'stack' ? 'stack.yml' : format === 'crd' ? `${id}-function.yaml` : `${id}-k8s.yaml`;
}

const quote = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

function curl(url: string, example: ExampleRequest | undefined, host?: string): string {
  const parts = ['curl'];
  if (example && example.method.toUpperCase() !== 'GET' && example.body === undefined)
    parts.push('-X', example.method.toUpperCase());
  if (host) parts.push('-H', quote(`Host: ${host}`));
  for (const [name, value] of Object.entries(example?.headers ?? {}))
    parts.push('-H', quote(`${name}: ${value}`));
  parts.push(url);
  if (example?.body !== undefined) parts.push('--data-binary', quote(example.body));
  return parts.join(' ');
}

/** The commands, in order, that deploy this export and call it. */
export function exportCommands(
  format: ExportFormat,
  id: string,
  settings: ResolvedExportSettings,
  example?: ExampleRequest,
  language: FunctionLanguage = 'node',
): ExportCommand[] {
  const file = exportFileName(format, id);
  const path = example?.path ?? '/';
  if (format === 'k8s') {
    const ns = settings.namespace;
    const ingress = ingressPath(id, settings.ingressHost);
    return [
      {
        command: `kubectl apply -f ${file}`,
        what: {
          es: 'Crea el namespace, el código y el despliegue.',
          en: 'Creates the namespace, the code and the deployment.',
        },
      },
      {
        command: `kubectl -n ${ns} rollout status deployment/${id}`,
        what: { es: 'Espera a que el pod esté listo.', en: 'Waits until the pod is ready.' },
      },
      {
        command: curl(`http://NODE_IP:${settings.nodePort}${path}`, example),
        what: {
          es: 'Llama por el NodePort (NODE_IP: kubectl get nodes -o wide).',
          en: 'Calls through the NodePort (NODE_IP: kubectl get nodes -o wide).',
        },
      },
      {
        command: curl(`http://NODE_IP${ingress === '/' ? path : ingress}`, example, settings.ingressHost),
        what: {
          es: 'Llama por el Ingress (Traefik de k3s, puerto 80).',
          en: "Calls through the Ingress (k3s' Traefik, port 80).",
        },
      },
      {
        command: `kubectl delete namespace ${ns}`,
        what: { es: 'Lo borra todo al terminar.', en: 'Removes everything when you are done.' },
      },
    ];
  }
  const gateway = settings.gateway;
  const login = {
    command: `kubectl -n openfaas get secret basic-auth -o jsonpath='{.data.basic-auth-password}' | base64 --decode | faas-cli login --username admin --password-stdin --gateway ${gateway}`,
    what: { es: 'Inicia sesión en el gateway de OpenFaaS.', en: 'Logs in to the OpenFaaS gateway.' },
  };
  const invoke = {
    command: curl(`${gateway}/function/${id}${path === '/' ? '' : path}`, example),
    what: { es: 'Llama a la función por el gateway.', en: 'Calls the function through the gateway.' },
  };
  if (format === 'stack') {
    return [
      {
        command: `faas-cli template store pull ${language === 'python' ? PYTHON_STACK_TEMPLATE : STACK_TEMPLATE}`,
        what:
          language === 'python'
            ? {
                es: 'Descarga la plantilla de Python (python3-http).',
                en: 'Downloads the Python template (python3-http).',
              }
            : { es: 'Descarga la plantilla de Node.', en: 'Downloads the Node template.' },
      },
      login,
      {
        command: `faas-cli up -f ${file}`,
        what: {
          es: `Construye la imagen (handler en ./${id}), la sube y la despliega.`,
          en: `Builds the image (handler in ./${id}), pushes and deploys it.`,
        },
      },
      invoke,
      {
        command: `faas-cli remove -f ${file}`,
        what: { es: 'Borra la función al terminar.', en: 'Removes the function when you are done.' },
      },
    ];
  }
  return [
    {
      command: `faas-cli build -f stack.yml && faas-cli push -f stack.yml`,
      what: {
        es: `Construye y sube la imagen ${settings.image} (exporta también stack.yml).`,
        en: `Builds and pushes image ${settings.image} (export stack.yml too).`,
      },
    },
    {
      command: `kubectl apply -f ${file}`,
      what: {
        es: 'El operador de OpenFaaS Pro crea el despliegue (en la Community Edition el CRD Function existe, pero ningún operador lo atiende: usa stack.yml).',
        en: 'The OpenFaaS Pro operator creates the deployment (on Community Edition the Function CRD exists, but no operator acts on it: use stack.yml).',
      },
    },
    {
      command: `kubectl -n ${settings.namespace} rollout status deployment/${id}`,
      what: { es: 'Espera a que el pod esté listo.', en: 'Waits until the pod is ready.' },
    },
    login,
    invoke,
    {
      command: `kubectl delete -f ${file}`,
      what: { es: 'Borra la función al terminar.', en: 'Removes the function when you are done.' },
    },
  ];
}
