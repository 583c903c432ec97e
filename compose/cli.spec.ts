import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { runComposeCommand, type ComposeCliIo } from './cli.ts';

const fixtures = fileURLToPath(new URL('../test/fixtures/compose/', import.meta.url));

/** In-memory io over the real fixtures: reads fall through to a map, then the disk. */
function fakeIo(
  files: Record<string, string> = {},
): ComposeCliIo & { out: string; err: string; written: Map<string, string> } {
  const io = {
    out: '',
    err: '',
    written: new Map<string, string>(),
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: (p: string) => {
      const text = files[p];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    writeFile: (p: string, t: string) => void io.written.set(p, t),
    mkdir: () => undefined,
  };
  return io;
}

describe('faaslab compose convert', () => {
  const flask =
    'services:\n  web:\n    build: .\n    ports: ["8000:5000"]\n  redis:\n    image: "redis:alpine"\n';

  it('prints the manifests to stdout and the warnings to stderr, in Spanish by default', () => {
    const io = fakeIo({ 'compose.yaml': flask });
    expect(runComposeCommand(['convert', 'compose.yaml'], io)).toBe(0);
    const kinds = parseAllDocuments(io.out).map((d) => (d.toJS() as { kind: string }).kind);
    expect(kinds).toEqual(['Service', 'Deployment', 'Deployment']);
    expect(io.err).toContain('compose.yaml:5:3  aviso no-ports-no-service  services.redis:');
  });

  it('--out writes one file per object, named like kompose', () => {
    const io = fakeIo({ 'compose.yaml': flask });
    expect(runComposeCommand(['convert', 'compose.yaml', '--out', 'k8s', '--lang', 'en'], io)).toBe(0);
    expect([...io.written.keys()].sort()).toEqual([
      'k8s/redis-deployment.yaml',
      'k8s/web-deployment.yaml',
      'k8s/web-service.yaml',
    ]);
    expect(io.err).toContain('compose.yaml:5:3  warning no-ports-no-service');
  });

  it('reads env_file next to the Compose file', () => {
    const io = fakeIo();
    io.readFile = (p) =>
      p.endsWith('.env') ? 'A=1\n' : 'services:\n  s:\n    image: x\n    env_file: app.env\n';
    expect(runComposeCommand(['convert', `${fixtures}x/compose.yaml`], io)).toBe(0);
    expect(io.out).toContain('kind: ConfigMap');
  });

  it('exits 1 with positioned errors for a broken file, 2 for bad usage or a missing file', () => {
    const io = fakeIo({ 'bad.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["80:99999"]\n' });
    expect(runComposeCommand(['convert', 'bad.yaml', '--lang', 'en'], io)).toBe(1);
    expect(io.err).toContain(
      'bad.yaml:4:13  error port-out-of-range  services.web.ports[0]: Port 99999 is outside 1–65535.',
    );
    expect(io.out).toBe('');
    expect(runComposeCommand(['convert'], fakeIo())).toBe(2);
    expect(runComposeCommand(['explode', 'x'], fakeIo())).toBe(2);
    const missing = fakeIo();
    expect(runComposeCommand(['convert', 'nope.yaml'], missing)).toBe(2);
    expect(missing.err).toContain('No se puede leer nope.yaml');
  });
});
