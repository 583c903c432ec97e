/** kubectl's describers for Services, Deployments, ReplicaSets, Ingresses and Nodes (describe.go). */
import type { KubeApi } from '../kube-api/kube-api.ts';
import { ageSince } from '../kube-api/human-duration.ts';
import { arr, isJson, type Json, obj, partsOf } from '../kube-api/object-meta.ts';
import { formatLabels, formatSelector } from '../kube-api/table-printers.ts';
import { formatCpu, formatMemory, parseCpuMillis, parseMemoryBytes } from '../model/quantity.ts';
import { describePodTemplate } from './describe-pod.ts';
import {
  annotationsMultiline,
  controllerOf,
  describeEvents,
  type DescribeWriter,
  labelsMultiline,
  nameAndLabels,
  rfc1123,
} from './describe-writer.ts';

/** formatEndpoints with a port-name filter, as describe service and ingress use it. */
export function endpointsText(endpoints: Json | undefined, portName: string | null): string {
  const subsets = arr(endpoints?.subsets);
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let count = 0;
  for (const ss of subsets) {
    const addresses = arr(ss.addresses);
    for (const p of arr(ss.ports)) {
      if (portName !== null && String(p.name ?? '') !== portName) continue;
      count += addresses.length;
      for (const a of addresses) list.push(`${String(a.ip)}:${Number(p.port)}`);
    }
  }
  const shown = list.slice(0, 3).join(',');
  return count > 3 ? `${shown} + ${count - 3} more...` : shown;
}

/** describeService. */
export function describeService(
  w: DescribeWriter,
  s: Json,
  endpoints: Json | undefined,
  events: Json[] | null,
  nowMs: number,
): void {
  const { meta, spec, status } = partsOf(s);
  nameAndLabels(w, meta, String(meta.namespace));
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${String(spec.type)}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${String(spec.ipFamilyPolicy)}\n`);
  const families = Array.isArray(spec.ipFamilies) ? spec.ipFamilies.map(String) : [];
  w.write(0, `IP Families:\t${families.length ? families.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${String(spec.clusterIP ?? '')}\n`);
  const ips = Array.isArray(spec.clusterIPs) ? spec.clusterIPs.map(String) : [];
  w.write(0, `IPs:\t${ips.length ? ips.join(',') : '<none>'}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${String(spec.externalName)}\n`);
  const lb = arr(obj(status.loadBalancer).ingress);
  if (lb.length)
    w.write(
      0,
      `LoadBalancer Ingress:\t${lb.map((i) => `${String(i.ip ?? i.hostname)}${i.ipMode ? ` (${String(i.ipMode)})` : ''}`).join(', ')}\n`,
    );
  for (const p of arr(spec.ports)) {
    const name = String(p.name ?? '') || '<unset>';
    const proto = String(p.protocol ?? 'TCP');
    w.write(0, `Port:\t${name}\t${Number(p.port)}/${proto}\n`);
    w.write(0, `TargetPort:\t${String(p.targetPort)}/${proto}\n`);
    if (typeof p.nodePort === 'number' && p.nodePort)
      w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${endpointsText(endpoints, String(p.name ?? ''))}\n`);
  }
  w.write(0, `Session Affinity:\t${String(spec.sessionAffinity ?? 'None')}\n`);
  if (spec.externalTrafficPolicy)
    w.write(0, `External Traffic Policy:\t${String(spec.externalTrafficPolicy)}\n`);
  if (spec.internalTrafficPolicy)
    w.write(0, `Internal Traffic Policy:\t${String(spec.internalTrafficPolicy)}\n`);
  if (events) describeEvents(w, events, nowMs);
}

const rsSummary = (list: Json[]): string =>
  list
    .map(
      (rs) =>
        `${String(obj(rs.metadata).name)} (${Number(obj(rs.status).replicas ?? 0)}/${Number(obj(rs.spec).replicas ?? 0)} replicas created)`,
    )
    .join(', ') || '<none>';

