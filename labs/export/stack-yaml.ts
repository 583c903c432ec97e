/**
 * The faas-cli stack file (stack.yml, version 1.0) for a lab: `faas-cli up -f stack.yml` builds the
 * image from ./<id>/handler.js with the node22 template, pushes it and deploys it to the gateway.
 * Field names: docs.openfaas.com/reference/yaml/
 */
import { resolveExportSettings, type ExportSettings } from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { functionEnvironment } from './function-environment.ts';
import { functionResources, scaleLabels, type OpenFaaSFunctionFields } from './openfaas-function-fields.ts';
import { exportText } from './manifest-yaml.ts';
import type { Diagnostic } from '../../core/index.ts';

/**
 * The template faas-cli builds from. node22 because it is the Node LTS the course's runtime and the
 * plain k3s Deployment also run (node20 reaches end of life in April 2026), so a handler behaves the
 * same in the browser, in `node server.mjs` and in the OpenFaaS image.
 */
export const STACK_TEMPLATE = 'node22';

/** The template of Python labs (openfaas/python-flask-template), whose contract server.py follows. */
export const PYTHON_STACK_TEMPLATE = 'python3-http';

/** The faas-cli template a lab builds with. */
export function stackTemplate(lab: Pick<ExportableLab, 'language'>): string {
  return lab.language === 'python' ? PYTHON_STACK_TEMPLATE : STACK_TEMPLATE;
}

/** The stack file's shape (the fields FaaS Lab writes). */
export interface StackFile {
  version: '1.0';
  provider: { name: 'openfaas'; gateway: string };
  functions: Record<string, StackFunction>;
}

/** One function of a stack file. */
export interface StackFunction extends OpenFaaSFunctionFields {
  lang: string;
  handler: string;
  namespace?: string;
  readonly_root_filesystem: boolean;
}

/** The result of the stack file export. */
export interface StackExport {
  /** Empty when a diagnostic is an error. */
  text: string;
  stack: StackFile;
  diagnostics: Diagnostic[];
}

/** Builds the stack file for a lab. */
export function exportStackYaml(lab: ExportableLab, options: ExportSettings = {}): StackExport {
  const { settings, diagnostics } = resolveExportSettings(lab, options, 'stack');
  const stack: StackFile = {
    version: '1.0',
    provider: { name: 'openfaas', gateway: settings.gateway },
    functions: {
      [lab.id]: {
        lang: stackTemplate(lab),
        handler: `./${lab.id}`,
        image: settings.image,
        // faas-cli sends no namespace when it is the gateway's default, openfaas-fn.
        ...(settings.namespace === 'openfaas-fn' ? {} : { namespace: settings.namespace }),
        environment: functionEnvironment(lab),
        labels: scaleLabels(settings),
        ...functionResources(lab, settings),
        // faas-netes mounts a writable /tmp when the root filesystem is read-only, where of-watchdog keeps its lock file.
        readonly_root_filesystem: true,
      },
    },
  };
  const template = stackTemplate(lab);
  const header = [
    `FaaS Lab — ${lab.id}: stack.yml for faas-cli (template ${template}).`,
    `faas-cli template store pull ${template} && faas-cli up -f stack.yml`,
    `(handler in ./${lab.id}/${lab.language === 'python' ? 'handler.py' : 'handler.js'}${settings.image.includes('<dockerhub-user>') ? '; replace <dockerhub-user> in image' : ''})`,
  ].join('\n');
  return { text: exportText([stack], header, diagnostics), stack, diagnostics };
}
