/**
 * The cluster operations a student tries: scale a Deployment, crash a pod's container or delete the pod, fail/recover/cordon/uncordon/drain
 * a node, set a Deployment's image to watch a rolling update. Every outcome is announced in a status line.
 */
import type { ClusterSnapshot, OperationResult, Simulation } from '../../../simulator/index.ts';
import { element, setOptions } from './dom-element.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The form and a way to refresh its lists. */
export interface OperationsForm {
  element: HTMLElement;
  update(snapshot: ClusterSnapshot): void;
}

let counter = 0;

function field(label: string, control: HTMLElement): HTMLElement {
  return element('div', { class: 'sim-field' }, element('label', { for: control.id }, label), control);
}

/** Creates the form; `run` performs an operation on the simulation and says whether the clock is paused. */
export function createOperationsForm(
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
  run: (operation: (sim: Simulation) => OperationResult) => boolean,
): OperationsForm {
  const n = ++counter;
  const status = element('p', { class: 'sim-op-status', role: 'status' });
  const report = (result: OperationResult, paused: boolean): void => {
    status.textContent = result.ok
      ? paused
        ? t.pausedAfterOperation
        : t.done
      : (result.error?.[lang] ?? '');
    status.className = `sim-op-status ${result.ok ? 'ok' : 'error'}`;
  };
  const act = (
    label: string,
    name: string,
    operation: (sim: Simulation) => OperationResult,
  ): HTMLButtonElement => {
    const b = element('button', { type: 'button', class: 'button ghost', 'data-sim': name }, label);
    b.addEventListener('click', () => {
      let result: OperationResult = { ok: true, error: null };
      const paused = run((sim) => (result = operation(sim)));
      report(result, paused);
    });
    return b;
  };
  const split = (value: string): [string, string] => {
    const [ns = 'default', name = ''] = value.split('/');
    return [ns, name];
  };

  const deployment = element('select', { id: `sim-dep-${n}`, 'data-sim': 'deployment' });
  const replicas = element('input', {
    id: `sim-rep-${n}`,
    type: 'number',
    min: 0,
    max: 50,
    value: 3,
    'data-sim': 'replicas',
  });
  const pod = element('select', { id: `sim-pod-${n}`, 'data-sim': 'pod' });
  const node = element('select', { id: `sim-node-${n}`, 'data-sim': 'node' });
  const container = element('input', {
    id: `sim-ctr-${n}`,
    type: 'text',
    'data-sim': 'container',
    spellcheck: 'false',
  });
  const image = element('input', {
    id: `sim-img-${n}`,
    type: 'text',
    'data-sim': 'image',
    value: 'nginx:1.28',
    spellcheck: 'false',
  });
  const mode = element(
    'select',
    { id: `sim-mode-${n}`, 'data-sim': 'ingress-mode' },
    element('option', { value: 'traefik' }, t.modeTraefik),
    element('option', { value: 'conformant' }, t.modeConformant),
  );
  mode.addEventListener('change', () => {
    run((sim) => {
      sim.setIngressMode(mode.value === 'conformant' ? 'conformant' : 'traefik');
      return { ok: true, error: null };
    });
    // Routing changes at once: no clock needed to see it.
    report({ ok: true, error: null }, false);
  });
  const modeRow = element('div', { class: 'sim-row', hidden: true }, field(t.ingressMode, mode));
  let containers = new Map<string, string>();
  deployment.addEventListener('change', () => (container.value = containers.get(deployment.value) ?? ''));

  const panel = element(
    'section',
    { class: 'sim-ops', 'aria-label': t.operations },
    element('h4', { class: 'sim-panel-title' }, t.operations),
    element(
      'div',
      { class: 'sim-row' },
      field(t.deployment, deployment),
      field(t.replicas, replicas),
      act(t.scale, 'scale', (sim) => sim.scale(...split(deployment.value), Number(replicas.value))),
    ),
    element(
      'div',
      { class: 'sim-row' },
      field(t.container, container),
      field(t.image, image),
      act(t.setImage, 'set-image', (sim) =>
        sim.setImage(...split(deployment.value), container.value, image.value.trim()),
      ),
    ),
    element(
      'div',
      { class: 'sim-row' },
      field(t.pod, pod),
      // Two different things: the container crashes (same Pod, RESTARTS + 1) or the Pod is deleted (a new one).
      act(t.killPod, 'kill-pod', (sim) => sim.killPod(...split(pod.value))),
      act(t.deletePod, 'delete-pod', (sim) => sim.delete('Pod', ...split(pod.value))),
    ),
    element(
      'div',
      { class: 'sim-row' },
      field(t.node, node),
      act(t.failNode, 'fail-node', (sim) => sim.failNode(node.value)),
      act(t.recoverNode, 'recover-node', (sim) => sim.recoverNode(node.value)),
      act(t.cordon, 'cordon', (sim) => sim.cordon(node.value)),
      act(t.uncordon, 'uncordon', (sim) => sim.uncordon(node.value)),
      act(t.drain, 'drain', (sim) => sim.drain(node.value)),
    ),
    modeRow,
    status,
  );
  return {
    element: panel,
    update(snapshot) {
      // The mode only matters once there is an Ingress (kubernetes.io/docs/concepts/services-networking/ingress/#path-types vs Traefik's rules).
      modeRow.hidden = snapshot.ingresses.length === 0;
      mode.value = snapshot.ingressMode;
      const deps = snapshot.deployments.filter((d) => d.namespace !== 'kube-system');
      containers = new Map(
        deps.map((d) => [
          `${d.namespace}/${d.name}`,
          snapshot.pods.find((p) => p.owner && p.name.startsWith(`${d.name}-`))?.containers[0]?.name ?? '',
        ]),
      );
      setOptions(
        deployment,
        deps.map((d) => ({
          value: `${d.namespace}/${d.name}`,
          label: `${d.name} (${d.readyReplicas}/${d.replicas})`,
        })),
        t.none,
      );
      if (!container.value) container.value = containers.get(deployment.value) ?? '';
      setOptions(
        pod,
        snapshot.pods
          .filter((p) => p.namespace !== 'kube-system')
          .map((p) => ({ value: `${p.namespace}/${p.name}`, label: `${p.name} · ${p.status}` })),
        t.none,
      );
      setOptions(
        node,
        snapshot.nodes.map((x) => ({
          value: x.name,
          label: `${x.name}${x.ready ? '' : ' (NotReady)'}${x.unschedulable ? ' (cordon)' : ''}`,
        })),
        t.none,
      );
    },
  };
}
