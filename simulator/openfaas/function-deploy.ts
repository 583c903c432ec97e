import { parseAllDocuments } from 'yaml';
import type { ApplyResult, KubeObject, Simulation } from '../index.ts';
import { functionObject, functionSpecFromObject, type FunctionSpec } from './function-spec.ts';
import { isStackFile, readStackFile } from './stack-file.ts';

/**
 * Deploys a stack file (`faas-cli up`: build, push, deploy) or manifests with Function resources
 * (`kubectl apply`) on the cluster. `specs` are the functions deployed (empty when the apply failed);
 * `stored` is false when a stack file was refused before anything reached the cluster.
 */
export function deployFunctions(
  sim: Simulation,
  text: string,
  fileName: string,
): { result: ApplyResult; specs: FunctionSpec[]; stored: boolean } {
  const specs: FunctionSpec[] = [];
  if (isStackFile(text)) {
    const stack = readStackFile(text, fileName);
    const errors = stack.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      const warnings = stack.diagnostics.filter((d) => d.severity !== 'error');
      return { result: { diagnostics: errors, warnings, applied: [] }, specs, stored: false };
    }
    const result = sim.applyObjects(stack.functions.map(functionObject), fileName);
    if (result.diagnostics.length === 0) specs.push(...stack.functions);
    // `faas-cli up` builds and pushes each function's image before it deploys: the registry holds it.
    for (const fn of stack.functions) sim.addImage(fn.image);
    return { result, specs, stored: true };
  }
  const result = sim.apply(text, fileName);
  if (result.diagnostics.length === 0) {
    for (const doc of parseAllDocuments(text)) {
      const object = (Array.isArray(doc) ? null : doc.toJSON()) as KubeObject | null;
      if (object?.kind === 'Function' && object.apiVersion === 'openfaas.com/v1') {
        const spec = functionSpecFromObject(object);
        specs.push(spec);
        // A Function resource names an image the student pushed before (`faas-cli push`).
        sim.addImage(spec.image);
      }
    }
  }
  return { result, specs, stored: true };
}
