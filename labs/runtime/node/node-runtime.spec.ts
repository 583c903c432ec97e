/** What only the Node runtime does: write_timeout, a dead child, and clean stop. */
import { describe, expect, it } from 'vitest';
import { NodeRuntime } from './node-runtime.ts';

const LIMITS = {
  execTimeoutMs: 3_000,
  memoryMb: 64,
  maxBodyBytes: 1024,
  readTimeoutMs: 5_000,
  writeTimeoutMs: 5_000,
  maxInflight: 0,
};

describe('NodeRuntime', () => {
  it('closes the connection at write_timeout (before exec_timeout) and reports it', async () => {
    const runtime = new NodeRuntime();
    await runtime.start(
      {
        'handler.js':
          "module.exports = async () => { await new Promise((r) => setTimeout(r, 1500)); return 'late' }",
      },
      { limits: { ...LIMITS, writeTimeoutMs: 300 } },
    );
    try {
      const response = await runtime.invoke({ method: 'GET', path: '/' });
      expect(response.status).toBe(502);
      expect(response.limit?.kind).toBe('write-timeout');
    } finally {
      await runtime.stop();
    }
  });

  it('answers 500 when the handler exits its thread, restarts it and serves the next request', async () => {
    const runtime = new NodeRuntime();
    await runtime.start(
      {
        'handler.js':
          "module.exports = async (event) => { if (event.path === '/die') process.exit(3); return 'up' }",
      },
      { limits: LIMITS },
    );
    try {
      const crashed = await runtime.invoke({ method: 'GET', path: '/die' });
      expect(crashed.status).toBeGreaterThanOrEqual(500);
      // process.exit in the handler ends its worker thread; the watchdog replaces it and queues requests.
      expect(await runtime.invoke({ method: 'GET', path: '/' })).toMatchObject({ status: 200, body: 'up' });
      expect(runtime.logs.history().some((e) => e.type === 'limit' && e.limit.kind === 'crash')).toBe(true);
    } finally {
      await runtime.stop();
    }
  });

  it('describes itself with the served URL while running', async () => {
    const runtime = new NodeRuntime();
    expect(runtime.describe().state).toBe('idle');
    await runtime.start({ 'handler.js': "module.exports = async () => 'x'" }, { limits: LIMITS });
    expect(runtime.describe()).toMatchObject({ kind: 'node', state: 'running' });
    expect(runtime.describe().detail?.en).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await runtime.stop();
    expect(runtime.describe().state).toBe('stopped');
  });
});
