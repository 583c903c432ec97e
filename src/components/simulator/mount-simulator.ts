/**
 * Mounts the cluster simulator island inside a `[data-cluster-sim]` section rendered by
 * ClusterSimulator.astro: the engine, the D3 drawing, the explanation, the controls, the YAML pane, the
 * kubectl console and the guided steps, with the state kept in the URL. Loaded with a dynamic import
 * only when the island comes near the viewport.
 */
import {
  createClockDriver,
  type ClusterSnapshot,
  type SimRequest,
  type Simulation,
} from '../../../simulator/index.ts';
import type { Scenario } from '../../../simulator/scenarios/scenario.ts';
import {
  createScenarioSimulation,
  restoreScenarioSimulation,
} from '../../../simulator/scenarios/scenario-simulation.ts';
import type { SentRequest } from '../../../simulator/scenarios/step-check.ts';
import { createTopologyView } from '../../../simulator/view/index.ts';
import { createClockToolbar } from './clock-toolbar.ts';
import { element } from './dom-element.ts';
import { createExplanationPanel } from './explanation-panel.ts';
import { createPacketCard } from './packet-card.ts';
import { createIptablesPanel } from './iptables-panel.ts';
import { createGuidedSteps } from './guided-steps.ts';
import { createKubectlConsole } from './kubectl-console.ts';
import { createOperationsForm } from './operations-form.ts';
import { createRequestForm } from './request-form.ts';
import { LOAD_MANIFESTS_EVENT, type LoadManifestsDetail } from '../compose/load-manifests-event.ts';
import { diagnosticOnPage, fill } from '../../../core/index.ts';
import { uiStrings } from '../../i18n/translate.ts';
import { readSimState, writeSimState } from './url-state.ts';

/** What ClusterSimulator.astro embeds as JSON for the island. */
export interface IslandData {
  scenario: Scenario;
  lang: 'es' | 'en';
}

function freshSimulation(scenario: Scenario): Simulation {
  return createScenarioSimulation(scenario, { packets: true });
}

