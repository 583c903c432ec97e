import { describe, expect, it } from 'vitest';
import { getLab, type LogEntry } from '../../../labs/index.ts';
import { SandboxRuntime } from '../../../labs/runtime/sandbox/index.ts';
import { createInProcessPort } from '../../../labs/runtime/sandbox/in-process-port.ts';
import { LabSession } from './lab-session.ts';

const hello = getLab('hello')!;

function session(logs: LogEntry[] = []): LabSession {
  return new LabSession({ lab: hello, createRuntime: () => new SandboxRuntime({ createPort: createInProcessPort }), onLog: (e) => logs.push(e) });
}

describe('LabSession (sandbox runtime, in-process)', () => {
  it('fails the checks with the starter and passes them with the solution', async () => {
    const lab = session();
    expect(await lab.run(hello.files, 'sandbox')).toBe(true);
    expect((await lab.check()).every((r) => r.passed)).toBe(false);
    await lab.run(hello.solution, 'sandbox');
    const results = await lab.check();
    expect(results.map((r) => r.passed)).toEqual([true, true]);
    await lab.dispose();
  });

  it('goes to failed with a positioned diagnostic for a syntax error', async () => {
    const lab = session();
    expect(await lab.run({ 'handler.js': 'module.exports = async (event, context) => {\n  return (\n}' }, 'sandbox')).toBe(false);
    expect(lab.state()).toBe('failed');
    const failure = lab.actor.getSnapshot().context.failure;
    expect(failure?.diagnostics[0]?.file).toBe('handler.js');
    expect(failure?.diagnostics[0]?.line).toBeGreaterThan(0);
    await lab.dispose();
  });

  it('forwards console output to the log listener', async () => {
    const logs: LogEntry[] = [];
    const lab = session(logs);
    await lab.run({ 'handler.js': "module.exports = async (e, c) => { console.log('seen'); return c.status(200).succeed('ok') }" }, 'sandbox');
    const response = await lab.invoke({ method: 'GET', path: '/' });
    expect(response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.some((e) => e.type === 'line' && e.text.includes('seen'))).toBe(true);
    await lab.dispose();
  });

  it('refuses to invoke when nothing runs', async () => {
    const lab = session();
    await expect(lab.invoke({ method: 'GET' })).rejects.toThrow(/not running/);
  });
});
