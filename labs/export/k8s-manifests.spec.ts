import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportableLab } from './exportable-lab.ts';
import { exportK8sManifests } from './k8s-manifests.ts';
import { parseYamlDocuments } from './manifest-yaml.ts';

const hello = exportableLab(getLab('hello')!);
const server = { 'server.mjs': '// server', 'contract.mjs': '// sibling' };
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading parsed YAML

describe('exportK8sManifests', () => {
  const docs = parseYamlDocuments(exportK8sManifests(hello, server).text) as Any[];
  const deployment = docs.find((d) => d.kind === 'Deployment')!;
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  it('mounts every server file at /app and the handler under /app/function, read-only, and runs node /app/server.mjs', () => {
    expect(container.command).toEqual(['node', '/app/server.mjs']);
    expect(pod.volumes[0].configMap.items).toEqual([
      { key: 'contract.mjs', path: 'contract.mjs' },
      { key: 'server.mjs', path: 'server.mjs' },
      { key: 'handler.js', path: 'function/handler.js' },
      { key: 'package.json', path: 'function/package.json' },
    ]);
    expect(container.volumeMounts).toEqual([
      { name: 'code', mountPath: '/app', readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ]);
    expect(container.env).toContainEqual({ name: 'HANDLER_PATH', value: '/app/function/handler.js' });
    expect(container.env).toContainEqual({ name: 'FAASLAB_MEMORY_MB', value: '64' });
  });
  it("pins the node image, runs as the image's node user with a hardened context", () => {
    expect(container.image).toMatch(/^node:\d+\.\d+\.\d+-alpine\d+\.\d+$/);
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      runAsUser: 1000,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
  });
  it('changes the pod-template hash when the handler changes, so kubectl apply rolls the pods', () => {
    const other = parseYamlDocuments(
      exportK8sManifests({ ...hello, handlerSource: 'module.exports = 1' }, server).text,
    ) as Any[];
    const hash = (d: Any[]) =>
      d.find((o) => o.kind === 'Deployment')!.spec.template.metadata.annotations['faaslab.dev/code-hash'];
    expect(hash(other)).not.toBe(hash(docs));
  });
  it('routes the Ingress on /<id> without a host and on / with one', () => {
    const path = (d: Any[]) => d.find((o) => o.kind === 'Ingress')!.spec.rules[0];
    expect(path(docs)).toEqual({
      http: { paths: [expect.objectContaining({ path: '/hello', pathType: 'Prefix' })] },
    });
    const hosted = parseYamlDocuments(
      exportK8sManifests(hello, server, { ingressHost: 'fn.example.com' }).text,
    ) as Any[];
    expect(path(hosted)).toMatchObject({ host: 'fn.example.com', http: { paths: [{ path: '/' }] } });
  });
  it('refuses code that does not fit in a ConfigMap (1 MiB)', () => {
    const big = exportK8sManifests({ ...hello, handlerSource: 'x'.repeat(1024 * 1024) }, server);
    expect(big.text).toBe('');
    expect(big.diagnostics.map((d) => d.code)).toEqual(['export.configmap-too-large']);
  });
});
