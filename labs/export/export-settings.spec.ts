import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportableLab } from './exportable-lab.ts';
import { isPinnedImage, resolveExportSettings } from './export-settings.ts';

const hello = exportableLab(getLab('hello')!);
const codes = (r: ReturnType<typeof resolveExportSettings>) =>
  r.diagnostics.map((d) => `${d.severity}:${d.code}@${d.place.path}`);

describe('resolveExportSettings', () => {
  it('fills the defaults per format: openfaas-fn for OpenFaaS, faaslab for plain k3s, a versioned image', () => {
    expect(resolveExportSettings(hello, {}, 'crd').settings).toMatchObject({
      namespace: 'openfaas-fn',
      image: '<dockerhub-user>/hello:0.1.0',
    });
    expect(resolveExportSettings(hello, {}, 'k8s').settings).toMatchObject({
      namespace: 'faaslab',
      nodePort: 30080,
    });
  });
  it('warns that the image placeholder must be replaced, and accepts a real image', () => {
    expect(codes(resolveExportSettings(hello, {}, 'stack'))).toEqual([
      'warning:export.image-placeholder@settings.image',
    ]);
    expect(codes(resolveExportSettings(hello, { image: 'ana/hello:0.1.0' }, 'stack'))).toEqual([]);
  });
  it('refuses the default namespace, an unpinned image, a NodePort out of range and a bad host, naming the setting', () => {
    expect(
      codes(resolveExportSettings(hello, { namespace: 'default', image: 'ana/hello:latest' }, 'crd')),
    ).toEqual([
      'error:export.default-namespace@settings.namespace',
      'error:export.image-unpinned@settings.image',
    ]);
    expect(
      codes(
        resolveExportSettings(hello, { nodePort: 8080, ingressHost: 'http://x', nodeImage: 'node' }, 'k8s'),
      ),
    ).toEqual([
      'error:export.node-port-range@settings.nodePort',
      'error:export.image-unpinned@settings.nodeImage',
      'error:export.invalid-host@settings.ingressHost',
    ]);
  });
  it('refuses an id that is not a DNS-1035 label, with the message in both languages', () => {
    const r = resolveExportSettings({ ...hello, id: 'Hello_World' }, {}, 'k8s');
    expect(r.diagnostics[0]).toMatchObject({ code: 'export.invalid-name', place: { path: 'lab.id' } });
    expect(r.diagnostics[0]?.message.es).toContain('"Hello_World" no es un nombre válido');
    expect(r.diagnostics[0]?.message.en).toContain('"Hello_World" is not a valid Kubernetes name');
  });
  it('warns when package.json declares dependencies the plain manifests cannot install', () => {
    const lab = { ...hello, packageJson: JSON.stringify({ dependencies: { express: '^5' } }) };
    expect(codes(resolveExportSettings(lab, {}, 'k8s'))).toEqual([
      'warning:export.handler-dependencies@package.json:dependencies',
    ]);
  });
});

describe('isPinnedImage', () => {
  it.each([
    ['node:22.20.0-alpine3.22', true],
    ['registry.local:5000/ana/fn:1.2', true],
    ['ana/fn@sha256:0123', true],
    ['node', false],
    ['node:latest', false],
    ['registry.local:5000/ana/fn', false],
  ])('%s → %s', (image, pinned) => expect(isPinnedImage(image)).toBe(pinned));
});
