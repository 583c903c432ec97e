/** `faaslab lab …` for the Python side of a lab (python3 underneath), with captured output. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython } from '../runtime/python/index.ts';
import { capturedCliIo } from '../../test/labs/captured-cli-io.ts';
import { runLabCli } from './lab-cli.ts';

describe.skipIf(!findPython())('faaslab lab with --language python', () => {
  it('test passes with the solution and fails with the starter', async () => {
    const solved = capturedCliIo();
    expect(await runLabCli(['test', 'sensor-aggregation', '--language', 'python'], solved)).toBe(0);
    expect(solved.stdout).toContain('3 of 3 checks passed');
    const starter = capturedCliIo();
    expect(
      await runLabCli(['test', 'sensor-aggregation', '--language', 'python', '--starter'], starter),
    ).toBe(1);
  });

  it("invoke answers the course's curl -d with the course's answer", async () => {
    const io = capturedCliIo();
    expect(await runLabCli(['invoke', 'hello', '--language', 'python', '--data', "it's john here"], io)).toBe(
      0,
    );
    expect(io.stdout).toBe("Hello! You said: it's john here\n");
  });

  it('a .py --handler picks Python and a syntax error is reported at its line', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'faaslab-cli-py-')), 'handler.py');
    await writeFile(file, 'def handle(event, context):\n    return {"body": 1 +}\n');
    const io = capturedCliIo();
    expect(await runLabCli(['test', 'hello', '--handler', file], io)).toBe(1);
    expect(io.stderr).toMatch(/^handler\.py:2:\d+ .*Syntax error in the handler/m);
  });

  it('says so when a lab has no Python side', async () => {
    const io = capturedCliIo();
    expect(await runLabCli(['test', 'chatbot', '--language', 'python'], io)).toBe(2);
    expect(io.stderr).toContain('does not exist in python');
  });
});
