import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/faaslab.mjs', ...args], { encoding: 'utf8' });

describe('faaslab command line', () => {
  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(
      execFileSync(process.execPath, ['bin/faaslab.mjs', '--version'], { encoding: 'utf8' }).trim(),
    ).toBe(pkg.version);
  });
  it('prints help with exit 0', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage:');
  });
  it('rejects an unknown command with exit 2', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "frobnicate"');
  });
});
