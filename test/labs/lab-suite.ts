/**
 * Every lab against a runtime: the solution passes all checks and the starter fails at least one
 * (so a check that cannot fail is caught). Shared by the Node spec, the sandbox spec, the
 * WebContainer-fake spec and the Chromium test.
 */
import { listLabs, runChecks, type FunctionRuntime, type Lab } from '../../labs/index.ts';

/** What went wrong for one lab (empty = fine). */
export async function judgeLab(makeRuntime: () => FunctionRuntime, lab: Lab): Promise<string[]> {
  const problems: string[] = [];
  for (const variant of ['solution', 'starter'] as const) {
    const runtime = makeRuntime();
    try {
      await runtime.start(variant === 'solution' ? lab.solution : lab.files, {
        limits: lab.limits,
        env: lab.env,
      });
      const results = await runChecks(runtime, lab);
      if (variant === 'solution')
        for (const r of results.filter((r) => !r.passed))
          problems.push(`${lab.id} solution fails ${r.checkId}: expected ${r.expected}; got ${r.got}`);
      else if (results.every((r) => r.passed)) problems.push(`${lab.id} starter passes every check`);
    } catch (error) {
      problems.push(`${lab.id} ${variant}: ${String(error)}`);
    } finally {
      await runtime.stop();
    }
  }
  return problems;
}

/** The lab ids, for test tables. */
export const LAB_IDS = listLabs().map((lab) => lab.id);