/** describeDeployment. */
export function describeDeployment(
  w: DescribeWriter,
  d: Json,
  replicaSets: Json[],
  events: Json[] | null,
  nowMs: number,
): void {
  const { meta, spec, status } = partsOf(d);
  w.write(0, `Name:\t${String(meta.name)}\n`);
  w.write(0, `Namespace:\t${String(meta.namespace)}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123(meta.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', meta.labels);
  annotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `Selector:\t${formatSelector(spec.selector)}\n`);
  const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
  w.write(
    0,
    `Replicas:\t${n(spec.replicas)} desired | ${n(status.updatedReplicas)} updated | ${n(status.replicas)} total | ${n(status.availableReplicas)} available | ${n(status.unavailableReplicas)} unavailable\n`,
  );
  const strategy = obj(spec.strategy);
  w.write(0, `StrategyType:\t${String(strategy.type)}\n`);
  w.write(0, `MinReadySeconds:\t${n(spec.minReadySeconds)}\n`);
  if (isJson(strategy.rollingUpdate))
    w.write(
      0,
      `RollingUpdateStrategy:\t${String(strategy.rollingUpdate.maxUnavailable)} max unavailable, ${String(strategy.rollingUpdate.maxSurge)} max surge\n`,
    );
  describePodTemplate(w, obj(spec.template));
  const conditions = arr(status.conditions);
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conditions) w.write(1, `${String(c.type)} \t${String(c.status)}\t${String(c.reason)}\n`);
  }
  const revision = String(obj(meta.annotations)['deployment.kubernetes.io/revision'] ?? '');
  const owned = replicaSets.filter((rs) => controllerOf(rs) === `Deployment/${String(meta.name)}`);
  const newer = owned.filter(
    (rs) => obj(obj(rs.metadata).annotations)['deployment.kubernetes.io/revision'] === revision,
  );
  const old = owned.filter((rs) => !newer.includes(rs) && n(obj(rs.spec).replicas) > 0);
  w.write(0, `OldReplicaSets:\t${rsSummary(old)}\n`);
  w.write(0, `NewReplicaSet:\t${rsSummary(newer)}\n`);
  if (events) describeEvents(w, events, nowMs);
}

/** describeIngress (networking.k8s.io/v1). */
export function describeIngress(
  w: DescribeWriter,
  api: KubeApi,
  ing: Json,
  events: Json[] | null,
  nowMs: number,
): void {
  const { meta, spec, status } = partsOf(ing);
  const ns = String(meta.namespace);
  const backend = (b: Json): string => {
    const svc = obj(b.service);
    const name = String(svc.name ?? '');
    const port = obj(svc.port);
    const portText = port.name ? String(port.name) : String(port.number ?? '');
    const endpoints = api.get('endpoints', ns, name);
    if (!endpoints) return `<error: endpoints "${name}" not found>`;
    const service = api.get('services', ns, name);
    if (!service) return `<error: services "${name}" not found>`;
    let portName = '';
    for (const sp of arr(obj(service.spec).ports))
      if ((port.number && port.number === sp.port) || (port.name && port.name === sp.name))
        portName = String(sp.name ?? '');
    return `${name}:${portText} (${endpointsText(endpoints, portName)})`;
  };
  w.write(0, `Name:\t${String(meta.name)}\n`);
  labelsMultiline(w, 'Labels', meta.labels);
  w.write(0, `Namespace:\t${ns}\n`);
  w.write(
    0,
    `Address:\t${arr(obj(status.loadBalancer).ingress)
      .map((i) => String(i.ip ?? i.hostname))
      .join(',')}\n`,
  );
  w.write(0, `Ingress Class:\t${String(spec.ingressClassName ?? '<none>')}\n`);
  const def = isJson(spec.defaultBackend) ? backend(spec.defaultBackend) : '<default>';
  w.write(0, `Default backend:\t${def}\n`);
  const tls = arr(spec.tls);
  if (tls.length) {
    w.write(0, 'TLS:\n');
    for (const t of tls)
      w.write(
        1,
        `${t.secretName ? String(t.secretName) : 'SNI routes'} ${Array.isArray(t.hosts) ? t.hosts.join(',') : ''}\n`,
      );
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of arr(spec.rules)) {
    if (!isJson(rule.http)) continue;
    count++;
    w.write(1, `${String(rule.host ?? '') || '*'}\t\n`);
    for (const p of arr(rule.http.paths))
      w.write(2, `\t${String(p.path ?? '')} \t${backend(obj(p.backend))}\n`);
  }
  if (count === 0) w.write(1, `*\t*\t${def}\n`);
  annotationsMultiline(w, 'Annotations', meta.annotations);
  if (events) describeEvents(w, events, nowMs);
}

/** describeNode. */
export function describeNode(
  w: DescribeWriter,
  node: Json,
  lease: Json | undefined,
  pods: Json[],
  events: Json[] | null,
  nowMs: number,
): void {
  const { meta, spec, status } = partsOf(node);
  const labels = obj(meta.labels);
  const roles = [
    ...new Set(
      Object.keys(labels)
        .filter((k) => k.startsWith('node-role.kubernetes.io/'))
        .map((k) => k.slice(24)),
    ),
  ].sort();
  w.write(0, `Name:\t${String(meta.name)}\n`);
  w.write(0, `Roles:\t${roles.join(',') || '<none>'}\n`);
  labelsMultiline(w, 'Labels', meta.labels);
  annotationsMultiline(w, 'Annotations', meta.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123(meta.creationTimestamp)}\n`);
  const taints = arr(spec.taints);
  w.write(0, `Taints:\t${taints.length ? '' : '<none>\n'}`);
  taints.forEach((t, i) =>
    w.write(
      0,
      `${i ? '\t' : ''}${String(t.key)}${t.value ? `=${String(t.value)}` : ''}:${String(t.effect)}\n`,
    ),
  );
  w.write(0, `Unschedulable:\t${spec.unschedulable === true ? 'true' : 'false'}\n`);
  if (lease) {
    const ls = obj(lease.spec);
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${String(ls.holderIdentity ?? '<unset>')}\n`);
    w.write(1, `AcquireTime:\t${ls.acquireTime ? rfc1123(ls.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${ls.renewTime ? rfc1123(ls.renewTime) : '<unset>'}\n`);
  } else
    w.write(
      0,
      'Lease:\tFailed to get lease: leases.coordination.k8s.io "' + String(meta.name) + '" not found\n',
    );
  const conditions = arr(status.conditions);
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions)
      w.write(
        1,
        `${String(c.type)} \t${String(c.status)} \t${rfc1123(c.lastHeartbeatTime)} \t${rfc1123(c.lastTransitionTime)} \t${String(c.reason)} \t${String(c.message)}\n`,
      );
  }
  w.write(0, 'Addresses:\n');
  for (const a of arr(status.addresses)) w.write(1, `${String(a.type)}:\t${String(a.address)}\n`);
  const resources = (title: string, r: Json): void => {
    w.write(0, `${title}:\n`);
    for (const k of Object.keys(r).sort())
      w.write(1, `${k}:\t${k === 'memory' ? formatMemory(parseMemoryBytes(r[k])) : String(r[k])}\n`);
  };
  resources('Capacity', obj(status.capacity));
  resources('Allocatable', obj(status.allocatable));
  const info = obj(status.nodeInfo);
  w.write(0, 'System Info:\n');
  for (const [k, v] of [
    ['Machine ID', info.machineID],
    ['System UUID', info.systemUUID],
    ['Boot ID', info.bootID],
    ['Kernel Version', info.kernelVersion],
    ['OS Image', info.osImage],
    ['Operating System', info.operatingSystem],
    ['Architecture', info.architecture],
    ['Container Runtime Version', info.containerRuntimeVersion],
    ['Kubelet Version', info.kubeletVersion],
    ['Kube-Proxy Version', info.kubeProxyVersion],
  ] as const)
    w.write(1, `${k}:\t${String(v ?? '')}\n`);
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${String(spec.podCIDR)}\n`);
  if (Array.isArray(spec.podCIDRs)) w.write(0, `PodCIDRs:\t${spec.podCIDRs.join(',')}\n`);
  if (spec.providerID) w.write(0, `ProviderID:\t${String(spec.providerID)}\n`);
  const live = pods.filter((p) => !['Succeeded', 'Failed'].includes(String(obj(p.status).phase)));
  const cpuCap = parseCpuMillis(obj(status.allocatable).cpu);
  const memCap = parseMemoryBytes(obj(status.allocatable).memory);
  const pct = (v: number, cap: number): number => (cap ? Math.trunc((v / cap) * 100) : 0);
  w.write(0, `Non-terminated Pods:\t(${live.length} in total)\n`);
  w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
  w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
  let cpuSum = 0;
  let memSum = 0;
  let cpuLim = 0;
  let memLim = 0;
  for (const p of live) {
    let cr = 0;
    let mr = 0;
    let cl = 0;
    let ml = 0;
    for (const c of arr(obj(p.spec).containers)) {
      const r = obj(c.resources);
      cr += parseCpuMillis(obj(r.requests).cpu ?? obj(r.limits).cpu);
      mr += parseMemoryBytes(obj(r.requests).memory ?? obj(r.limits).memory);
      cl += parseCpuMillis(obj(r.limits).cpu);
      ml += parseMemoryBytes(obj(r.limits).memory);
    }
    cpuSum += cr;
    memSum += mr;
    cpuLim += cl;
    memLim += ml;
    const q = (v: number, f: (n: number) => string): string => (v ? f(v) : '0');
    const pm = obj(p.metadata);
    w.write(
      1,
      `${String(pm.namespace)}\t${String(pm.name)}\t\t${q(cr, formatCpu)} (${pct(cr, cpuCap)}%)\t${q(cl, formatCpu)} (${pct(cl, cpuCap)}%)\t${q(mr, formatMemory)} (${pct(mr, memCap)}%)\t${q(ml, formatMemory)} (${pct(ml, memCap)}%)\t${ageSince(pm.creationTimestamp, nowMs)}\n`,
    );
  }
  const q = (v: number, f: (n: number) => string): string => (v ? f(v) : '0');
  w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
  w.write(1, 'Resource\tRequests\tLimits\n');
  w.write(1, '--------\t--------\t------\n');
  w.write(
    1,
    `cpu\t${q(cpuSum, formatCpu)} (${pct(cpuSum, cpuCap)}%)\t${q(cpuLim, formatCpu)} (${pct(cpuLim, cpuCap)}%)\n`,
  );
  w.write(
    1,
    `memory\t${q(memSum, formatMemory)} (${pct(memSum, memCap)}%)\t${q(memLim, formatMemory)} (${pct(memLim, memCap)}%)\n`,
  );
  w.write(1, 'ephemeral-storage\t0 (0%)\t0 (0%)\n');
  if (events) describeEvents(w, events, nowMs);
}
