/** How the WebContainer runtime fails: always bounded, always saying why, so the page can fall back. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeWebContainerApi, ONLINE } from '../../../test/labs/fake-webcontainer.ts';
import { RuntimeStartError, type StartProgress } from '../contract/types.ts';
import { labLimits } from '../../lab-limits.ts';
import { resetWebContainerBoot, WebContainerRuntime } from './webcontainer-runtime.ts';
import { FUNCTION_SERVER_FILES } from '../function-server/server-files.ts';

const HELLO = {
  'handler.js': "module.exports = async () => 'hi'",
  'package.json': '{"name":"f","dependencies":{}}',
};

async function startError(runtime: WebContainerRuntime, files = HELLO): Promise<RuntimeStartError> {
  const error = await runtime.start(files, { limits: labLimits() }).then(
    () => null,
    (e: unknown) => e,
  );
  await runtime.stop();
  if (!(error instanceof RuntimeStartError))
    throw new Error(`expected a RuntimeStartError, got ${String(error)}`);
  return error;
}

describe('WebContainerRuntime', () => {
  beforeEach(() => resetWebContainerBoot());

  it('refuses without cross-origin isolation, before booting', async () => {
    const { api, calls } = createFakeWebContainerApi();
    const error = await startError(
      new WebContainerRuntime({
        loadApi: async () => api,
        environment: { crossOriginIsolated: false, probe: async () => {} },
      }),
    );
    expect(error.reason).toBe('unavailable');
    expect(error.diagnostics[0]!.message.en).toMatch(/cross-origin isolated/);
    expect(error.diagnostics[0]!.message.es).toMatch(/aislada/);
    expect(calls).toEqual([]);
  });

  it('refuses when StackBlitz cannot be reached, before booting', async () => {
    const { api, calls } = createFakeWebContainerApi();
    const probe = (signal: AbortSignal) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const error = await startError(
      new WebContainerRuntime({
        loadApi: async () => api,
        environment: { crossOriginIsolated: true, probe },
        preflightTimeoutMs: 50,
      }),
    );
    expect(error.diagnostics[0]!.message.en).toMatch(/StackBlitz did not answer within 0.05 s/);
    expect(calls).toEqual([]);
  });

  it('bounds a boot that never settles, and does not try a second one', async () => {
    const { api, calls } = createFakeWebContainerApi({ boot: 'hang' });
    const runtime = new WebContainerRuntime({
      loadApi: async () => api,
      environment: ONLINE,
      bootTimeoutMs: 50,
    });
    expect((await startError(runtime)).diagnostics[0]!.message.en).toMatch(/did not finish in 0.05 s/);
    expect((await startError(runtime)).diagnostics[0]!.message.en).toMatch(
      /earlier WebContainer boot never finished/,
    );
    expect(calls).toEqual(['boot']);
  });

  it('reports a boot failure as unavailable', async () => {
    const { api } = createFakeWebContainerApi({ boot: 'fail' });
    const error = await startError(
      new WebContainerRuntime({ loadApi: async () => api, environment: ONLINE }),
    );
    expect(error.reason).toBe('unavailable');
    expect(error.diagnostics[0]!.message.en).toMatch(/Unable to create more instances/);
  });

  it('mounts, installs with progress, starts server.mjs and reports the syntax error line', async () => {
    const { api, calls } = createFakeWebContainerApi();
    const phases: StartProgress['phase'][] = [];
    const runtime = new WebContainerRuntime({ loadApi: async () => api, environment: ONLINE });
    const error = await runtime
      .start(
        { ...HELLO, 'handler.js': 'module.exports = async () => {\n  return (\n}' },
        { limits: labLimits(), onProgress: (p) => phases.push(p.phase) },
      )
      .then(
        () => null,
        (e: unknown) => e as RuntimeStartError,
      );
    await runtime.stop();
    expect(calls).toEqual([
      'boot',
      `mount ${[...Object.keys(FUNCTION_SERVER_FILES), 'handler.js', 'package.json'].sort().join(',')}`,
      'spawn npm install --no-audit --no-fund',
      'spawn node server.mjs',
    ]);
    expect(phases).toEqual(expect.arrayContaining(['preflight', 'boot', 'mount', 'install', 'start']));
    expect(error?.diagnostics[0]).toMatchObject({
      code: 'handler-syntax',
      place: { file: 'handler.js', line: 3 },
    });
  });

  it('stops at the next phase when the start is aborted', async () => {
    const { api, calls } = createFakeWebContainerApi();
    const controller = new AbortController();
    const runtime = new WebContainerRuntime({ loadApi: async () => api, environment: ONLINE });
    const error = await runtime
      .start(HELLO, {
        limits: labLimits(),
        signal: controller.signal,
        onProgress: (p) => p.phase === 'boot' && controller.abort(),
      })
      .then(
        () => null,
        (e: unknown) => e as RuntimeStartError,
      );
    await runtime.stop();
    expect(error?.reason).toBe('aborted');
    expect(calls).not.toContain('spawn node server.mjs');
  });

  it('fails with a package.json diagnostic when npm install fails', async () => {
    const { api } = createFakeWebContainerApi();
    const runtime = new WebContainerRuntime({ loadApi: async () => api, environment: ONLINE });
    const error = await startError(runtime, {
      ...HELLO,
      'package.json': '{"dependencies":{"left-pad":"1.3.0"}}',
    });
    expect(error.diagnostics[0]).toMatchObject({
      code: 'npm-install-failed',
      place: { file: 'package.json' },
    });
    expect(runtime.logs.history().some((e) => e.type === 'line' && e.text.includes('ENOTFOUND'))).toBe(true);
  });
});
