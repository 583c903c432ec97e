/**
 * OpenAPI documents kubectl fetches: `/openapi/v3` (an index of group versions) and one document per group
 * version whose PATCH operations carry `x-kubernetes-group-version-kind` and the `fieldValidation` query
 * parameter — which is how kubectl (k8s.io/cli-runtime resource.QueryParamVerifierV3) decides the server
 * validates fields itself and sends `fieldValidation=Strict`. `/openapi/v2` is the same in Swagger 2 form,
 * served as protobuf to kubectl (openapi-v2-protobuf.ts).
 */
import { API_RESOURCES, type ApiResource, groupVersion } from '../kube-api/resource-table.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { definitionsOf } from './openapi-v2-protobuf.ts';
import { ModelSchemas } from './model-schemas.ts';

const urlPath = (gv: string): string => (gv === 'v1' ? 'api/v1' : `apis/${gv}`);

function gvk(r: ApiResource): Json {
  return { group: r.group, version: r.version, kind: r.kind };
}

function paths(resources: readonly ApiResource[]): Json {
  const out: Json = {};
  for (const r of resources) {
    const base = `/${urlPath(groupVersion(r))}${r.namespaced ? '/namespaces/{namespace}' : ''}/${r.resource}/{name}`;
    const op = (verb: string): Json => ({
      operationId: `${verb}${r.kind}`,
      'x-kubernetes-action': verb,
      'x-kubernetes-group-version-kind': gvk(r),
      parameters: [
        { name: 'fieldValidation', in: 'query', schema: { type: 'string', uniqueItems: true } },
        { name: 'dryRun', in: 'query', schema: { type: 'string', uniqueItems: true } },
        { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } },
      ],
      responses: { '200': { description: 'OK' } },
    });
    out[base] = {
      get: { ...op('get'), parameters: [] },
      put: op('put'),
      patch: op('patch'),
      delete: { ...op('delete'), parameters: [] },
    };
  }
  return out;
}

let models: ModelSchemas | null = null;

/** The component schemas the kinds reach (read from kubernetes-models once per process). */
function schemasOf(resources: readonly ApiResource[]): Json {
  models ??= new ModelSchemas();
  const out: Json = {};
  const visit = (name: string): void => {
    if (out[name]) return;
    out[name] = models!.schemas[name];
    JSON.stringify(out[name], (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string') visit(value.slice('#/components/schemas/'.length));
      return value;
    });
  };
  for (const r of resources) {
    const name = models.kind(r);
    if (name) visit(name);
  }
  return out;
}

/** `/openapi/v3`: where each group version's document is. */
export function openApiV3Index(): Json {
  const gvs = [...new Set(API_RESOURCES.map(groupVersion))];
  return {
    paths: Object.fromEntries(
      gvs.map((gv) => [
        urlPath(gv),
        { serverRelativeURL: `/openapi/v3/${urlPath(gv)}?hash=${gv.replace(/\W/g, '')}` },
      ]),
    ),
  };
}

/** `/openapi/v3/api/v1`, `/openapi/v3/apis/apps/v1`…, or null for an unknown group version. */
export function openApiV3Group(path: string): Json | null {
  const gv = path === 'api/v1' ? 'v1' : path.replace(/^apis\//, '');
  const resources = API_RESOURCES.filter((r) => groupVersion(r) === gv);
  if (resources.length === 0) return null;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.37.1+k3s1' },
    paths: paths(resources),
    components: { schemas: schemasOf(resources) },
  };
}

/**
 * `/openapi/v2`: the Swagger 2 document, its definitions converted from the v3 schemas (query parameters in
 * v2 form). kubectl reads it as protobuf ({@link openApiV2Protobuf}); this JSON form is for other clients.
 */
export function openApiV2(): Json {
  const v2Paths = JSON.parse(
    JSON.stringify(paths(API_RESOURCES), (key, value: unknown) =>
      isJson(value) && value.in === 'query' && isJson(value.schema)
        ? { name: value.name, in: 'query', ...value.schema }
        : value,
    ),
  ) as Json;
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: 'v1.37.1+k3s1' },
    paths: v2Paths,
    definitions: definitionsOf(schemasOf(API_RESOURCES)),
  };
}