/** Mounts the island in `root`; returns its disposer. */
export function mountSimulator(root: HTMLElement): () => void {
  const dataNode = root.querySelector('script.sim-data');
  const app = root.querySelector<HTMLElement>('.sim-app');
  if (!dataNode?.textContent || !app) return () => undefined;
  const { scenario, lang } = JSON.parse(dataNode.textContent) as IslandData;
  const t = uiStrings(lang, 'simulator');
  const notices: string[] = [];

  let sim: Simulation;
  const saved = readSimState(location.hash, scenario.id);
  try {
    sim = saved
      ? restoreScenarioSimulation(saved, scenario.seed, { packets: true })
      : freshSimulation(scenario);
  } catch {
    notices.push(t.restoreFailed);
    sim = freshSimulation(scenario);
  }
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const sent: SentRequest[] = [];

  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const view = createTopologyView(svg, {
    reducedMotion,
    labels: {
      title: t.topologyTitle,
      pending: t.pending,
      nodeNotReady: t.nodeNotReady,
      nodeCordoned: t.nodeCordoned,
      dropped: t.dropped,
      tones: uiStrings(lang, 'simulator.tones'),
    },
  });
  const driver = createClockDriver(sim);
  const explanation = createExplanationPanel(t, lang);
  const packetCard = createPacketCard(lang);
  const iptables = createIptablesPanel(sim, lang);
  const steps = createGuidedSteps(scenario.id, scenario.steps, t, lang);

  let saveTimer = 0;
  const saveState = (): void => {
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      const hash = writeSimState(location.hash, scenario.id, sim.serialize());
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }, 300);
  };

  let lastSnapshot = sim.snapshot();
  let latest = 0;
  const send = (request: SimRequest): void => {
    const trace = sim.routeRequest(request);
    const id = ++latest;
    sent.push({ request, trace });
    const from = request.source?.kind === 'pod' ? ` (${request.source.ns}/${request.source.name})` : '';
    iptables.update(trace);
    explanation.start(
      trace,
      `${request.method} ${request.scheme}://${request.host}:${request.port}${request.path}${from}`,
    );
    // Several requests can fly at once; the explanation follows the newest.
    void view
      .playTrace(trace, (i) => {
        if (id !== latest) return;
        explanation.reach(i);
        packetCard.show(trace.hops[i] ?? null);
      })
      .then(() => id === latest && explanation.finish(trace));
    steps.check(lastSnapshot, sent);
    saveState();
  };
  const requestForm = createRequestForm(scenario.requests, t, lang, send);
  const operations = createOperationsForm(t, lang, (operation) => {
    operation(sim);
    saveState();
  });
  const initialYaml = saved
    ? sim.exportYaml()
    : scenario.manifests.map((m) => m.text.trimEnd()).join('\n---\n');
  // CodeMirror is the island's largest dependency: it loads when the YAML pane comes into view.
  const yamlSlot = element(
    'section',
    { class: 'sim-yaml', 'aria-label': t.yaml },
    element('h4', { class: 'sim-panel-title' }, t.yaml),
    element('pre', { tabindex: '0' }, initialYaml),
  );
  const loadYamlPane = (): void => {
    void import('./yaml-pane.ts').then(({ createYamlPane }) => {
      const pane = createYamlPane(
        initialYaml,
        {
          fileName: `${scenario.id}.yaml`,
          apply: (text) => {
            const result = sim.apply(text, `${scenario.id}.yaml`);
            saveState();
            return result;
          },
          exportYaml: () => sim.exportYaml(),
        },
        t,
        lang,
      );
      yamlSlot.replaceWith(pane.element);
    });
  };
  const yamlObserver = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      yamlObserver.disconnect();
      loadYamlPane();
    },
    { rootMargin: '300px 0px' },
  );
  yamlObserver.observe(yamlSlot);
  // The console's file tree: the scenario's manifests by file name, for `ls`, `cat` and `apply -f`.
  const files = Object.fromEntries(
    scenario.manifests.map((m) => [m.file.split('/').pop() ?? m.file, m.text]),
  );
  const kubectl = createKubectlConsole(t, (args) => {
    const result = sim.kubectl(args, files);
    saveState();
    return result;
  });

  // Another island on the page (the Compose converter) can hand us manifests; the first mounted simulator takes them.
  const loadedNotice = element('p', { class: 'sim-notice', role: 'status', hidden: '' });
  const onLoadManifests = (event: Event): void => {
    const detail = (event as CustomEvent<LoadManifestsDetail>).detail;
    if (event.defaultPrevented || !detail?.yaml) return;
    event.preventDefault();
    const result = sim.apply(detail.yaml, detail.file);
    loadedNotice.textContent = result.diagnostics.length
      ? `${fill(t.manifestsRefused, { file: detail.file, n: result.diagnostics.length })} ${result.diagnostics.map((d) => diagnosticOnPage(d, lang).line).join(' ')}`
      : fill(t.manifestsLoaded, { file: detail.file, n: result.applied.length });
    loadedNotice.hidden = false;
    saveState();
    root.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'start' });
  };
  document.addEventListener(LOAD_MANIFESTS_EVENT, onLoadManifests);

  let dispose = (): void => undefined;
  const toolbar = createClockToolbar(
    driver,
    t,
    { by: (f) => view.zoomBy(f), reset: () => view.resetZoom() },
    () => {
      dispose();
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${location.search}${writeSimState(location.hash, scenario.id, null)}`,
      );
      dispose = mountSimulator(root);
    },
  );

  let pending: ClusterSnapshot | null = null;
  let frame = 0;
  const render = (snapshot: ClusterSnapshot): void => {
    lastSnapshot = snapshot;
    view.update(snapshot);
    toolbar.showTime(snapshot.timeMs);
    requestForm.update(snapshot);
    operations.update(snapshot);
    steps.check(snapshot, sent);
  };
  const unsubscribe = sim.subscribe((snapshot) => {
    pending = snapshot;
    saveState();
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (pending) render(pending);
        pending = null;
      });
  });

  const legend = element(
    'ul',
    { class: 'sim-legend', 'aria-label': t.legend },
    ...(['ready', 'starting', 'not-ready', 'failing', 'terminating'] as const).map((tone) =>
      element(
        'li',
        { class: tone },
        element('span', { class: 'swatch', 'aria-hidden': 'true' }),
        t[`tones.${tone}`],
      ),
    ),
  );
  const canvas = element('figure', { class: 'sim-canvas' });
  canvas.append(svg, legend);
  app.replaceChildren(
    toolbar.element,
    ...notices.map((n) => element('p', { class: 'sim-notice', role: 'status' }, n)),
    loadedNotice,
    element('div', { class: 'sim-stage' }, canvas, explanation.element, packetCard.element),
    iptables.element,
    element('div', { class: 'sim-grid' }, requestForm.element, operations.element, steps.element),
    element('div', { class: 'sim-grid two' }, yamlSlot, kubectl),
    element('p', { class: 'sim-help' }, t.share),
  );
  app.hidden = false;
  root.querySelector('.sim-fallback')?.setAttribute('hidden', '');
  root.dataset.simReady = 'true';
  render(sim.snapshot());

  dispose = (): void => {
    unsubscribe();
    document.removeEventListener(LOAD_MANIFESTS_EVENT, onLoadManifests);
    yamlObserver.disconnect();
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(saveTimer);
    toolbar.dispose();
    driver.dispose();
    view.dispose();
    delete root.dataset.simReady;
  };
  return () => dispose();
}
