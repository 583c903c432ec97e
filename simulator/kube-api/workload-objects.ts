import type { DeploymentView, ReplicaSetView } from '../api-types.ts';
import { objectKey } from '../model/cluster-state.ts';
import { type ObjectContext, uidOf } from './object-context.ts';
import { apiTime, controllerRef, identityOf, isJson, type Json, objectHead } from './object-meta.ts';
import { containerDefaults } from './pod-spec-defaults.ts';

/** A pod template with the apiserver's defaults (the same ones a Pod gets, minus the token volume). */
function templateSpec(spec: Json): Json {
  const containers = (Array.isArray(spec.containers) ? spec.containers : [])
    .filter(isJson)
    .map(containerDefaults);
  return {
    ...spec,
    containers,
    dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
    restartPolicy: spec.restartPolicy ?? 'Always',
    schedulerName: spec.schedulerName ?? 'default-scheduler',
    securityContext: spec.securityContext ?? {},
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
  };
}

/** Pods of a Deployment's ReplicaSets that are not terminating: status.replicas. */
function deploymentPods(ctx: ObjectContext, d: DeploymentView): number {
  const rsNames = new Set(
    ctx.snapshot.replicaSets
      .filter((r) => r.namespace === d.namespace && r.owner === d.name)
      .map((r) => r.name),
  );
  return ctx.snapshot.pods.filter(
    (p) =>
      p.namespace === d.namespace &&
      p.owner?.kind === 'ReplicaSet' &&
      rsNames.has(p.owner.name) &&
      p.status !== 'Terminating',
  ).length;
}

/** A Deployment as the apiserver returns it (generation is filled in by the API view). */
export function deploymentObject(ctx: ObjectContext, d: DeploymentView): Json {
  const state = ctx.state.deployments.get(objectKey(d.namespace, d.name));
  const manifest = state?.manifest;
  const spec = isJson(manifest?.spec) ? manifest.spec : {};
  const template = state?.template ?? { metadata: { labels: d.selector, annotations: {} }, spec: {} };
  const strategy =
    d.strategy === 'Recreate'
      ? { type: 'Recreate' }
      : {
          rollingUpdate: {
            maxSurge: state?.strategy.maxSurge ?? '25%',
            maxUnavailable: state?.strategy.maxUnavailable ?? '25%',
          },
          type: 'RollingUpdate',
        };
  const created = apiTime(ctx, d.createdAtMs);
  const available =
    d.availableReplicas >= d.replicas - maxUnavailable(state?.strategy.maxUnavailable, d.replicas);
  const newRs = ctx.snapshot.replicaSets.find(
    (r) => r.namespace === d.namespace && r.owner === d.name && r.revision === d.revision,
  );
  const complete = d.updatedReplicas === d.replicas && d.availableReplicas === d.replicas;
  const total = deploymentPods(ctx, d);
  return {
    ...objectHead(ctx, 'apps/v1', 'Deployment', {
      ...identityOf(d),
      labels: manifest?.metadata.labels,
      annotations: {
        'deployment.kubernetes.io/revision': String(d.revision),
        ...manifest?.metadata.annotations,
      },
    }),
    spec: {
      ...spec,
      progressDeadlineSeconds: spec.progressDeadlineSeconds ?? 600,
      replicas: d.replicas,
      revisionHistoryLimit: state?.revisionHistoryLimit ?? 10,
      selector: spec.selector ?? { matchLabels: d.selector },
      strategy,
      template: {
        metadata: {
          ...(isJson((spec.template as Json | undefined)?.metadata)
            ? ((spec.template as Json).metadata as Json)
            : {}),
          labels: template.metadata.labels,
        },
        spec: templateSpec(template.spec),
      },
    },
    status: {
      availableReplicas: d.availableReplicas || undefined,
      conditions: [
        {
          lastTransitionTime: created,
          lastUpdateTime: created,
          message: available
            ? 'Deployment has minimum availability.'
            : 'Deployment does not have minimum availability.',
          reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
          status: available ? 'True' : 'False',
          type: 'Available',
        },
        {
          lastTransitionTime: created,
          lastUpdateTime: created,
          message: complete
            ? `ReplicaSet "${newRs?.name ?? d.name}" has successfully progressed.`
            : `ReplicaSet "${newRs?.name ?? d.name}" is progressing.`,
          reason: complete ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
          status: 'True',
          type: 'Progressing',
        },
      ],
      observedGeneration: 1,
      readyReplicas: d.readyReplicas || undefined,
      replicas: total || undefined,
      unavailableReplicas:
        d.replicas - d.availableReplicas > 0 ? d.replicas - d.availableReplicas : undefined,
      updatedReplicas: d.updatedReplicas || undefined,
    },
  };
}

