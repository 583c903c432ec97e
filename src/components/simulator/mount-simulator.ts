/**
 * Mounts the cluster simulator island inside a `[data-cluster-sim]` section rendered by
 * ClusterSimulator.astro: the engine, the D3 drawing, the explanation, the controls, the YAML pane, the
 * kubectl console and the guided steps, with the state kept in the URL. Loaded with a dynamic import
 * only when the island comes near the viewport.
 */
import {
  createClockDriver,
  onlyTheClockMoved,
  type ClusterSnapshot,
  type SimRequest,
  type Simulation,
} from '../../../simulator/index.ts';
import type { Scenario } from '../../../simulator/scenarios/scenario.ts';
import { fitsShareLink } from '../../../simulator/scenarios/scenario-size.ts';
import {
  createScenarioSimulation,
  restoreScenarioSimulation,
} from '../../../simulator/scenarios/scenario-simulation.ts';
import type { SentRequest } from '../../../simulator/scenarios/step-check.ts';
import { createTopologyView, type TopologyView } from '../../../simulator/view/index.ts';
import { createClockToolbar } from './clock-toolbar.ts';
import { element } from './dom-element.ts';
import { createExplanationPanel } from './explanation-panel.ts';
import { createFocusMode } from './focus-mode.ts';
import { createPacketCard } from './packet-card.ts';
import { fetchOpenApiDocuments } from './openapi-fetch.ts';
import { createIptablesPanel } from './iptables-panel.ts';
import { createGuidedSteps } from './guided-steps.ts';
import { createKubectlConsole } from './kubectl-console.ts';
import { createOperationsForm } from './operations-form.ts';
import { createRequestForm } from './request-form.ts';
import { LOAD_MANIFESTS_EVENT, type LoadManifestsDetail } from '../compose/load-manifests-event.ts';
import { diagnosticOnPage, fill } from '../../../core/index.ts';
import type { UiStrings } from '../../i18n/translate.ts';
import { uiSection } from '../../i18n/ui-section.ts';
import { readSimState, writeSimState } from './url-state.ts';
import { createWorkbenchTabs } from './workbench-tabs.ts';
import { createYamlSlot } from './yaml-slot.ts';
import {
  LEGEND_TONES,
  WORKBENCH_TAB_KEYS,
  workbenchTabLabel,
  type WorkbenchTabKey,
} from './workbench-parts.ts';

/** The island's data file (island-data.ts), whose address ClusterSimulator.astro puts in `data-sim-data`. */
export interface IslandData {
  scenario: Scenario;
  lang: 'es' | 'en';
  /** The `simulator.*` strings in `lang`, rendered at build time by ClusterSimulator.astro. */
  strings: UiStrings<'simulator'>;
}

type Strings = UiStrings<'simulator'>;

function freshSimulation(scenario: Scenario): Simulation {
  return createScenarioSimulation(scenario, { packets: true });
}

/** Stage 1: the engine, from the link's saved state or fresh from the scenario's manifests. */
function startEngine(scenario: Scenario, t: Strings): { sim: Simulation; saved: boolean; notices: string[] } {
  const notices: string[] = [];
  const saved = readSimState(location.hash, scenario.id);
  try {
    return {
      sim: saved
        ? restoreScenarioSimulation(saved, scenario.seed, { packets: true })
        : freshSimulation(scenario),
      saved: !!saved,
      notices,
    };
  } catch {
    notices.push(t.restoreFailed);
    return { sim: freshSimulation(scenario), saved: false, notices };
  }
}

/** Stage 2: the D3 drawing in an <svg>. */
function createDrawing(
  t: Strings,
  lang: 'es' | 'en',
  reducedMotion: boolean,
): { svg: SVGSVGElement; view: TopologyView } {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const view = createTopologyView(svg, {
    reducedMotion,
    lang,
    labels: {
      title: t.topologyTitle,
      pending: t.pending,
      nodeNotReady: t.nodeNotReady,
      nodeCordoned: t.nodeCordoned,
      dropped: t.dropped,
      tones: uiSection(t, 'tones') as UiStrings<'simulator.tones'>,
    },
  });
  return { svg, view };
}

