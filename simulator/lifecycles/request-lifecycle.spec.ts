import { describe, expect, it } from 'vitest';
import type { Trace } from '../api-types.ts';
import { createTracePlayer } from './request-lifecycle.ts';

const trace = (status: number): Trace => ({
  status,
  outcome: status > 0 ? 'answered' : 'refused',
  timeoutMs: null,
  service: null,
  servicePort: null,
  pod: null,
  node: null,
  hops: [
    { kind: 'client', name: 'c', detail: { es: 'c', en: 'c' } },
    { kind: 'node-port', name: 'n', detail: { es: 'n', en: 'n' } },
  ],
  warnings: [],
  error: null,
  response: null,
});

describe('createTracePlayer', () => {
  it('walks the hops and ends answered for an HTTP status', () => {
    const player = createTracePlayer(trace(200));
    expect(player.state()).toMatchObject({ phase: 'travelling', hopIndex: 0 });
    expect(player.next()).toMatchObject({ phase: 'travelling', hopIndex: 1, hop: { kind: 'node-port' } });
    expect(player.next().phase).toBe('answered');
    expect(player.restart()).toMatchObject({ phase: 'travelling', hopIndex: 0 });
  });

  it('ends refused when the trace has no HTTP answer', () => {
    const player = createTracePlayer(trace(0));
    player.next();
    expect(player.next().phase).toBe('refused');
    player.dispose();
  });
});
