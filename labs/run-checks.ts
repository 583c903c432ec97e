/**
 * Runs a lab's hidden checks against a started runtime, the same way in the browser and in
 * `faaslab lab test`, and says what was expected and what came back.
 */
import type { Check, CheckExpectation, CheckResult, Lab } from './lab-types.ts';
import type { FunctionResponse, FunctionRuntime } from './runtime/contract/types.ts';

/** Runs every check of `lab` in order against `runtime` (already started with the handler to test). */
export async function runChecks(
  runtime: FunctionRuntime,
  lab: Lab,
  signal?: AbortSignal,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of lab.checks) {
    signal?.throwIfAborted();
    results.push(await runCheck(runtime, check, signal));
  }
  return results;
}

/** Runs one check. A runtime failure is a failed check, never an exception. */
export async function runCheck(
  runtime: FunctionRuntime,
  check: Check,
  signal?: AbortSignal,
): Promise<CheckResult> {
  const expected = describeExpectation(check.expect);
  let response: FunctionResponse;
  try {
    response = await runtime.invoke(check.request, signal);
  } catch (error) {
    return { checkId: check.id, title: check.title, passed: false, expected, got: `error: ${String(error)}` };
  }
  const passed = matches(check.expect, response);
  return {
    checkId: check.id,
    title: check.title,
    passed,
    expected,
    got: describeResponse(check.expect, response),
    response,
  };
}

/** Whether a response meets an expectation. */
export function matches(expect: CheckExpectation, response: FunctionResponse): boolean {
  if (expect.status !== undefined && response.status !== expect.status) return false;
  if (expect.body !== undefined && response.body !== expect.body) return false;
  if (expect.bodyIncludes !== undefined && !response.body.includes(expect.bodyIncludes)) return false;
  if (expect.json !== undefined && !jsonEquals(expect.json, response.body)) return false;
  for (const [name, value] of Object.entries(expect.headers ?? {})) {
    if (response.headers[name.toLowerCase()] !== value) return false;
  }
  if (expect.predicate && !safeTest(expect.predicate.test, response)) return false;
  return true;
}

function safeTest(test: (r: FunctionResponse) => boolean, response: FunctionResponse): boolean {
  try {
    return test(response);
  } catch {
    return false;
  }
}

function jsonEquals(expected: unknown, body: string): boolean {
  try {
    return canonical(JSON.parse(body)) === canonical(expected);
  } catch {
    return false;
  }
}

/** JSON with sorted keys, so key order does not matter. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function describeExpectation(expect: CheckExpectation): string {
  const parts: string[] = [];
  if (expect.status !== undefined) parts.push(`status ${expect.status}`);
  if (expect.body !== undefined) parts.push(`body ${JSON.stringify(expect.body)}`);
  if (expect.bodyIncludes !== undefined) parts.push(`body containing ${JSON.stringify(expect.bodyIncludes)}`);
  if (expect.json !== undefined) parts.push(`JSON ${JSON.stringify(expect.json)}`);
  for (const [name, value] of Object.entries(expect.headers ?? {})) parts.push(`${name}: ${value}`);
  if (expect.predicate) parts.push(expect.predicate.describe.en);
  return parts.join(', ');
}

function describeResponse(expect: CheckExpectation, response: FunctionResponse): string {
  const parts = [`status ${response.status}`];
  const body = response.body.length > 300 ? `${response.body.slice(0, 300)}…` : response.body;
  parts.push(`body ${JSON.stringify(body)}`);
  for (const name of Object.keys(expect.headers ?? {}))
    parts.push(`${name}: ${response.headers[name.toLowerCase()] ?? '(none)'}`);
  if (response.limit) parts.push(`(${response.limit.kind})`);
  return parts.join(', ');
}
