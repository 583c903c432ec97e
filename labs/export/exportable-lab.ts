/**
 * What an exporter needs from a lab: its id, the handler to ship, its package.json, its limits and its
 * environment — a subset of labs/index.ts's Lab, so the browser can export the student's own handler.
 */
import type { FunctionLanguage, Lab, Limits } from '../index.ts';

/** A lab ready to export. */
export interface ExportableLab {
  /** The lab id; it becomes the function's name, so it must be a DNS-1035 label. */
  id: string;
  /** handler.js (handler.py for Python) as the student wrote it. */
  handlerSource: string;
  /** The handler's language (default `node`): Python exports use the python3-http template and server.py. */
  language?: FunctionLanguage;
  /** The lab's package.json text, if it has one. */
  packageJson?: string;
  limits: Limits;
  /** Extra environment, e.g. `{ RAW_BODY: 'true' }`. */
  env: Record<string, string>;
}

/** Which handler to ship: the lab's solution, its starter, or a given source (the student's). */
export type HandlerChoice = 'solution' | 'starter' | { source: string };

/** Picks the handler to ship from a Lab. */
export function exportableLab(lab: Lab, handler: HandlerChoice = 'solution'): ExportableLab {
  const files = handler === 'starter' ? lab.files : lab.solution;
  const python = lab.language === 'python';
  const file = python ? 'handler.py' : 'handler.js';
  const handlerSource = typeof handler === 'object' ? handler.source : (files[file] ?? '');
  const packageJson = python ? undefined : (files['package.json'] ?? lab.files['package.json']);
  return {
    id: lab.id,
    handlerSource,
    ...(python ? { language: 'python' as const } : {}),
    ...(packageJson !== undefined ? { packageJson } : {}),
    limits: lab.limits,
    env: lab.env,
  };
}
