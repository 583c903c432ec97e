import { describe, expect, it } from 'vitest';
import { runSimCli } from '../../simulator/cli/index.ts';
import { runLoadCommand } from '../../simulator/openfaas/load-command.ts';
import { GATEWAY, openfaasFixture } from './openfaas-fixtures.ts';

function io(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      readFile: (p: string) => {
        const text = files[p];
        if (text === undefined) throw new Error('ENOENT');
        return text;
      },
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      lang: 'en_US.UTF-8',
    },
  };
}

describe('faaslab sim load', () => {
  const files = {
    'stack.yml': openfaasFixture('hello-pro-stack.yml'),
    'bad.yml': openfaasFixture('bad-labels-stack.yml'),
  };

  it('prints one row per second and the totals; --json gives the same timeline as data', async () => {
    const text = io(files);
    const args = [
      '-f',
      'stack.yml',
      '--url',
      `${GATEWAY}/function/hello`,
      '--rps',
      '100',
      '--seconds',
      '8',
      '--edition',
      'pro',
      '--burst',
      '3:2:300',
    ];
    expect(await runLoadCommand(args, text.io)).toBe(0);
    const lines = text.out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^sec\s+replicas\s+ready\s+sent/);
    expect(lines).toHaveLength(1 + 8 + 1);
    expect(lines.at(-1)).toMatch(/^total: \d+ sent, \d+ done/);
    const json = io(files);
    expect(await runLoadCommand([...args, '--json'], json.io)).toBe(0);
    const timeline = JSON.parse(json.out.stdout) as {
      seconds: Array<{ requests: number }>;
      totals: { requests: number; completed: number };
    };
    expect(timeline.seconds).toHaveLength(8);
    expect(timeline.totals.completed).toBe(timeline.totals.requests);
    // The burst (seconds 3–4) sends about four times the base rate.
    expect(timeline.seconds[3]!.requests).toBeGreaterThan(2.5 * timeline.seconds[1]!.requests);
    // Same seed, same run.
    const again = io(files);
    await runLoadCommand([...args, '--json'], again.io);
    expect(again.out.stdout).toBe(json.out.stdout);
  });

  it('exits 1 with positioned diagnostics for a bad stack file, and 2 for bad usage', async () => {
    const load = async (args: string): Promise<{ code: number; stderr: string }> => {
      const run = io(files);
      const code = await runLoadCommand(args.split(' '), run.io);
      return { code, stderr: run.out.stderr };
    };
    const hello = `--url ${GATEWAY}/function/hello`;
    expect(await load(`-f bad.yml ${hello} --rps 5 --seconds 2`)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('bad.yml:5:'),
    });
    expect(await load('-f stack.yml --rps 5 --seconds 2')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--url URL'),
    });
    expect(await load(`-f stack.yml ${hello} --rps 1e9 --seconds 2`)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('expected a number from 0 to 10000'),
    });
  });

  it('is reached as `faaslab sim load`', async () => {
    const t = io(files);
    expect(
      await runSimCli(
        [
          'load',
          '-f',
          'stack.yml',
          '--url',
          `${GATEWAY}/function/hello`,
          '--rps',
          '5',
          '--seconds',
          '2',
          '--json',
        ],
        t.io,
      ),
    ).toBe(0);
    expect((JSON.parse(t.out.stdout) as { seconds: unknown[] }).seconds).toHaveLength(2);
  });
});