/** The colour legend under the drawing. */
function createLegend(t: Strings): HTMLElement {
  return element(
    'ul',
    { class: 'sim-legend', 'aria-label': t.legend },
    ...LEGEND_TONES.map((tone) =>
      element(
        'li',
        { class: tone },
        element('span', { class: 'swatch', 'aria-hidden': 'true' }),
        t[`tones.${tone}`],
      ),
    ),
  );
}

/** Mounts the island in `root` with its `data`; returns its disposer. */
export function mountSimulator(root: HTMLElement, data: IslandData): () => void {
  const app = root.querySelector<HTMLElement>('.sim-app');
  if (!app) return () => undefined;
  const { scenario, lang, strings: t } = data;

  const { sim, saved, notices } = startEngine(scenario, t);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const sent: SentRequest[] = [];
  const { svg, view } = createDrawing(t, lang, reducedMotion);
  const driver = createClockDriver(sim);
  const explanation = createExplanationPanel(t, lang);
  // eslint-disable-next-line prefer-const -- the tabs need the steps, the steps' bar opens a tab
  let tabs: ReturnType<typeof createWorkbenchTabs> | undefined;
  const steps = createGuidedSteps(scenario.id, scenario.steps, t, lang, () => tabs?.open('steps', true));
  // Steps are checked only once the student has acted: the settled scenario must not tick step 1 at load.
  let acted = false;
  /** The student did something (a command, an operation, an apply): from now on the steps are checked. */
  const act = (): void => {
    acted = true;
    steps.check(sim.snapshot(), sent);
  };
  const packetCard = createPacketCard(uiSection(t, 'packet') as UiStrings<'simulator.packet'>, lang);
  // It may scroll inside the sticky pane: keyboard users must be able to reach and scroll it.
  packetCard.element.tabIndex = 0;
  const iptables = createIptablesPanel(sim, uiSection(t, 'iptables') as UiStrings<'simulator.iptables'>);

  let saveTimer = 0;
  // A link holds at most 500 nodes (decodeRecording refuses more): a bigger course scenario, such as
  // k3s-envelope's 5,000 nodes, is shared by its page address and keeps no state in the URL.
  const linkable = fitsShareLink(scenario);
  const saveState = (): void => {
    if (!linkable) return;
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => {
      const hash = writeSimState(location.hash, scenario.id, sim.serialize());
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }, 300);
  };

  // Stage 4: the controls.
  let lastSnapshot = sim.snapshot();
  let latest = 0;
  const canvas = element('figure', { class: 'sim-canvas' });
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
    // On a phone the drawing sits above the form: bring it into view so the request is seen travelling.
    canvas.scrollIntoView({ block: 'nearest', behavior: reducedMotion ? 'auto' : 'smooth' });
    // Several requests can fly at once; the explanation follows the newest.
    void view
      .playTrace(trace, (i) => {
        if (id !== latest) return;
        explanation.reach(i);
        packetCard.show(trace.hops[i] ?? null);
      })
      .then(() => id === latest && explanation.finish(trace));
    acted = true;
    saveState();
    steps.check(lastSnapshot, sent);
  };
  const requestForm = createRequestForm(scenario.requests, t, lang, send);
  // Operations do not advance the clock by themselves: a node failure takes Kubernetes 50 s to notice and
  // 5 min to evict, and skipping that time would hide what the lesson teaches. While paused, the status line
  // and the badge on the drawing say to press Play or Step instead.
  const operations = createOperationsForm(t, lang, (operation) => {
    operation(sim);
    act();
    saveState();
    return driver.state().mode === 'paused';
  });
  const initialYaml = saved
    ? sim.exportYaml()
    : scenario.manifests.map((m) => m.text.trimEnd()).join('\n---\n');
  const yaml = createYamlSlot(initialYaml, scenario, sim, t, lang, () => {
    act();
    saveState();
  });
  // The console's file tree: the scenario's manifests by file name, for `ls`, `cat` and `apply -f`.
  const files = Object.fromEntries(
    scenario.manifests.map((m) => [m.file.split('/').pop() ?? m.file, m.text]),
  );
  // kubectl (its parser, printers and API objects, ~30 KB gzip) loads when the console is first used, not at
  // mount: the island's first paint only needs the diagram. Focus on the console starts the load.
  // `explain` reads the OpenAPI documents the site serves, fetched the first time it runs.
  let kubectlModule: Promise<typeof import('../../../simulator/kubectl/index.ts')> | null = null;
  const openApi = new Map<string, Record<string, unknown>>();
  let openApiLoad: Promise<void> | null = null;
  const loadOpenApi = (): Promise<void> =>
    (openApiLoad ??= fetchOpenApiDocuments(import.meta.env.BASE_URL).then(
      (docs) => docs.forEach((doc, path) => openApi.set(path, doc)),
      () => void (openApiLoad = null),
    ));
  const loadKubectl = () =>
    (kubectlModule ??= import('../../../simulator/kubectl/index.ts').then((module) => {
      module.readOpenApiFrom(sim, (path) => openApi.get(path) ?? null);
      return module;
    }));
  const kubectl = createKubectlConsole(t, async (args) => {
    const { runKubectl } = await loadKubectl();
    if (/^\s*(kubectl\s+)?explain\b/.test(args)) await loadOpenApi();
    const result = runKubectl(sim, args, files, lang);
    act();
    saveState();
    return result;
  });
  kubectl.addEventListener('focusin', () => void loadKubectl(), { once: true });

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
    act();
    saveState();
    // The student is taken to the simulator that took the manifests, and the focus goes with them (so
    // a keyboard or screen-reader user continues there, with the notice above the drawing).
    root.scrollIntoView({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'start' });
    if (!root.hasAttribute('tabindex')) root.setAttribute('tabindex', '-1');
    root.focus({ preventScroll: true });
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
      dispose = mountSimulator(root, data);
    },
  );
  // Play and Step are actions too: a step may ask to wait until a Pod is ready.
  const unsubscribeClock = driver.subscribe(() => (acted = true));
  const focus = createFocusMode(root, { enter: t.focusEnter, leave: t.focusLeave });
  toolbar.element.append(focus.button);

  let pending: ClusterSnapshot | null = null;
  let frame = 0;
  let drawn: ClusterSnapshot | null = null;
  const render = (snapshot: ClusterSnapshot): void => {
    lastSnapshot = snapshot;
    toolbar.showTime(snapshot.timeMs);
    // A tick of a playing clock that changed nothing leaves the drawing and the forms as they are.
    if (!onlyTheClockMoved(drawn, snapshot)) {
      view.update(snapshot);
      requestForm.update(snapshot);
      operations.update(snapshot);
    }
    drawn = snapshot;
    if (acted) steps.check(snapshot, sent);
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

  // Stage 5: the workbench. The drawing, the step bar and the request's journey share one pane that stays
  // in view (sticky on a wide screen); the controls sit beside it (below on a phone) in tabs.
  canvas.append(
    element('div', { class: 'sim-canvas-bar' }, toolbar.pausedBadge, toolbar.zoomControls),
    svg,
    createLegend(t),
  );
  const panels: Record<WorkbenchTabKey, HTMLElement> = {
    send: requestForm.element,
    operations: operations.element,
    steps: steps.element,
    yaml: yaml.element,
    kubectl,
    iptables: iptables.element,
  };
  tabs = createWorkbenchTabs(
    t.controls,
    WORKBENCH_TAB_KEYS.map((key) => ({
      key,
      label: workbenchTabLabel(key, t),
      panel: panels[key],
      hidden: key === 'steps' && scenario.steps.length === 0,
    })),
  );
  app.replaceChildren(
    ...notices.map((n) => element('p', { class: 'sim-notice', role: 'status' }, n)),
    loadedNotice,
    element(
      'div',
      { class: 'sim-workbench' },
      element(
        'div',
        { class: 'sim-watch' },
        toolbar.element,
        steps.bar,
        canvas,
        explanation.element,
        packetCard.element,
      ),
      tabs.element,
    ),
    element('p', { class: 'sim-help' }, t.share),
  );
  app.hidden = false;
  // The first paint (SimulatorFirstPaint.astro) is replaced: the island is no longer busy.
  delete app.dataset.firstPaint;
  root.removeAttribute('aria-busy');
  root.querySelector('.sim-fallback')?.setAttribute('hidden', '');
  root.dataset.simReady = 'true';
  render(sim.snapshot());

  dispose = (): void => {
    unsubscribe();
    unsubscribeClock();
    document.removeEventListener(LOAD_MANIFESTS_EVENT, onLoadManifests);
    yaml.dispose();
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(saveTimer);
    focus.dispose();
    toolbar.dispose();
    driver.dispose();
    view.dispose();
    delete root.dataset.simReady;
  };
  return () => dispose();
}
