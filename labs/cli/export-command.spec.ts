import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import type { ExportCliIo } from './command-io.ts';
import { runLabExport, runSimExport } from './export-command.ts';
import { parseYamlDocuments } from '../export/manifest-yaml.ts';

function fakeIo(files: Record<string, string> = {}, env: Record<string, string> = { LANG: 'es_ES.UTF-8' }) {
  const written: Record<string, string> = {};
  const io: ExportCliIo & { out: string; err: string; written: Record<string, string>; dirs: string[] } = {
    out: '',
    err: '',
    written,
    dirs: [],
    env,
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readFile: (p) => {
      if (!(p in files)) throw new Error(`ENOENT: ${p}`);
      return files[p]!;
    },
    writeFile: (p, t) => void (written[p] = t),
    mkdir: (p) => void io.dirs.push(p),
  };
  return io;
}

describe('faaslab lab export', () => {
  it('prints the k3s manifests by default', async () => {
    const io = fakeIo();
    expect(await runLabExport(['hello'], io)).toBe(0);
    expect(parseYamlDocuments(io.out).map((o) => o.kind)).toEqual([
      'Namespace',
      'ConfigMap',
      'Deployment',
      'Service',
      'Service',
      'Ingress',
    ]);
  });
  it('writes stack.yml and the handler folder faas-cli builds from, with the student image', async () => {
    const io = fakeIo();
    expect(
      await runLabExport(['hello', '--format', 'stack', '--out', 'out', '--image', 'ana/hello:0.1.0'], io),
    ).toBe(0);
    expect(Object.keys(io.written).sort()).toEqual([
      'out/hello/handler.js',
      'out/hello/package.json',
      'out/stack.yml',
    ]);
    expect(parse(io.written['out/stack.yml']!).functions.hello.image).toBe('ana/hello:0.1.0');
    expect(io.err).toContain('escrito out/stack.yml');
  });
  it('ships the student handler given with --handler, in the Function resource namespace chosen', async () => {
    const io = fakeIo({ 'mine.js': 'module.exports = async () => "mine"\n' });
    expect(
      await runLabExport(['hello', '--format', 'k8s', '--handler', 'mine.js', '--namespace', 'ana'], io),
    ).toBe(0);
    const cm = parseYamlDocuments(io.out).find((o) => o.kind === 'ConfigMap') as {
      metadata: { namespace: string };
      data: Record<string, string>;
    };
    expect(cm.data['handler.js']).toBe('module.exports = async () => "mine"\n');
    expect(cm.metadata.namespace).toBe('ana');
  });
  it('refuses bad settings with the field and a bilingual message, exit 1, nothing printed', async () => {
    const io = fakeIo({}, { LANG: 'en_GB.UTF-8' });
    expect(await runLabExport(['hello', '--format', 'crd', '--namespace', 'default'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toContain(
      'error export.default-namespace  settings.namespace: Do not deploy into the "default" namespace',
    );
  });
  it('answers usage errors with exit 2: unknown lab, unknown format, unknown option', async () => {
    expect(await runLabExport(['nope'], fakeIo())).toBe(2);
    expect(await runLabExport(['hello', '--format', 'helm'], fakeIo())).toBe(2);
    const io = fakeIo();
    expect(await runLabExport(['hello', '--imag', 'x'], io)).toBe(2);
    expect(io.err).toContain('Opción desconocida: --imag.');
  });
});

describe('faaslab sim export', () => {
  const fixture = readFileSync(
    new URL('../../test/fixtures/export/simulator-state.yaml', import.meta.url),
    'utf8',
  );
  it('reads every -f file and prints clean YAML, warnings on stderr', async () => {
    const io = fakeIo({ 'state.yaml': fixture }, { LANG: 'en' });
    expect(await runSimExport(['-f', 'state.yaml'], io)).toBe(0);
    expect(
      parseYamlDocuments(io.out)
        .map((o) => `${o.apiVersion} ${o.kind}`)
        .sort(),
    ).toEqual(['networking.k8s.io/v1 Ingress', 'v1 Namespace', 'v1 Service']);
    expect(io.err).toContain('state.yaml:');
  });
  it('exits 1 with the place of an error, 2 for a missing file', async () => {
    const bad = readFileSync(
      new URL('../../test/fixtures/export/unknown-field.yaml', import.meta.url),
      'utf8',
    );
    const io = fakeIo({ 'bad.yaml': bad });
    expect(await runSimExport(['-f', 'bad.yaml'], io)).toBe(1);
    expect(io.err).toMatch(/bad\.yaml:11:\d+/);
    expect(await runSimExport(['-f', 'missing.yaml'], fakeIo())).toBe(2);
  });
});
