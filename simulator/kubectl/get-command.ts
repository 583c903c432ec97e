import { stringify } from 'yaml';
import type { ClusterSnapshot, KubectlResult } from '../api-types.ts';
import { formatAge, formatTable } from './format-table.ts';
import {
  clean,
  deploymentObject,
  endpointsObject,
  ingressObject,
  NODE_VERSION,
  nodeObject,
  podObject,
  replicaSetObject,
  serviceObject,
} from './object-json.ts';
import type { ResourceType } from './resource-types.ts';

/** What `get` was asked for. */
export interface GetRequest {
  type: ResourceType;
  names: string[];
  namespace: string;
  allNamespaces: boolean;
  output: string;
  selector: Record<string, string> | null;
}

interface Row {
  namespace: string | null;
  name: string;
  labels: Record<string, string>;
  cells: string[];
  wide: string[];
  object: () => Record<string, unknown>;
}

const matches = (selector: Record<string, string> | null, labels: Record<string, string>): boolean =>
  !selector || Object.entries(selector).every(([k, v]) => labels[k] === v);

/** Parses `-l app=web,tier=front`. */
export function parseSelector(text: string | undefined): Record<string, string> | null {
  if (!text) return null;
  return Object.fromEntries(
    text.split(',').map((pair) => pair.split('=').map((s) => s.trim()) as [string, string]),
  );
}

function servicePorts(s: ClusterSnapshot['services'][number]): string {
  return (
    s.ports.map((p) => `${p.port}${p.nodePort !== null ? `:${p.nodePort}` : ''}/${p.protocol}`).join(',') ||
    '<none>'
  );
}

function rowsOf(
  snap: ClusterSnapshot,
  type: ResourceType,
): { header: string[]; wide: string[]; rows: Row[] } {
  const age = (ms: number): string => formatAge(snap.timeMs - ms);
  switch (type.kind) {
    case 'Pod':
      return {
        header: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
        wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
        rows: snap.pods.map((p) => ({
          namespace: p.namespace,
          name: p.name,
          labels: p.labels,
          cells: [
            p.name,
            `${p.ready ? p.containers.length : 0}/${p.containers.length}`,
            p.status,
            String(p.restarts),
            age(p.createdAtMs),
          ],
          wide: [p.ip ?? '<none>', p.nodeName ?? '<none>', '<none>', '<none>'],
          object: () => podObject(snap, p),
        })),
      };
    case 'Deployment':
      return {
        header: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
        wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: snap.deployments.map((d) => ({
          namespace: d.namespace,
          name: d.name,
          labels: d.selector,
          cells: [
            d.name,
            `${d.readyReplicas}/${d.replicas}`,
            String(d.updatedReplicas),
            String(d.availableReplicas),
            age(d.createdAtMs),
          ],
          wide: [
            d.containers.join(','),
            d.images.join(','),
            Object.entries(d.selector)
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
          ],
          object: () => deploymentObject(snap, d),
        })),
      };
    case 'ReplicaSet':
      return {
        header: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
        wide: ['IMAGES', 'SELECTOR'],
        rows: snap.replicaSets.map((rs) => ({
          namespace: rs.namespace,
          name: rs.name,
          labels: rs.selector,
          cells: [
            rs.name,
            String(rs.replicas),
            String(rs.currentReplicas),
            String(rs.readyReplicas),
            age(rs.createdAtMs),
          ],
          wide: [
            rs.images.join(','),
            Object.entries(rs.selector)
              .map(([k, v]) => `${k}=${v}`)
              .join(','),
          ],
          object: () => replicaSetObject(snap, rs),
        })),
      };
    case 'Service':
      return {
        header: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
        wide: ['SELECTOR'],
        rows: snap.services.map((s) => ({
          namespace: s.namespace,
          name: s.name,
          labels: {},
          cells: [
            s.name,
            s.type,
            s.clusterIP,
            s.type === 'LoadBalancer' ? s.loadBalancerIPs.join(',') || '<pending>' : '<none>',
            servicePorts(s),
            age(s.createdAtMs),
          ],
          wide: [
            s.selector
              ? Object.entries(s.selector)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(',')
              : '<none>',
          ],
          object: () => serviceObject(snap, s),
        })),
      };
    case 'Endpoints':
      return {
        header: ['NAME', 'ENDPOINTS', 'AGE'],
        wide: [],
        rows: snap.services.map((s) => {
          const ready = s.endpoints.filter((e) => e.ready);
          const addresses = ready.flatMap((e) =>
            e.ports.filter((p): p is number => p !== null).map((p) => `${e.ip}:${p}`),
          );
          const shown =
            addresses.length > 3
              ? `${addresses.slice(0, 3).join(',')} + ${addresses.length - 3} more...`
              : addresses.join(',') || '<none>';
          return {
            namespace: s.namespace,
            name: s.name,
            labels: {},
            cells: [s.name, shown, age(s.createdAtMs)],
            wide: [],
            object: () => endpointsObject(s),
          };
        }),
      };
    case 'Ingress':
      return {
        header: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
        wide: [],
        rows: snap.ingresses.map((i) => ({
          namespace: i.namespace,
          name: i.name,
          labels: {},
          cells: [
            i.name,
            i.className ?? '<none>',
            i.rules.map((r) => r.host ?? '*').join(',') || '*',
            i.addresses.join(','),
            i.tlsHosts.length ? '80, 443' : '80',
            age(i.createdAtMs),
          ],
          wide: [],
          object: () => ingressObject(snap, i),
        })),
      };
    case 'Node':
      return {
        header: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
        wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
        rows: snap.nodes.map((n) => ({
          namespace: null,
          name: n.name,
          labels: n.labels,
          cells: [
            n.name,
            `${n.ready ? 'Ready' : 'NotReady'}${n.unschedulable ? ',SchedulingDisabled' : ''}`,
            n.role === 'server' ? 'control-plane,master' : '<none>',
            age(0),
            NODE_VERSION,
          ],
          wide: [n.internalIP, '<none>', 'Ubuntu 24.04.3 LTS', '6.8.0-85-generic', 'containerd://2.3.4-k3s1'],
          object: () => nodeObject(n),
        })),
      };
    case 'Namespace':
      return {
        header: ['NAME', 'STATUS', 'AGE'],
        wide: [],
        rows: snap.namespaces.map((ns) => ({
          namespace: null,
          name: ns,
          labels: {},
          cells: [ns, 'Active', age(0)],
          wide: [],
          object: () => ({
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name: ns },
            status: { phase: 'Active' },
          }),
        })),
      };
    case 'Event':
      return {
        header: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
        wide: [],
        rows: snap.events.map((e) => {
          const [kind, a, b] = e.object.split('/');
          const namespace = b === undefined ? null : (a ?? null);
          const name = b ?? a ?? '';
          return {
            namespace,
            name,
            labels: {},
            cells: [
              formatAge(snap.timeMs - e.timeMs),
              e.type,
              e.reason,
              `${(kind ?? '').toLowerCase()}/${name}`,
              e.message.en,
            ],
            wide: [],
            object: () => ({ kind: 'Event', reason: e.reason, message: e.message.en }),
          };
        }),
      };
    default:
      return { header: ['NAME', 'AGE'], wide: [], rows: [] };
  }
}

