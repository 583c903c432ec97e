/**
 * One lab id, two languages: a lab with a `python` variant can be run, checked and exported in Python
 * (python3-http template) or in Node. `labInLanguage` gives the lab as the chosen language sees it, so
 * runtimes, checks, the CLI and the export keep taking a plain `Lab`.
 */
import type { FunctionLanguage, Lab } from './lab-types.ts';
import type { FunctionFiles } from './runtime/contract/types.ts';

/** The languages this lab offers, Node first. */
export function labLanguages(lab: Lab): FunctionLanguage[] {
  if (lab.language === 'python') return ['python'];
  return lab.python ? ['node', 'python'] : ['node'];
}

/** The lab in `language`, or undefined when it has no such variant. */
export function labInLanguage(lab: Lab, language: FunctionLanguage): Lab | undefined {
  if ((lab.language ?? 'node') === language) return lab;
  if (language !== 'python' || !lab.python) return undefined;
  const { python, ...rest } = lab;
  return {
    ...rest,
    language: 'python',
    files: python.files,
    solution: python.solution,
    instructions: python.instructions,
    env: python.env ?? {},
  };
}

/** The language of a set of handler files: `handler.py` means Python. */
export function filesLanguage(files: FunctionFiles): FunctionLanguage {
  return files['handler.py'] !== undefined && files['handler.js'] === undefined ? 'python' : 'node';
}

/** The file the student edits in this language. */
export function handlerFileName(language: FunctionLanguage): 'handler.py' | 'handler.js' {
  return language === 'python' ? 'handler.py' : 'handler.js';
}
