import { describe, expect, it } from 'vitest';
import { getLab, RuntimeStartError, type FunctionRuntime, type LogEntry } from '../../../labs/index.ts';
import { SandboxRuntime } from '../../../labs/runtime/sandbox/index.ts';
import { createInProcessPort } from '../../../labs/runtime/sandbox/in-process-port.ts';
import { LabSession } from './lab-session.ts';

const hello = getLab('hello')!;

function session(logs: LogEntry[] = []): LabSession {
  return new LabSession({
    lab: hello,
    createRuntime: () => new SandboxRuntime({ createPort: createInProcessPort }),
    onLog: (e) => logs.push(e),
  });
}

describe('LabSession (sandbox runtime, in-process)', () => {
  it('fails the checks with the starter and passes them with the solution', async () => {
    const lab = session();
    expect(await lab.run(hello.files, ['sandbox'])).toBe(true);
    expect((await lab.check()).every((r) => r.passed)).toBe(false);
    await lab.run(hello.solution, ['sandbox']);
    const results = await lab.check();
    expect(results.map((r) => r.passed)).toEqual([true, true]);
    await lab.dispose();
  });

  it('reports which runtime is booting while it starts', async () => {
    const lab = session();
    const phases: string[] = [];
    lab.actor.subscribe(
      (snapshot) =>
        snapshot.context.progress &&
        phases.push(
          `${snapshot.value}:${snapshot.context.progress.phase}:${snapshot.context.progress.message.en}`,
        ),
    );
    await lab.run(hello.files, ['sandbox']);
    expect(phases).toContain('starting:boot:QuickJS sandbox (offline)');
    expect(lab.state()).toBe('running');
    await lab.dispose();
  });

  it('goes to failed with a positioned diagnostic for a syntax error', async () => {
    const lab = session();
    expect(
      await lab.run({ 'handler.js': 'module.exports = async (event, context) => {\n  return (\n}' }, [
        'sandbox',
      ]),
    ).toBe(false);
    expect(lab.state()).toBe('failed');
    const failure = lab.actor.getSnapshot().context.failure;
    expect(failure?.diagnostics[0]?.place.file).toBe('handler.js');
    expect(failure?.diagnostics[0]?.place.line).toBeGreaterThan(0);
    await lab.dispose();
  });

  it('forwards console output to the log listener', async () => {
    const logs: LogEntry[] = [];
    const lab = session(logs);
    await lab.run(
      {
        'handler.js':
          "module.exports = async (e, c) => { console.log('seen'); return c.status(200).succeed('ok') }",
      },
      ['sandbox'],
    );
    const response = await lab.invoke({ method: 'GET', path: '/' });
    expect(response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.some((e) => e.type === 'line' && e.text.includes('seen'))).toBe(true);
    await lab.dispose();
  });

  it('falls back to the next runtime when one is unavailable, and says why', async () => {
    const unavailable: FunctionRuntime = {
      kind: 'webcontainer',
      logs: new SandboxRuntime().logs,
      describe: () => ({ kind: 'webcontainer', label: { es: 'wc', en: 'wc' }, state: 'failed' }),
      start: async () => {
        throw new RuntimeStartError('unavailable', []);
      },
      invoke: async () => ({ status: 500, headers: {}, body: '', durationMs: 0 }),
      stop: async () => {},
    };
    const lab = new LabSession({
      lab: hello,
      createRuntime: (kind) =>
        kind === 'webcontainer' ? unavailable : new SandboxRuntime({ createPort: createInProcessPort }),
    });
    const fellBack: string[] = [];
    expect(
      await lab.run(hello.solution, ['webcontainer', 'sandbox'], (from, error) =>
        fellBack.push(`${from}:${error.reason}`),
      ),
    ).toBe(true);
    expect(fellBack).toEqual(['webcontainer:unavailable']);
    expect(lab.runtime()?.kind).toBe('sandbox');
    expect((await lab.invoke({ method: 'POST', body: 'x' })).body).toBe('Hello! You said: x');
    await lab.dispose();
  });

  it('does not fall back for a handler error', async () => {
    const created: string[] = [];
    const lab = new LabSession({
      lab: hello,
      createRuntime: (kind) => (created.push(kind), new SandboxRuntime({ createPort: createInProcessPort })),
    });
    expect(await lab.run({ 'handler.js': 'module.exports = (' }, ['webcontainer', 'sandbox'])).toBe(false);
    expect(created).toEqual(['webcontainer']);
    expect(lab.state()).toBe('failed');
    await lab.dispose();
  });

  it('a newer Run cancels an older one still starting: the older resolves false and never lands', async () => {
    const lab = session();
    const older = lab.run({ 'handler.js': 'module.exports = (' }, ['sandbox']);
    const newer = lab.run(hello.solution, ['sandbox']);
    expect(await older).toBe(false);
    expect(await newer).toBe(true);
    expect(lab.state()).toBe('running');
    expect(lab.actor.getSnapshot().context.failure).toBeNull();
    expect((await lab.invoke({ method: 'POST', body: 'x' })).body).toBe('Hello! You said: x');
    await lab.dispose();
  });

  it('Stop cancels a start in progress', async () => {
    const lab = session();
    const starting = lab.run(hello.solution, ['sandbox']);
    await lab.stop();
    expect(await starting).toBe(false);
    expect(lab.state()).toBe('idle');
    await lab.dispose();
  });

  it('refuses to invoke when nothing runs', async () => {
    const lab = session();
    await expect(lab.invoke({ method: 'GET' })).rejects.toThrow(/not running/);
  });
});