function maxUnavailable(value: number | string | undefined, replicas: number): number {
  if (typeof value === 'number') return value;
  const pct = /^(\d+)%$/.exec(value ?? '25%');
  return pct ? Math.floor((replicas * Number(pct[1])) / 100) : 0;
}

/** A ReplicaSet as the apiserver returns it. */
export function replicaSetObject(ctx: ObjectContext, rs: ReplicaSetView): Json {
  const state = ctx.state.replicaSets.get(objectKey(rs.namespace, rs.name));
  const template = state?.template ?? { metadata: { labels: rs.selector, annotations: {} }, spec: {} };
  const deployment = rs.owner
    ? ctx.snapshot.deployments.find((d) => d.namespace === rs.namespace && d.name === rs.owner)
    : undefined;
  return {
    ...objectHead(ctx, 'apps/v1', 'ReplicaSet', {
      ...identityOf(rs),
      labels: template.metadata.labels,
      annotations: {
        ...(deployment
          ? {
              'deployment.kubernetes.io/desired-replicas': String(deployment.replicas),
              'deployment.kubernetes.io/max-replicas': String(
                deployment.replicas + Math.ceil(deployment.replicas / 4),
              ),
            }
          : {}),
        'deployment.kubernetes.io/revision': String(rs.revision),
      },
      ownerReferences: rs.owner
        ? [controllerRef('apps/v1', 'Deployment', rs.owner, uidOf(ctx, 'Deployment', rs.namespace, rs.owner))]
        : undefined,
    }),
    spec: {
      replicas: rs.replicas,
      selector: { matchLabels: rs.selector },
      template: { metadata: { labels: template.metadata.labels }, spec: templateSpec(template.spec) },
    },
    status: {
      availableReplicas: rs.readyReplicas || undefined,
      fullyLabeledReplicas: rs.currentReplicas || undefined,
      observedGeneration: 1,
      readyReplicas: rs.readyReplicas || undefined,
      replicas: rs.currentReplicas,
    },
  };
}

/** k3s ServiceLB's DaemonSets (`svclb-<service>-<hash>` in kube-system), seen through their Pods. */
export function daemonSetObjects(ctx: ObjectContext): Json[] {
  const byName = new Map<string, typeof ctx.snapshot.pods>();
  for (const p of ctx.snapshot.pods)
    if (p.owner?.kind === 'DaemonSet')
      (byName.get(p.owner.name) ?? byName.set(p.owner.name, []).get(p.owner.name)!).push(p);
  return [...byName.entries()].map(([name, pods]) => {
    const first = pods[0]!;
    const state = ctx.state.pods.get(objectKey(first.namespace, first.name));
    const created = Math.min(...pods.map((p) => p.createdAtMs));
    const live = pods.filter((p) => p.status !== 'Terminating');
    const ready = live.filter((p) => p.ready).length;
    const labels = { app: name };
    return {
      ...objectHead(ctx, 'apps/v1', 'DaemonSet', {
        namespace: first.namespace,
        name,
        createdAtMs: created,
        labels: {
          'objectset.rio.cattle.io/hash': name.slice(-8),
          'svccontroller.k3s.cattle.io/nodeselector': 'false',
          'svccontroller.k3s.cattle.io/svcname': first.labels['svccontroller.k3s.cattle.io/svcname'] ?? '',
          'svccontroller.k3s.cattle.io/svcnamespace':
            first.labels['svccontroller.k3s.cattle.io/svcnamespace'] ?? '',
        },
        annotations: { 'deprecated.daemonset.template.generation': '1' },
      }),
      spec: {
        revisionHistoryLimit: 10,
        selector: { matchLabels: labels },
        template: {
          metadata: {
            labels: {
              ...labels,
              'svccontroller.k3s.cattle.io/svcname': first.labels['svccontroller.k3s.cattle.io/svcname'],
            },
          },
          spec: templateSpec({
            containers: (state?.spec.containers ?? first.containers).map((c) => ({
              name: c.name,
              image: c.image,
              ports: c.ports.map((x) => ({
                containerPort: x.containerPort,
                hostPort: x.containerPort,
                name: x.name ?? undefined,
                protocol: x.protocol,
              })),
            })),
          }),
        },
        updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
      },
      status: {
        currentNumberScheduled: live.filter((p) => p.nodeName).length,
        desiredNumberScheduled: live.length,
        numberAvailable: ready || undefined,
        numberMisscheduled: 0,
        numberReady: ready,
        numberUnavailable: live.length - ready || undefined,
        observedGeneration: 1,
        updatedNumberScheduled: live.length,
      },
    };
  });
}
