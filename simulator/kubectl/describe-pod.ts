/** kubectl's describePod, describeContainers, describeVolumes and DescribePodTemplate (describe.go). */
import { ageSince } from '../kube-api/human-duration.ts';
import { arr, isJson, type Json, obj, partsOf } from '../kube-api/object-meta.ts';
import {
  annotationsMultiline,
  controllerOf,
  describeEvents,
  type DescribeWriter,
  labelsMultiline,
  rfc1123,
  tolerationsMultiline,
} from './describe-writer.ts';

function ports(list: Json[], host: boolean): string {
  return list
    .map((p) => `${Number((host ? p.hostPort : p.containerPort) ?? 0)}/${String(p.protocol ?? 'TCP')}`)
    .join(', ');
}

function describeState(w: DescribeWriter, name: string, state: Json): void {
  if (isJson(state.running)) {
    w.write(2, `${name}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123(state.running.startedAt)}\n`);
  } else if (isJson(state.terminated)) {
    const t = state.terminated;
    w.write(2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${String(t.reason)}\n`);
    if (t.message) w.write(3, `Message:\t${String(t.message)}\n`);
    w.write(3, `Exit Code:\t${Number(t.exitCode ?? 0)}\n`);
    w.write(3, `Started:\t${rfc1123(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123(t.finishedAt)}\n`);
  } else {
    w.write(2, `${name}:\tWaiting\n`);
    if (isJson(state.waiting) && state.waiting.reason)
      w.write(3, `Reason:\t${String(state.waiting.reason)}\n`);
  }
}

function describeResources(w: DescribeWriter, resources: Json): void {
  for (const [title, key] of [
    ['Limits', 'limits'],
    ['Requests', 'requests'],
  ] as const) {
    const r = obj(resources[key]);
    const names = Object.keys(r).sort();
    if (names.length === 0) continue;
    w.write(2, `${title}:\n`);
    for (const n of names) w.write(3, `${n}:\t${String(r[n])}\n`);
  }
}

/** describeContainers: `space` is '' for a Pod and '  ' inside a Pod template. */
export function describeContainers(
  w: DescribeWriter,
  label: string,
  containers: Json[],
  statuses: Json[] | null,
  space: string,
): void {
  w.write(0, `${space}${label}:\n`);
  for (const c of containers) {
    const status = statuses?.find((s) => s.name === c.name);
    w.write(1, `${space ? ' ' : ''}${String(c.name)}:\n`);
    if (status) w.write(2, `Container ID:\t${String(status.containerID ?? '')}\n`);
    w.write(2, `Image:\t${String(c.image ?? '')}\n`);
    if (status) w.write(2, `Image ID:\t${String(status.imageID ?? '')}\n`);
    const list = arr(c.ports);
    const p = ports(list, false);
    w.write(2, p.includes(',') ? `Ports:\t${p}\n` : `Port:\t${p || '<none>'}\n`);
    const h = ports(list, true);
    w.write(2, h.includes(',') ? `Host Ports:\t${h}\n` : `Host Port:\t${h || '<none>'}\n`);
    if (Array.isArray(c.command)) {
      w.write(2, 'Command:\n');
      for (const x of c.command) w.write(3, `${String(x)}\n`);
    }
    if (Array.isArray(c.args)) {
      w.write(2, 'Args:\n');
      for (const x of c.args) w.write(3, `${String(x)}\n`);
    }
    if (status) {
      describeState(w, 'State', obj(status.state));
      if (isJson(obj(status.lastState).terminated)) describeState(w, 'Last State', obj(status.lastState));
      w.write(2, `Ready:\t${status.ready === true ? 'True' : 'False'}\n`);
      w.write(2, `Restart Count:\t${Number(status.restartCount ?? 0)}\n`);
    }
    describeResources(w, obj(c.resources));
    const env = arr(c.env);
    if (env.length === 0) w.write(2, 'Environment:\t<none>\n');
    else {
      w.write(2, 'Environment:\n');
      for (const e of env)
        w.write(3, `${String(e.name)}:\t${e.value === undefined ? '' : String(e.value)}\n`);
    }
    const mounts = arr(c.volumeMounts).sort((a, b) => (String(a.mountPath) < String(b.mountPath) ? -1 : 1));
    w.write(2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`);
    for (const m of mounts)
      w.write(3, `${String(m.mountPath)} from ${String(m.name)} (${m.readOnly === true ? 'ro' : 'rw'})\n`);
  }
}

/** describeVolumes. */
export function describeVolumes(w: DescribeWriter, volumes: Json[], space: string): void {
  if (volumes.length === 0) return w.write(0, `${space}Volumes:\t<none>\n`);
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? ' ' : ''}${String(v.name)}:\n`);
    if (isJson(v.projected)) {
      w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const s of arr(v.projected.sources)) {
        if (isJson(s.downwardAPI)) w.write(2, 'DownwardAPI:\ttrue\n');
        else if (isJson(s.configMap))
          w.write(
            2,
            `ConfigMapName:\t${String(s.configMap.name)}\n    ConfigMapOptional:\t${s.configMap.optional === undefined ? '<nil>' : String(s.configMap.optional)}\n`,
          );
        else if (isJson(s.serviceAccountToken))
          w.write(2, `TokenExpirationSeconds:\t${Number(s.serviceAccountToken.expirationSeconds)}\n`);
      }
    } else if (isJson(v.emptyDir)) {
      w.write(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
      w.write(2, `Medium:\t${String(v.emptyDir.medium ?? '')}\n`);
      w.write(
        2,
        `SizeLimit:\t${v.emptyDir.sizeLimit === undefined ? '<unset>' : String(v.emptyDir.sizeLimit)}\n`,
      );
    } else if (isJson(v.configMap)) {
      w.write(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
      w.write(2, `Name:\t${String(v.configMap.name)}\n`);
      w.write(2, `Optional:\t${String(v.configMap.optional ?? false)}\n`);
    } else if (isJson(v.secret)) {
      w.write(2, 'Type:\tSecret (a volume populated by a Secret)\n');
      w.write(2, `SecretName:\t${String(v.secret.secretName)}\n`);
      w.write(2, `Optional:\t${String(v.secret.optional ?? false)}\n`);
    }
  }
}

/** describePod. */
export function describePod(w: DescribeWriter, pod: Json, events: Json[] | null, nowMs: number): void {
  const { meta, spec, status } = partsOf(pod);
  w.write(0, `Name:\t${String(meta.name)}\n`);
  w.write(0, `Namespace:\t${String(meta.namespace)}\n`);
  if (typeof spec.priority === 'number') w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${String(spec.priorityClassName)}\n`);
  w.write(0, `Service Account:\t${String(spec.serviceAccountName ?? '')}\n`);
  w.write(
    0,
    spec.nodeName ? `Node:\t${String(spec.nodeName)}/${String(status.hostIP ?? '')}\n` : 'Node:\t<none>\n',
  );
  if (status.startTime) w.write(0, `Start Time:\t${rfc1123(status.startTime)}\n`);
  labelsMultiline(w, 'Labels', meta.labels);
  annotationsMultiline(w, 'Annotations', meta.annotations);
  if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(0, `Status:\tTerminating (lasts ${ageSince(meta.deletionTimestamp, nowMs)})\n`);
    w.write(0, `Termination Grace Period:\t${Number(meta.deletionGracePeriodSeconds ?? 30)}s\n`);
  } else w.write(0, `Status:\t${String(status.phase ?? '')}\n`);
  if (status.reason) w.write(0, `Reason:\t${String(status.reason)}\n`);
  if (status.message) w.write(0, `Message:\t${String(status.message)}\n`);
  w.write(0, `IP:\t${String(status.podIP ?? '')}\n`);
  const ips = arr(status.podIPs);
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${String(ip.ip)}\n`);
  }
  const controller = controllerOf(pod);
  if (controller) w.write(0, `Controlled By:\t${controller}\n`);
  describeContainers(w, 'Containers', arr(spec.containers), arr(status.containerStatuses), '');
  const conditions = arr(status.conditions);
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(1, `${String(c.type)} \t${String(c.status)} \n`);
  }
  describeVolumes(w, arr(spec.volumes), '');
  w.write(0, `QoS Class:\t${String(status.qosClass ?? '')}\n`);
  labelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, 'Tolerations', spec.tolerations);
  if (events) describeEvents(w, events, nowMs);
}

/** DescribePodTemplate (inside Deployments and ReplicaSets). */
export function describePodTemplate(w: DescribeWriter, template: Json): void {
  const { meta, spec } = partsOf(template);
  w.write(0, 'Pod Template:\n');
  labelsMultiline(w, '  Labels', meta.labels);
  if (isJson(meta.annotations) && Object.keys(meta.annotations).length)
    annotationsMultiline(w, '  Annotations', meta.annotations);
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${String(spec.serviceAccountName)}\n`);
  describeContainers(w, 'Containers', arr(spec.containers), null, '  ');
  describeVolumes(w, arr(spec.volumes), '  ');
  labelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  tolerationsMultiline(w, '  Tolerations', spec.tolerations);
}
