/** Runs one contract case against any FunctionRuntime and lists what went wrong (empty = passed). */
import { matches, RuntimeStartError, type FunctionRuntime, type FunctionResponse } from '../../labs/index.ts';
import { CONTRACT_LIMITS, type ContractCase, type ContractExpectation } from './contract-case.ts';

/** The outcome of a case. */
export interface ContractOutcome {
  id: string;
  failures: string[];
}

/** Starts `runtime` with the case's handler, runs its steps, stops it. Never throws. */
export async function runContractCase(
  runtime: FunctionRuntime,
  testCase: ContractCase,
): Promise<ContractOutcome> {
  const failures: string[] = [];
  const limits = { ...CONTRACT_LIMITS, ...testCase.limits };
  try {
    try {
      await runtime.start(
        { [testCase.file ?? 'handler.js']: testCase.handler },
        { limits, env: testCase.env ?? {} },
      );
    } catch (error) {
      const expected = testCase.startError;
      if (!expected) return { id: testCase.id, failures: [`start failed: ${String(error)}`] };
      const d = error instanceof RuntimeStartError ? error.diagnostics[0] : undefined;
      if (!d || d.code !== expected.code || d.place.line !== expected.line)
        failures.push(
          `expected ${expected.code} at line ${expected.line}, got ${d ? `${d.code} at ${d.place.line}:${d.place.column}` : String(error)}`,
        );
      return { id: testCase.id, failures };
    }
    if (testCase.startError) failures.push('start succeeded but should have failed');
    for (const [index, step] of testCase.steps.entries()) {
      if ('restart' in step) {
        await runtime.restart();
        continue;
      }
      if ('parallel' in step) {
        const answers = await Promise.all(step.parallel.map((request) => runtime.invoke(request)));
        const statuses = answers.map((a) => a.status).sort();
        if (JSON.stringify(statuses) !== JSON.stringify([...step.statuses].sort()))
          failures.push(
            `step ${index}: statuses ${JSON.stringify(statuses)}, expected ${JSON.stringify(step.statuses)}`,
          );
        continue;
      }
      const response = await runtime.invoke(step.request);
      const problem = await judge(runtime, step.expect, response);
      if (problem)
        failures.push(`step ${index} ${step.request.method} ${step.request.path ?? '/'}: ${problem}`);
    }
  } catch (error) {
    failures.push(`threw: ${String(error)}`);
  } finally {
    await runtime.stop().catch((error: unknown) => failures.push(`stop threw: ${String(error)}`));
  }
  return { id: testCase.id, failures };
}

async function judge(
  runtime: FunctionRuntime,
  expect: ContractExpectation,
  response: FunctionResponse,
): Promise<string | null> {
  const got = `got ${response.status} ${JSON.stringify(response.body.slice(0, 200))} ${JSON.stringify(response.headers)} limit=${response.limit?.kind ?? '-'}`;
  if (!matches(expect, response)) return `expected ${JSON.stringify(expect)}, ${got}`;
  if (expect.limit && response.limit?.kind !== expect.limit) return `expected limit ${expect.limit}, ${got}`;
  if (expect.logIncludes) {
    // Output reaches the feed asynchronously: give it a moment.
    for (let attempt = 0; attempt < 20; attempt++) {
      if (runtime.logs.history().some((e) => e.type === 'line' && e.text.includes(expect.logIncludes!)))
        return null;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return `no log line contains ${JSON.stringify(expect.logIncludes)}`;
  }
  return null;
}
