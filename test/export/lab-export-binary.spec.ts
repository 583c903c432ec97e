/** `faaslab lab export` through the real binary: the lab group delegates to labs/cli/export-command.ts. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getLab } from '../../labs/index.ts';
import { exportableLab, exportK8sManifests } from '../../labs/export/index.ts';
import { loadFunctionServerFiles } from '../../labs/export/function-server-files.ts';

const out = mkdtempSync(join(tmpdir(), 'faaslab-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('faaslab lab export (binary)', () => {
  it('writes the same k3s manifests as the library, to --out', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/faaslab.mjs', 'lab', 'export', 'hello', '--format', 'k8s', '--out', out, '--node-port', '31234'],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const expected = exportK8sManifests(exportableLab(getLab('hello')!), loadFunctionServerFiles(), {
      nodePort: 31234,
    }).text;
    expect(readFileSync(join(out, 'hello-k8s.yaml'), 'utf8')).toBe(expected);
  });
  it('fails with exit 1 and the field when a setting is wrong', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/faaslab.mjs', 'lab', 'export', 'hello', '--node-port', '80', '--lang', 'en'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'error export.node-port-range  settings.nodePort: NodePort 80 is outside 30000–32767',
    );
  });
});
