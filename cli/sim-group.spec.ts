import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const faaslab = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/faaslab.mjs', ...args], { encoding: 'utf8' });

describe('faaslab sim', () => {
  it('lists export beside the simulator commands in its help', () => {
    const result = faaslab('sim', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('faaslab sim route');
    expect(result.stdout).toContain('faaslab sim export');
  });

  it('exports the simulated state of the course flaskapp.yaml as clean YAML, with the Ingress migrated', () => {
    const result = faaslab('sim', 'export', '-f', 'test/fixtures/course/flaskapp.yaml', '--lang', 'en');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('apiVersion: networking.k8s.io/v1');
    expect(result.stdout).not.toContain('extensions/v1beta1');
    expect(result.stdout).not.toMatch(/^\s*status:/m);
    expect(result.stdout).not.toMatch(/clusterIP: 10\.43\./);
  });

  it('still runs the simulator commands', () => {
    const result = faaslab('sim', 'validate', '-f', 'test/fixtures/course/nginx-pod.yaml');
    expect(result.status).toBe(0);
  });
});
