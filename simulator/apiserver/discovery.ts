/**
 * The discovery documents kubectl reads before anything else (legacy, unaggregated discovery):
 * `/api` (APIVersions), `/apis` (APIGroupList), and one APIResourceList per group version, built from the
 * resource table (simulator/kube-api/resource-table.ts).
 */
import type { Json } from '../kube-api/object-meta.ts';
import { API_RESOURCES, type ApiResource, groupVersion } from '../kube-api/resource-table.ts';

/** `/api`: the core group's versions. */
export function coreVersions(serverAddress: string): Json {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

/** The named groups served, in table order. */
export function namedGroups(): string[] {
  return [...new Set(API_RESOURCES.filter((r) => r.group).map((r) => r.group))];
}

/** `/apis`: every named group with its preferred version. */
export function groupList(): Json {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: namedGroups().map((name) => {
      const version = API_RESOURCES.find((r) => r.group === name)!.version;
      const gv = { groupVersion: `${name}/${version}`, version };
      return { name, versions: [gv], preferredVersion: gv };
    }),
  };
}

/** `/apis/GROUP`: one group. */
export function group(name: string): Json | null {
  const r = API_RESOURCES.find((x) => x.group === name);
  if (!r) return null;
  const gv = { groupVersion: `${name}/${r.version}`, version: r.version };
  return { kind: 'APIGroup', apiVersion: 'v1', name, versions: [gv], preferredVersion: gv };
}

function resourceEntry(r: ApiResource): Json {
  return {
    name: r.resource,
    singularName: r.singular,
    namespaced: r.namespaced,
    kind: r.kind,
    verbs: r.verbs,
    ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
    ...(r.categories ? { categories: r.categories } : {}),
  };
}

/** `/api/v1` or `/apis/GROUP/VERSION`: the resources and subresources of one group version. */
export function resourceList(gv: string): Json | null {
  const resources = API_RESOURCES.filter((r) => groupVersion(r) === gv);
  if (resources.length === 0) return null;
  const entries: Json[] = [];
  for (const r of resources) {
    entries.push(resourceEntry(r));
    for (const sub of r.subresources ?? [])
      entries.push({
        name: `${r.resource}/${sub}`,
        singularName: '',
        namespaced: r.namespaced,
        kind: sub === 'scale' ? 'Scale' : sub === 'eviction' ? 'Eviction' : sub === 'log' ? 'Pod' : r.kind,
        ...(sub === 'scale' ? { group: 'autoscaling', version: 'v1' } : {}),
        ...(sub === 'eviction' ? { group: 'policy', version: 'v1' } : {}),
        verbs: sub === 'log' ? ['get'] : sub === 'eviction' ? ['create'] : ['get', 'patch', 'update'],
      });
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources: entries };
}
