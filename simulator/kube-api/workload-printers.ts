/**
 * `kubectl get` printers of the workloads: Pod, Deployment, ReplicaSet, DaemonSet (printers.go printPod,
 * printDeployment, printReplicaSet, printDaemonSet).
 */
import { ageSince } from './human-duration.ts';
import { arr, isJson, type Json, obj } from './object-meta.ts';
import {
  AGE,
  age,
  formatLabels,
  int,
  k8sName,
  meta,
  NAME,
  num,
  str,
  WORKLOAD_WIDE,
  workloadWideCells,
  type KindPrinter,
  type TableColumn,
} from './table-cells.ts';

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

/**
 * A controller's printer: its name, the columns of its own (counts of its status), its age, then the wide
 * columns every workload shares (containers, images, selector).
 */
function workloadPrinter(
  columns: TableColumn[],
  cells: (spec: Json, status: Json) => Array<string | number>,
): KindPrinter {
  return {
    columns: [NAME, ...columns, AGE, ...WORKLOAD_WIDE],
    cells: (o, now) => {
      const spec = obj(o.spec);
      return [k8sName(o), ...cells(spec, obj(o.status)), age(o, now), ...workloadWideCells(spec)];
    },
  };
}

/** The workload printers by Kind. */
export const WORKLOAD_PRINTERS: Record<string, KindPrinter> = {
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
  Deployment: workloadPrinter([str('Ready'), int('Up-to-date'), int('Available')], (spec, status) => [
    `${num(status.readyReplicas)}/${num(spec.replicas)}`,
    num(status.updatedReplicas),
    num(status.availableReplicas),
  ]),
  ReplicaSet: workloadPrinter([int('Desired'), int('Current'), int('Ready')], (spec, status) => [
    num(spec.replicas),
    num(status.replicas),
    num(status.readyReplicas),
  ]),
  DaemonSet: workloadPrinter(
    [int('Desired'), int('Current'), int('Ready'), int('Up-to-date'), int('Available'), str('Node Selector')],
    (spec, s) => [
      num(s.desiredNumberScheduled),
      num(s.currentNumberScheduled),
      num(s.numberReady),
      num(s.updatedNumberScheduled),
      num(s.numberAvailable),
      formatLabels(obj(obj(obj(spec.template).spec).nodeSelector)),
    ],
  ),
};
