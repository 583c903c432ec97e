/**
 * What a lab is: bilingual text, the starter and solution files, hidden checks and limits. Lab data
 * is plain TypeScript (strings, no node: imports) so the browser and the command line read the same.
 */
import type { FunctionFiles, FunctionRequest, FunctionResponse, Limits } from './runtime/contract/types.ts';
import type { Bilingual } from '../core/index.ts';

/** What a check expects of the response; every field given must hold. */
export interface CheckExpectation {
  status?: number;
  /** The exact body text. */
  body?: string;
  /** Text the body must contain. */
  bodyIncludes?: string;
  /** The body parsed as JSON must deep-equal this value. */
  json?: unknown;
  /** Headers (lower-case names) that must have these values. */
  headers?: Record<string, string>;
  /** A rule in words plus its test, for what the fields above cannot say. */
  predicate?: { describe: Bilingual; test: (response: FunctionResponse) => boolean };
}

/** One hidden check: a request and what the answer must be. */
export interface Check {
  id: string;
  title: Bilingual;
  request: FunctionRequest;
  expect: CheckExpectation;
}

/** The result of one check, with expected vs got in words for the student. */
export interface CheckResult {
  checkId: string;
  title: Bilingual;
  passed: boolean;
  /** What was expected, e.g. `status 200, body "Hello! You said: hi"`. */
  expected: string;
  /** What came back, in the same shape. */
  got: string;
  response?: FunctionResponse;
}

/** A request the invoke panel offers with one click. */
export interface RequestExample {
  label: Bilingual;
  request: FunctionRequest;
}

/** The language a lab's handler is written in: the Node template or the python3-http template. */
export type FunctionLanguage = 'node' | 'python';

/** The same lab in Python (python3-http template): its own files and text; checks and limits are shared. */
export interface LabPythonVariant {
  /** The starter `handler.py`. */
  files: FunctionFiles;
  /** The same file, solved. */
  solution: FunctionFiles;
  /** Markdown. */
  instructions: Bilingual;
  /** Extra function environment (default none). */
  env?: Record<string, string>;
}

/** One lab. */
export interface Lab {
  /** Lower-case DNS label; also the function's name when exported. */
  id: string;
  title: Bilingual;
  summary: Bilingual;
  /** Markdown. */
  instructions: Bilingual;
  /** The starter files the student edits: `handler.js`, `package.json`. */
  files: FunctionFiles;
  /** The same files, solved. */
  solution: FunctionFiles;
  checks: Check[];
  limits: Limits;
  /** Extra function environment, e.g. `{ RAW_BODY: 'true' }`. */
  env: Record<string, string>;
  examples: RequestExample[];
  /** The handler's language (default `node`); `labInLanguage` gives the Python side of a lab. */
  language?: FunctionLanguage;
  /** The lab in Python too: the student picks the language in the lab. */
  python?: LabPythonVariant;
}
