/**
 * `kubectl get` printers of networking: Service, Ingress, IngressClass, Endpoints, EndpointSlice
 * (printers.go printService, printIngress, printEndpoints, printEndpointSlice).
 */
import { arr, type Json, obj } from './object-meta.ts';
import {
  AGE,
  age,
  formatLabels,
  k8sName,
  type KindPrinter,
  listWithMore,
  NAME,
  num,
  str,
} from './table-cells.ts';

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

/** The networking printers by Kind. */
export const NETWORK_PRINTERS: Record<string, KindPrinter> = {
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
};
