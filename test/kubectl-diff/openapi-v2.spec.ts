/**
 * /openapi/v2 read by the real kubectl: client-go asks for it only as protobuf (a gnostic Document), which is
 * what `kubectl explain --output=plaintext-openapiv2` (and kubectl 1.27/1.28's apply and explain) read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiV2 } from '../../simulator/apiserver/openapi-documents.ts';
import { findKubectl } from './find-kubectl.ts';
import { runRealKubectl, serveTwin, type ServedTwin } from './real-kubectl.ts';

const kubectl = findKubectl();

describe('/openapi/v2', () => {
  it('has Swagger 2 definitions converted from the v3 schemas, with the kinds they describe', () => {
    const doc = openApiV2();
    const definitions = doc.definitions as Record<string, Record<string, unknown>>;
    expect(definitions['io.k8s.api.apps.v1.Deployment']?.['x-kubernetes-group-version-kind']).toEqual([
      { group: 'apps', kind: 'Deployment', version: 'v1' },
    ]);
    const text = JSON.stringify(definitions);
    expect(text).not.toContain('#/components/schemas/');
    expect(text).toContain('"$ref":"#/definitions/io.k8s.api.core.v1.Container"');
  });

  describe.skipIf(!kubectl)('read by the real kubectl as protobuf', () => {
    let served: ServedTwin;
    beforeAll(async () => void (served = await serveTwin('empty')));
    afterAll(async () => served?.server.close());

    it('explains a field from it (explain --output=plaintext-openapiv2)', async () => {
      const out = await runRealKubectl(
        kubectl!,
        'explain deployment.spec.replicas --output=plaintext-openapiv2',
        served.kubeconfig,
      );
      expect(out).toMatchObject({ exitCode: 0, stderr: '' });
      expect(out.stdout).toMatch(/^KIND:\s+Deployment\nVERSION:\s+apps\/v1\n\nFIELD:\s+replicas <integer>\n/);
      const nested = await runRealKubectl(
        kubectl!,
        'explain pod.spec.containers.ports --output=plaintext-openapiv2',
        served.kubeconfig,
      );
      expect(nested.stdout).toContain('containerPort\t<integer> -required-');
    });
  });
});
