import { describe, expect, it } from 'vitest';
import { requestFromUrl } from '../../simulator/index.ts';
import { createOpenFaaS } from '../../simulator/openfaas/index.ts';
import { GATEWAY, openfaasFixture } from './openfaas-fixtures.ts';

describe('async invocations through NATS and the queue-worker', () => {
  it('returns 202 with X-Call-Id at once; the callback receives the function result with the same id', () => {
    const faas = createOpenFaaS({ seed: 11, workMs: 500 });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    const accepted = faas.invoke(
      requestFromUrl(`${GATEWAY}/async-function/hello`, {
        method: 'POST',
        body: 'later',
        headers: { 'X-Callback-Url': 'http://receiver.example/cb' },
      }),
    );
    expect(accepted?.status).toBe(202);
    expect(accepted?.latencyMs ?? Infinity).toBeLessThan(500); // the gateway does not wait for the function
    const callId = accepted?.headers['X-Call-Id'];
    expect(callId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    faas.advance(2_000);
    expect(faas.callbacks).toHaveLength(1);
    const delivery = faas.callbacks[0]!;
    expect(delivery).toMatchObject({
      url: 'http://receiver.example/cb',
      callId,
      functionName: 'hello',
      status: 200,
    });
    expect(delivery.headers['X-Call-Id']).toBe(callId);
    expect(delivery.headers['X-Function-Status']).toBe('200');
    expect(delivery.atMs).toBeGreaterThan((accepted?.endMs ?? 0) + 400);
  });

  it('runs queued calls one at a time (queue-worker max_inflight 1), in order', () => {
    const faas = createOpenFaaS({ seed: 12, workMs: 1_000 });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    const ids: string[] = [];
    faas.onResult((r) => ids.push(r.headers['X-Call-Id'] ?? ''));
    for (let i = 0; i < 3; i++)
      faas.send(
        requestFromUrl(`${GATEWAY}/async-function/hello`, {
          method: 'POST',
          headers: { 'X-Callback-Url': 'http://cb/' },
        }),
      );
    expect(faas.queueState()).toEqual({ depth: 2, inFlight: 1 });
    faas.advance(5_000);
    expect(faas.callbacks.map((c) => c.callId)).toEqual(ids);
    const gaps = faas.callbacks.slice(1).map((c, i) => c.atMs - faas.callbacks[i]!.atMs);
    expect(gaps.every((g) => g >= 1_000)).toBe(true);
  });
});