/** `kubectl get`: tables (plain, wide), yaml, json and name output. `prefixed` names rows `type/name` (get all). */
export function runGet(snap: ClusterSnapshot, req: GetRequest, prefixed = false): KubectlResult {
  const { header, wide, rows: found } = rowsOf(snap, req.type);
  const all = prefixed
    ? found.map((r) => ({ ...r, cells: [`${req.type.qualified}/${r.cells[0]}`, ...r.cells.slice(1)] }))
    : found;
  let rows = all.filter(
    (r) =>
      (!req.type.namespaced || req.allNamespaces || r.namespace === req.namespace) &&
      matches(req.selector, r.labels),
  );
  if (req.names.length > 0) {
    const missing = req.names.filter((n) => !rows.some((r) => r.name === n));
    if (missing.length > 0)
      return {
        stdout: '',
        stderr: missing
          .map(
            (n) =>
              `Error from server (NotFound): ${req.type.plural}${req.type.qualified.includes('.') ? '.' + req.type.qualified.split('.').slice(1).join('.') : ''} "${n}" not found\n`,
          )
          .join(''),
        exitCode: 1,
      };
    rows = req.names.map((n) => rows.find((r) => r.name === n)!);
  }
  if (req.output === 'yaml' || req.output === 'json') {
    const objects = rows.map((r) => clean(r.object()));
    const value =
      req.names.length === 1
        ? objects[0]
        : { apiVersion: 'v1', kind: 'List', items: objects, metadata: { resourceVersion: '' } };
    return {
      stdout: req.output === 'json' ? JSON.stringify(value, null, 4) + '\n' : stringify(value),
      stderr: '',
      exitCode: 0,
    };
  }
  if (req.output === 'name')
    return { stdout: rows.map((r) => `${req.type.qualified}/${r.name}\n`).join(''), stderr: '', exitCode: 0 };
  if (req.output !== '' && req.output !== 'wide') {
    return {
      stdout: '',
      stderr: `error: unable to match a printer suitable for the output format "${req.output}", allowed formats are: json,name,wide,yaml\n`,
      exitCode: 1,
    };
  }
  if (rows.length === 0) {
    return {
      stdout: '',
      stderr:
        req.type.namespaced && !req.allNamespaces
          ? `No resources found in ${req.namespace} namespace.\n`
          : 'No resources found\n',
      exitCode: 0,
    };
  }
  const withNs = req.allNamespaces && req.type.namespaced;
  const isWide = req.output === 'wide';
  const head = [...(withNs ? ['NAMESPACE'] : []), ...header, ...(isWide ? wide : [])];
  const body = rows.map((r) => [
    ...(withNs ? [r.namespace ?? ''] : []),
    ...r.cells,
    ...(isWide ? r.wide : []),
  ]);
  return { stdout: formatTable(head, body), stderr: '', exitCode: 0 };
}
