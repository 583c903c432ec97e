/**
 * The server-side printers of `kubectl get`, as data: one row per kind with its columns (priority 1 = shown
 * only with `-o wide`) and the cells of one object. Column names and cell rules follow the apiserver's own
 * printers, kubernetes/kubernetes pkg/printers/internalversion/printers.go (AddHandlers, printPod,
 * printService, printIngress, printEndpoints, printEndpointSlice, printNode, printEvent…); the apiserver
 * builds every cell (GenerateOptions{Wide: true}) and kubectl hides priority-1 columns.
 */
import { ageSince } from './human-duration.ts';
import { isJson, type Json } from './object-meta.ts';

/** A column of a Table. */
export interface TableColumn {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  priority?: 1;
  format?: 'name';
}

/** How one kind prints. */
export interface KindPrinter {
  columns: readonly TableColumn[];
  cells(o: Json, nowMs: number): Array<string | number | boolean>;
}

const str = (name: string, priority?: 1): TableColumn => ({
  name,
  type: 'string',
  ...(priority ? { priority } : {}),
});
const int = (name: string): TableColumn => ({ name, type: 'integer' });
const NAME: TableColumn = { name: 'Name', type: 'string', format: 'name' };
const AGE = str('Age');
const obj = (v: unknown): Json => (isJson(v) ? v : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isJson) : []);
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const meta = (o: Json): Json => obj(o.metadata);
const age = (o: Json, now: number): string => ageSince(meta(o).creationTimestamp, now);

