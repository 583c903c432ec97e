/**
 * The server-side printers of `kubectl get`, as data: one row per kind with its columns (priority 1 = shown
 * only with `-o wide`) and the cells of one object. Column names and cell rules follow the apiserver's own
 * printers, kubernetes/kubernetes pkg/printers/internalversion/printers.go (AddHandlers, printPod,
 * printService, printIngress, printEndpoints, printEndpointSlice, printNode, printEvent…); the apiserver
 * builds every cell (GenerateOptions{Wide: true}) and kubectl hides priority-1 columns.
 */
import { NETWORK_PRINTERS } from './network-printers.ts';
import { ageSince } from './human-duration.ts';
import { arr, type Json, obj } from './object-meta.ts';
import { AGE, age, int, k8sName, meta, NAME, num, str, type KindPrinter } from './table-cells.ts';
import { WORKLOAD_PRINTERS } from './workload-printers.ts';

export { formatLabels, formatSelector, type KindPrinter, type TableColumn } from './table-cells.ts';

function nodeRoles(labels: Json): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(labels)) {
    if (k.startsWith('node-role.kubernetes.io/')) roles.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) roles.add(String(v));
  }
  return [...roles].sort().join(',') || '<none>';
}

/** The printers by Kind. */
export const KIND_PRINTERS: Record<string, KindPrinter> = {
  ...WORKLOAD_PRINTERS,
  ...NETWORK_PRINTERS,
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
