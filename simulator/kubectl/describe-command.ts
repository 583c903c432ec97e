import type { ClusterSnapshot, SimEvent } from '../api-types.ts';
import { formatCpu, formatMemory } from '../model/quantity.ts';
import { formatAge } from './format-table.ts';
import type { ResourceType } from './resource-types.ts';
import { findResourceType } from './resource-types.ts';
import type { KubectlContext } from './command-context.ts';
import type { KubectlResult } from '../api-types.ts';

const labels = (l: Record<string, string> | null): string => {
  const entries = Object.entries(l ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join('\n' + ' '.repeat(25)) : '<none>';
};
const field = (name: string, value: string): string => `${`${name}:`.padEnd(25)}${value}\n`;

function events(snap: ClusterSnapshot, object: string): string {
  const list = snap.events.filter((e: SimEvent) => e.object === object);
  if (list.length === 0) return 'Events:                  <none>\n';
  const rows = list.map(
    (e) =>
      `  ${e.type.padEnd(8)}${e.reason.padEnd(20)}${formatAge(snap.timeMs - e.timeMs).padEnd(6)}${e.message.en}`,
  );
  return `Events:\n  ${'Type'.padEnd(8)}${'Reason'.padEnd(20)}${'Age'.padEnd(6)}Message\n  ${'----'.padEnd(8)}${'------'.padEnd(20)}${'---'.padEnd(6)}-------\n${rows.join('\n')}\n`;
}

/** `kubectl describe TYPE NAME` for Pods, Deployments, Services, Ingresses and Nodes; null when not found. */
export function describeObject(
  snap: ClusterSnapshot,
  type: ResourceType,
  namespace: string,
  name: string,
): string | null {
  switch (type.kind) {
    case 'Pod': {
      const p = snap.pods.find((x) => x.namespace === namespace && x.name === name);
      if (!p) return null;
      const node = snap.nodes.find((n) => n.name === p.nodeName);
      let out =
        field('Name', p.name) +
        field('Namespace', p.namespace) +
        field('Node', node ? `${node.name}/${node.internalIP}` : '<none>') +
        field('Labels', labels(p.labels));
      out +=
        field('Status', p.status === 'Terminating' ? 'Terminating' : p.phase) +
        field('IP', p.ip ?? '') +
        field('Controlled By', p.owner ? `${p.owner.kind}/${p.owner.name}` : '<none>');
      out += 'Containers:\n';
      for (const c of p.containers) {
        out += `  ${c.name}:\n    Image:          ${c.image}\n    Port:           ${c.ports.map((x) => `${x.containerPort}/${x.protocol}`).join(', ') || '<none>'}\n`;
        out += `    State:          ${p.status === 'Running' ? 'Running' : 'Waiting'}${p.status !== 'Running' ? `\n      Reason:       ${p.status}` : ''}\n    Ready:          ${p.ready ? 'True' : 'False'}\n    Restart Count:  ${p.restarts}\n`;
      }
      out += `Conditions:\n  Type              Status\n  PodScheduled      ${p.nodeName ? 'True' : 'False'}\n  Ready             ${p.ready ? 'True' : 'False'}\n`;
      if (!p.nodeName && p.reason)
        out += `Events:\n  Type     Reason            Age   From               Message\n  ----     ------            ----  ----               -------\n  Warning  FailedScheduling  ${formatAge(snap.timeMs - p.createdAtMs)}  default-scheduler  ${p.reason}\n`;
      else out += events(snap, `Pod/${p.namespace}/${p.name}`);
      return out;
    }
    case 'Deployment': {
      const d = snap.deployments.find((x) => x.namespace === namespace && x.name === name);
      if (!d) return null;
      const rs = snap.replicaSets
        .filter((r) => r.namespace === namespace && r.owner === name)
        .sort((a, b) => b.revision - a.revision);
      let out =
        field('Name', d.name) + field('Namespace', d.namespace) + field('Selector', labels(d.selector));
      out += field(
        'Replicas',
        `${d.replicas} desired | ${d.updatedReplicas} updated | ${d.readyReplicas} total | ${d.availableReplicas} available | ${Math.max(0, d.replicas - d.availableReplicas)} unavailable`,
      );
      out +=
        field('StrategyType', d.strategy) +
        (d.strategy === 'RollingUpdate'
          ? field('RollingUpdateStrategy', '25% max unavailable, 25% max surge')
          : '');
      out +=
        'Pod Template:\n  Containers:\n' +
        d.containers.map((c, i) => `   ${c}:\n    Image:        ${d.images[i] ?? ''}\n`).join('');
      out += field(
        'OldReplicaSets',
        rs
          .slice(1)
          .filter((r) => r.replicas > 0)
          .map((r) => `${r.name} (${r.currentReplicas}/${r.replicas} replicas created)`)
          .join(', ') || '<none>',
      );
      out += field(
        'NewReplicaSet',
        rs[0] ? `${rs[0].name} (${rs[0].currentReplicas}/${rs[0].replicas} replicas created)` : '<none>',
      );
      return out + events(snap, `Deployment/${d.namespace}/${d.name}`);
    }
    case 'Service': {
      const s = snap.services.find((x) => x.namespace === namespace && x.name === name);
      if (!s) return null;
      let out =
        field('Name', s.name) +
        field('Namespace', s.namespace) +
        field('Selector', labels(s.selector)) +
        field('Type', s.type) +
        field('IP', s.clusterIP);
      if (s.loadBalancerIPs.length) out += field('LoadBalancer Ingress', s.loadBalancerIPs.join(', '));
      for (const p of s.ports) {
        out +=
          field('Port', `${p.name ?? '<unset>'}  ${p.port}/${p.protocol}`) +
          field('TargetPort', `${p.targetPort}/${p.protocol}`);
        if (p.nodePort !== null)
          out += field('NodePort', `${p.name ?? '<unset>'}  ${p.nodePort}/${p.protocol}`);
        const index = s.ports.indexOf(p);
        out += field(
          'Endpoints',
          s.endpoints
            .filter((e) => e.ready && e.ports[index] != null)
            .map((e) => `${e.ip}:${e.ports[index]}`)
            .join(',') || '<none>',
        );
      }
      out += field('Session Affinity', s.sessionAffinity);
      if (s.type !== 'ClusterIP') out += field('External Traffic Policy', s.externalTrafficPolicy);
      return out + events(snap, `Service/${s.namespace}/${s.name}`);
    }
    case 'Ingress': {
      const i = snap.ingresses.find((x) => x.namespace === namespace && x.name === name);
      if (!i) return null;
      let out =
        field('Name', i.name) +
        field('Namespace', i.namespace) +
        field('Address', i.addresses.join(',')) +
        field('Ingress Class', i.className ?? '<none>');
      out += field(
        'Default backend',
        i.defaultBackend ? `${i.defaultBackend.service}:${i.defaultBackend.port}` : '<default>',
      );
      out += 'Rules:\n  Host        Path  Backends\n  ----        ----  --------\n';
      for (const r of i.rules) {
        out += `  ${r.host ?? '*'}\n`;
        for (const p of r.paths) {
          const svc = snap.services.find((s) => s.namespace === i.namespace && s.name === p.service);
          const eps = svc
            ? svc.endpoints
                .filter((e) => e.ready)
                .map((e) => e.ip)
                .join(',') || '<none>'
            : '<error: services "' + p.service + '" not found>';
          out += `              ${p.path}   ${p.service}:${p.port} (${eps})\n`;
        }
      }
      return out + events(snap, `Ingress/${i.namespace}/${i.name}`);
    }
    case 'Node': {
      const n = snap.nodes.find((x) => x.name === name);
      if (!n) return null;
      let out =
        field('Name', n.name) +
        field('Roles', n.role === 'server' ? 'control-plane,master' : '<none>') +
        field('Labels', labels(n.labels));
      out +=
        field(
          'Taints',
          n.taints
            .map((t) => `${t.key}${t.value ? '=' + t.value : ''}:${t.effect}`)
            .join('\n' + ' '.repeat(25)) || '<none>',
        ) + field('Unschedulable', String(n.unschedulable));
      out += `Conditions:\n  Type    Status\n  Ready   ${n.ready ? 'True' : 'Unknown'}\n`;
      out += `Addresses:\n  InternalIP:  ${n.internalIP}\n  Hostname:    ${n.name}\n`;
      out += `Capacity:\n  cpu:     ${formatCpu(n.capacity.cpuMillis)}\n  memory:  ${formatMemory(n.capacity.memoryBytes)}\n  pods:    ${n.capacity.pods}\n`;
      out +=
        `Non-terminated Pods:  (${n.pods.length} in total)\n` +
        n.pods.map((p) => `  ${p.namespace.padEnd(14)}${p.name}\n`).join('');
      out += `Allocated resources:\n  Resource  Requests\n  cpu       ${formatCpu(n.requested.cpuMillis)} (${Math.round((100 * n.requested.cpuMillis) / n.capacity.cpuMillis)}%)\n  memory    ${formatMemory(n.requested.memoryBytes)} (${Math.round((100 * n.requested.memoryBytes) / n.capacity.memoryBytes)}%)\n`;
      return out + events(snap, `Node/${n.name}`);
    }
    default:
      return null;
  }
}

/** `kubectl describe TYPE [NAME]` (temporary: the snapshot describers). */
export function runDescribe(ctx: KubectlContext): KubectlResult {
  const [first = '', ...rest] = ctx.words;
  const [typeWord, name] = first.includes('/') ? first.split('/') : [first, rest[0]];
  const type = findResourceType(typeWord ?? '');
  if (!type)
    return {
      stdout: '',
      stderr: `error: the server doesn't have a resource type "${typeWord}"\n`,
      exitCode: 1,
    };
  const snap = ctx.sim.snapshot();
  const out = describeObject(snap, type, ctx.namespace, name ?? '');
  return out
    ? { stdout: out, stderr: '', exitCode: 0 }
    : {
        stdout: '',
        stderr: `Error from server (NotFound): ${type.plural} "${name}" not found\n`,
        exitCode: 1,
      };
}