/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` when empty. */
export function formatLabels(labels: unknown): string {
  const entries = Object.entries(obj(labels)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(',') : '<none>';
}

/** A LabelSelector as `metav1.LabelSelectorAsSelector(...).String()`. */
export function formatSelector(selector: unknown): string {
  const s = obj(selector);
  const parts: Array<[string, string]> = Object.entries(obj(s.matchLabels)).map(([k, v]) => [
    k,
    `${k}=${String(v)}`,
  ]);
  for (const e of arr(s.matchExpressions)) {
    const key = String(e.key);
    const values = (Array.isArray(e.values) ? e.values.map(String) : []).sort();
    const op = String(e.operator);
    parts.push([
      key,
      op === 'In'
        ? `${key} in (${values.join(',')})`
        : op === 'NotIn'
          ? `${key} notin (${values.join(',')})`
          : op === 'Exists'
            ? key
            : `!${key}`,
    ]);
  }
  return parts
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => t)
    .join(',');
}

/** The first `max` items, then ` + N more...` (listWithMoreString). */
function listWithMore(list: string[], count: number, max: number, empty: string): string {
  const shown = list.slice(0, max).join(',');
  if (count > max) return `${shown} + ${count - max} more...`;
  return shown || empty;
}

function containerCells(template: unknown): [string, string] {
  const containers = arr(obj(obj(template).spec).containers);
  return [containers.map((c) => String(c.name)).join(','), containers.map((c) => String(c.image)).join(',')];
}

function podCells(o: Json, now: number): Array<string | number> {
  const spec = obj(o.spec);
  const status = obj(o.status);
  const total = arr(spec.containers).length;
  let ready = 0;
  let restarts = 0;
  let lastRestart = 0;
  let reason = String(status.reason ?? status.phase ?? '');
  let hasRunning = false;
  const statuses = arr(status.containerStatuses);
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i]!;
    restarts += num(c.restartCount);
    const last = obj(obj(c.lastState).terminated);
    if (typeof last.finishedAt === 'string') lastRestart = Math.max(lastRestart, Date.parse(last.finishedAt));
    const state = obj(c.state);
    const waiting = obj(state.waiting);
    const terminated = isJson(state.terminated) ? state.terminated : null;
    if (typeof waiting.reason === 'string' && waiting.reason) reason = waiting.reason;
    else if (terminated && terminated.reason) reason = String(terminated.reason);
    else if (terminated) reason = `ExitCode:${num(terminated.exitCode)}`;
    else if (c.ready === true && isJson(state.running)) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning)
    reason = arr(status.conditions).some((c) => c.type === 'Ready' && c.status === 'True')
      ? 'Running'
      : 'NotReady';
  const phase = String(status.phase ?? '');
  if (meta(o).deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';
  const restartsText =
    restarts !== 0 && lastRestart
      ? `${restarts} (${ageSince(new Date(lastRestart).toISOString(), now)} ago)`
      : String(restarts);
  const ips = arr(status.podIPs);
  return [
    String(meta(o).name),
    `${ready}/${total}`,
    reason,
    restartsText,
    age(o, now),
    String(ips[0]?.ip ?? '') || '<none>',
    String(spec.nodeName ?? '') || '<none>',
    String(status.nominatedNodeName ?? '') || '<none>',
    '<none>',
  ];
}

function serviceExternalIP(o: Json): string {
  const spec = obj(o.spec);
  const external = Array.isArray(spec.externalIPs) ? spec.externalIPs.map(String) : [];
  switch (spec.type) {
    case 'LoadBalancer': {
      const lb = arr(obj(obj(o.status).loadBalancer).ingress).map((i) => String(i.ip ?? i.hostname ?? ''));
      const all = [...lb, ...external];
      return all.length ? all.join(',') : '<pending>';
    }
    case 'ExternalName':
      return String(spec.externalName ?? '');
    default:
      return external.length ? external.join(',') : '<none>';
  }
}

function servicePorts(o: Json): string {
  const ports = arr(obj(o.spec).ports).map((p) =>
    num(p.nodePort) > 0
      ? `${num(p.port)}:${num(p.nodePort)}/${String(p.protocol ?? 'TCP')}`
      : `${num(p.port)}/${String(p.protocol ?? 'TCP')}`,
  );
  return ports.join(',') || '<none>';
}

function endpointsCell(o: Json): string {
  const subsets = arr(o.subsets);
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const addresses = arr(ss.addresses);
    const ports = arr(ss.ports);
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) list.push(String(a.ip));
    } else
      for (const p of ports) {
        count += addresses.length;
        for (const a of addresses) list.push(`${String(a.ip)}:${num(p.port)}`);
      }
  }
  return listWithMore(list, count, 3, '');
}

function nodeRoles(labels: Json): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels)) {
    if (k.startsWith('node-role.kubernetes.io/')) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) roles.add(String(v));
  }
  return [...roles].sort().join(',') || '<none>';
}

const k8sName = (o: Json): string => String(meta(o).name ?? '');

/** The printers by Kind. */
export const KIND_PRINTERS: Record<string, KindPrinter> = {
  Pod: {
    columns: [
      NAME,
      str('Ready'),
      str('Status'),
      str('Restarts'),
      AGE,
      str('IP', 1),
      str('Node', 1),
      str('Nominated Node', 1),
      str('Readiness Gates', 1),
    ],
    cells: podCells,
  },
  Service: {
    columns: [
      NAME,
      str('Type'),
      str('Cluster-IP'),
      str('External-IP'),
      str('Port(s)'),
      AGE,
      str('Selector', 1),
    ],
    cells: (o, now) => {
      const spec = obj(o.spec);
      const ips = Array.isArray(spec.clusterIPs) ? spec.clusterIPs : [];
      return [
        k8sName(o),
        String(spec.type),
        String(ips[0] ?? '<none>'),
        serviceExternalIP(o),
        servicePorts(o),
        age(o, now),
        formatLabels(spec.selector),
      ];
    },
  },
  Deployment: {
    columns: [
      NAME,
      str('Ready'),
      int('Up-to-date'),
      int('Available'),
      AGE,
      str('Containers', 1),
      str('Images', 1),
      str('Selector', 1),
    ],
    cells: (o, now) => {
      const spec = obj(o.spec);
      const status = obj(o.status);
      return [
        k8sName(o),
        `${num(status.readyReplicas)}/${num(spec.replicas)}`,
        num(status.updatedReplicas),
        num(status.availableReplicas),
        age(o, now),
        ...containerCells(spec.template),
        formatSelector(spec.selector),
      ];
    },
  },
  ReplicaSet: {
    columns: [
      NAME,
      int('Desired'),
      int('Current'),
      int('Ready'),
      AGE,
      str('Containers', 1),
      str('Images', 1),
      str('Selector', 1),
    ],
    cells: (o, now) => {
      const spec = obj(o.spec);
      const status = obj(o.status);
      return [
        k8sName(o),
        num(spec.replicas),
        num(status.replicas),
        num(status.readyReplicas),
        age(o, now),
        ...containerCells(spec.template),
        formatSelector(spec.selector),
      ];
    },
  },
  DaemonSet: {
    columns: [
      NAME,
      int('Desired'),
      int('Current'),
      int('Ready'),
      int('Up-to-date'),
      int('Available'),
      str('Node Selector'),
      AGE,
      str('Containers', 1),
      str('Images', 1),
      str('Selector', 1),
    ],
    cells: (o, now) => {
      const spec = obj(o.spec);
      const s = obj(o.status);
      return [
        k8sName(o),
        num(s.desiredNumberScheduled),
        num(s.currentNumberScheduled),
        num(s.numberReady),
        num(s.updatedNumberScheduled),
        num(s.numberAvailable),
        formatLabels(obj(obj(obj(spec.template).spec).nodeSelector)),
        age(o, now),
        ...containerCells(spec.template),
        formatSelector(spec.selector),
      ];
    },
  },
  Ingress: {
    columns: [NAME, str('Class'), str('Hosts'), str('Address'), str('Ports'), AGE],
    cells: (o, now) => {
      const spec = obj(o.spec);
      const rules = arr(spec.rules);
      const hosts = rules.map((r) => String(r.host ?? '')).filter(Boolean);
      const hostCell =
        hosts.length === 0
          ? '*'
          : rules.length > 3
            ? `${hosts.slice(0, 3).join(',')} + ${rules.length - 3} more...`
            : hosts.join(',');
      const address = arr(obj(obj(o.status).loadBalancer).ingress)
        .map((i) => String(i.ip ?? i.hostname ?? ''))
        .join(',');
      return [
        k8sName(o),
        String(spec.ingressClassName ?? '<none>'),
        hostCell,
        address,
        arr(spec.tls).length ? '80, 443' : '80',
        age(o, now),
      ];
    },
  },
  IngressClass: {
    columns: [NAME, str('Controller'), str('Parameters'), AGE],
    cells: (o, now) => [k8sName(o), String(obj(o.spec).controller ?? ''), '<none>', age(o, now)],
  },
  Endpoints: {
    columns: [NAME, str('Endpoints'), AGE],
    cells: (o, now) => [k8sName(o), endpointsCell(o), age(o, now)],
  },
  EndpointSlice: {
    columns: [NAME, str('AddressType'), str('Ports'), str('Endpoints'), AGE],
    cells: (o, now) => {
      const ports = arr(o.ports).map((p) =>
        typeof p.port === 'number' ? String(p.port) : p.name ? String(p.name) : '*',
      );
      const addresses = arr(o.endpoints).flatMap((e) =>
        Array.isArray(e.addresses) ? e.addresses.map(String) : [],
      );
      return [
        k8sName(o),
        String(o.addressType),
        listWithMore(ports, ports.length, 3, '<unset>'),
        listWithMore(addresses, addresses.length, 3, '<unset>'),
        age(o, now),
      ];
    },
  },
  Node: {
    columns: [
      NAME,
      str('Status'),
      str('Roles'),
      AGE,
      str('Version'),
      str('Internal-IP', 1),
      str('External-IP', 1),
      str('OS-Image', 1),
      str('Kernel-Version', 1),
      str('Container-Runtime', 1),
    ],
    cells: (o, now) => {
      const status = obj(o.status);
      const ready = arr(status.conditions).find((c) => c.type === 'Ready');
      const states = ready ? [ready.status === 'True' ? 'Ready' : 'NotReady'] : ['Unknown'];
      if (obj(o.spec).unschedulable === true) states.push('SchedulingDisabled');
      const info = obj(status.nodeInfo);
      const address = (type: string): string =>
        String(arr(status.addresses).find((a) => a.type === type)?.address ?? '<none>');
      return [
        k8sName(o),
        states.join(','),
        nodeRoles(obj(meta(o).labels)),
        age(o, now),
        String(info.kubeletVersion ?? ''),
        address('InternalIP'),
        address('ExternalIP'),
        String(info.osImage || '<unknown>'),
        String(info.kernelVersion || '<unknown>'),
        String(info.containerRuntimeVersion || '<unknown>'),
      ];
    },
  },
  Lease: {
    columns: [NAME, str('Holder'), AGE],
    cells: (o, now) => [k8sName(o), String(obj(o.spec).holderIdentity ?? ''), age(o, now)],
  },
  Namespace: {
    columns: [NAME, str('Status'), AGE],
    cells: (o, now) => [k8sName(o), String(obj(o.status).phase ?? ''), age(o, now)],
  },
  ConfigMap: {
    columns: [NAME, int('Data'), AGE],
    cells: (o, now) => [
      k8sName(o),
      Object.keys(obj(o.data)).length + Object.keys(obj(o.binaryData)).length,
      age(o, now),
    ],
  },
  Secret: {
    columns: [NAME, str('Type'), int('Data'), AGE],
    cells: (o, now) => [k8sName(o), String(o.type ?? 'Opaque'), Object.keys(obj(o.data)).length, age(o, now)],
  },
  ServiceAccount: {
    columns: [NAME, int('Secrets'), AGE],
    cells: (o, now) => [k8sName(o), arr(o.secrets).length, age(o, now)],
  },
  StorageClass: {
    columns: [
      NAME,
      str('Provisioner'),
      str('ReclaimPolicy'),
      str('VolumeBindingMode'),
      { name: 'AllowVolumeExpansion', type: 'boolean' },
      AGE,
    ],
    cells: (o, now) => [
      k8sName(o) +
        (obj(meta(o).annotations)['storageclass.kubernetes.io/is-default-class'] === 'true'
          ? ' (default)'
          : ''),
      String(o.provisioner ?? ''),
      String(o.reclaimPolicy ?? 'Delete'),
      String(o.volumeBindingMode ?? 'Immediate'),
      o.allowVolumeExpansion === true,
      age(o, now),
    ],
  },
  Event: {
    columns: [
      str('Last Seen'),
      str('Type'),
      str('Reason'),
      str('Object'),
      str('Subobject', 1),
      str('Source', 1),
      str('Message'),
      str('First Seen', 1),
      str('Count', 1),
      { name: 'Name', type: 'string', priority: 1, format: 'name' },
    ],
    cells: (o, now) => {
      const first = ageSince(o.firstTimestamp, now);
      const last = o.lastTimestamp ? ageSince(o.lastTimestamp, now) : first;
      const inv = obj(o.involvedObject);
      const target = inv.name
        ? `${String(inv.kind).toLowerCase()}/${String(inv.name)}`
        : String(inv.kind).toLowerCase();
      const src = obj(o.source);
      const source = src.component
        ? src.host
          ? `${String(src.component)}, ${String(src.host)}`
          : String(src.component)
        : String(o.reportingComponent ?? '');
      return [
        last,
        String(o.type),
        String(o.reason),
        target,
        String(inv.fieldPath ?? ''),
        source,
        String(o.message ?? '').trim(),
        first,
        num(o.count) || 1,
        k8sName(o),
      ];
    },
  },
};
