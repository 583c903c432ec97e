/**
 * The words a lab is written in: requests the course's curl would send, checks built from a request
 * and what the answer must be, the invoke panel's examples, a lab's starter and solution files, and its
 * prose (title, summary, instructions), which lives in the lab's text.json.
 * Each lab then lists only what differs, through {@link nodeLab} (see labs/hello/index.ts).
 */
import type { Bilingual } from '../core/index.ts';
import type { FunctionFiles, FunctionRequest, Limits } from './runtime/contract/types.ts';
import type { Check, CheckExpectation, Lab, LabPythonVariant, RequestExample } from './lab-types.ts';
import { labLimits } from './lab-limits.ts';
import { labPackageJson } from './lab-package-json.ts';
import { PYTHON_TEMPLATE_STARTER } from './python-starter.ts';

/** `Content-Type: text/plain`, as `curl --data-binary` with `-H 'Content-Type: text/plain'` sends it. */
export const TEXT_PLAIN = { 'content-type': 'text/plain' };
/** `Content-Type: application/json`. */
export const JSON_TYPE = { 'content-type': 'application/json' };
/** What `curl -d` sends: a form, which the Node template parses unless RAW_BODY=true. */
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** `POST /` with `body` sent as `headers` say. */
export function post(headers: Record<string, string>, body: string): FunctionRequest {
  return { method: 'POST', path: '/', headers, body };
}

/** `POST /` with `value` as JSON text. */
export function postJson(value: unknown): FunctionRequest {
  return post(JSON_TYPE, JSON.stringify(value));
}

/** `GET path` without a body. */
export function get(path: string): FunctionRequest {
  return { method: 'GET', path };
}

/** One hidden check: `request` must be answered as `expect` says. */
export function check(
  id: string,
  title: Bilingual,
  request: FunctionRequest,
  expect: CheckExpectation,
): Check {
  return { id, title, request, expect };
}

/** A request the invoke panel offers with one click. */
export function example(label: Bilingual, request: FunctionRequest): RequestExample {
  return { label, request };
}

/** A lab's words as its text.json holds them: Markdown instructions as lines, to keep the file readable. */
export interface LabTextFile {
  title: Bilingual;
  summary: Bilingual;
  instructions: { es: string[]; en: string[] };
}

/** A lab's title, summary and instructions from its text.json. */
function labText(text: LabTextFile): Pick<Lab, 'title' | 'summary' | 'instructions'> {
  return {
    title: text.title,
    summary: text.summary,
    instructions: { es: text.instructions.es.join('\n'), en: text.instructions.en.join('\n') },
  };
}

/** A Node lab's `handler.js` starter and solution, each with the lab's package.json. */
function nodeLabFiles(
  id: string,
  starter: string,
  solution: string,
): { files: FunctionFiles; solution: FunctionFiles } {
  const packageJson = labPackageJson(id);
  return {
    files: { 'handler.js': starter, 'package.json': packageJson },
    solution: { 'handler.js': solution, 'package.json': packageJson },
  };
}

/** What one Node lab says of itself; {@link nodeLab} makes the rest the same for every lab. */
export interface NodeLabParts {
  /** Lower-case DNS label; also the package.json name and the exported function's name. */
  id: string;
  text: LabTextFile;
  /** The `handler.js` the student starts from. */
  starter: string;
  /** The same file, solved. */
  solution: string;
  checks: Check[];
  examples: RequestExample[];
  /** Default: {@link labLimits}(). */
  limits?: Limits;
  /** Extra function environment; default none. */
  env?: Record<string, string>;
  python?: LabPythonVariant;
}

/** A Node lab (and its Python side, when it has one) from what differs between labs. */
export function nodeLab(parts: NodeLabParts): Lab {
  const { id, text, starter, solution, checks, examples, limits = labLimits(), env = {}, python } = parts;
  return {
    id,
    ...labText(text),
    ...nodeLabFiles(id, starter, solution),
    checks,
    limits,
    env,
    examples,
    ...(python ? { python } : {}),
  };
}

/** A lab in Python: the starter (default: python3-http's generated one), the `handler.py` solution and its text. */
export function pythonVariant(
  solution: string,
  instructions: Bilingual,
  starter: string = PYTHON_TEMPLATE_STARTER,
): LabPythonVariant {
  return {
    files: { 'handler.py': starter },
    solution: { 'handler.py': solution },
    instructions,
  };
}
