import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportBundle } from './export-bundle.ts';
import { exportableLab } from './exportable-lab.ts';

const lab = getLab('hello')!;
const hello = exportableLab(lab);

describe('exportBundle', () => {
  it('stack: stack.yml plus the handler folder faas-cli builds, and the faas-cli commands', () => {
    const bundle = exportBundle('stack', hello, {}, { image: 'ana/hello:0.1.0' }, lab.examples[0]?.request);
    expect(bundle.files.map((f) => f.path)).toEqual(['stack.yml', 'hello/handler.js', 'hello/package.json']);
    expect(bundle.files[1]?.text).toBe(hello.handlerSource);
    expect(bundle.commands.map((c) => c.command)).toContain('faas-cli up -f stack.yml');
  });
  it('k8s: one file with the server files given, the settings resolved for k3s', () => {
    const bundle = exportBundle('k8s', hello, { 'server.mjs': '// the server' });
    expect(bundle.files.map((f) => f.path)).toEqual(['hello-k8s.yaml']);
    expect(bundle.files[0]?.text).toContain('// the server');
    expect(bundle.settings.namespace).toBe('faaslab');
  });
  it('no files when a setting is an error, the diagnostic says which', () => {
    const bundle = exportBundle('crd', hello, {}, { namespace: 'default' });
    expect(bundle.files).toEqual([]);
    expect(bundle.diagnostics.filter((d) => d.severity === 'error').map((d) => d.place.path)).toEqual([
      'settings.namespace',
    ]);
  });
});
