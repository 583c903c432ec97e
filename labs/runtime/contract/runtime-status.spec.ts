import { describe, expect, it } from 'vitest';
import { RuntimeStatus } from './runtime-status.ts';

describe('RuntimeStatus', () => {
  it('is starting while a start runs, then running', async () => {
    const status = new RuntimeStatus('sandbox', { es: 'x', en: 'x' });
    let during = '';
    await status.starting(async () => {
      during = status.state;
    });
    expect([during, status.state]).toEqual(['starting', 'running']);
  });

  it('fails a start that throws, cleans up first and passes the error on', async () => {
    const status = new RuntimeStatus('sandbox', { es: 'x', en: 'x' });
    const seen: string[] = [];
    const start = status.starting(
      async () => {
        throw new Error('no handler');
      },
      () => void seen.push(`clean-up while ${status.state}`),
    );
    await expect(start).rejects.toThrow('no handler');
    expect(seen).toEqual(['clean-up while failed']);
    expect(status.state).toBe('failed');
  });

  it('stays idle on a stop before any start, and is stopped after one', async () => {
    const status = new RuntimeStatus('sandbox', { es: 'x', en: 'x' });
    status.stopped();
    expect(status.describe().state).toBe('idle');
    await status.starting(async () => {});
    status.stopped();
    expect(status.describe({ es: 'd', en: 'd' })).toEqual({
      kind: 'sandbox',
      label: { es: 'x', en: 'x' },
      state: 'stopped',
      detail: { es: 'd', en: 'd' },
    });
  });
});
