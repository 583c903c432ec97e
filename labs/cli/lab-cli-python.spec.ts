/** `faaslab lab …` for the Python side of a lab (python3 underneath), with captured output. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython } from '../runtime/python/index.ts';
import { runLabCli, type LabCliIo } from './lab-cli.ts';

function capture(untilStopped: () => Promise<void> = async () => {}): LabCliIo & {
  stdout: string;
  stderr: string;
} {
  const io = {
    stdout: '',
    stderr: '',
    env: { LANG: 'en_US.UTF-8' },
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    untilStopped,
  };
  return io;
}

describe.skipIf(!findPython())('faaslab lab with --language python', () => {
  it('test passes with the solution and fails with the starter', async () => {
    const solved = capture();
    expect(await runLabCli(['test', 'sensor-aggregation', '--language', 'python'], solved)).toBe(0);
    expect(solved.stdout).toContain('3 of 3 checks passed');
    const starter = capture();
    expect(
      await runLabCli(['test', 'sensor-aggregation', '--language', 'python', '--starter'], starter),
    ).toBe(1);
  });

  it("invoke answers the course's curl -d with the course's answer", async () => {
    const io = capture();
    expect(await runLabCli(['invoke', 'hello', '--language', 'python', '--data', "it's john here"], io)).toBe(
      0,
    );
    expect(io.stdout).toBe("Hello! You said: it's john here\n");
  });

  it('a .py --handler picks Python and a syntax error is reported at its line', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'faaslab-cli-py-')), 'handler.py');
    await writeFile(file, 'def handle(event, context):\n    return {"body": 1 +}\n');
    const io = capture();
    expect(await runLabCli(['test', 'hello', '--handler', file], io)).toBe(1);
    expect(io.stderr).toMatch(/^handler\.py:2:\d+ .*Syntax error in the handler/m);
  });

  it('says so when a lab has no Python side', async () => {
    const io = capture();
    expect(await runLabCli(['test', 'chatbot', '--language', 'python'], io)).toBe(2);
    expect(io.stderr).toContain('does not exist in python');
  });
});
