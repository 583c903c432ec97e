/**
 * The only code a page with a simulator loads up front: it waits until an island comes near the
 * viewport, then imports the simulator (engine, D3, CodeMirror) and mounts it. Manifests another island
 * sends before any simulator has mounted (the Compose converter's "Load into the simulator") mount the
 * first island at once, which then takes them, scrolls into view and takes the focus.
 */
import {
  dispatchLoadManifests,
  LOAD_MANIFESTS_EVENT,
  type LoadManifestsDetail,
} from '../compose/load-manifests-event.ts';
import { eachNearViewport } from '../near-viewport.ts';
import type { IslandData } from './mount-simulator.ts';

/** How long the island's data may take to arrive before the island shows its failure (STYLE.md: every wait has a timeout). */
const DATA_TIMEOUT_MS = 15_000;

/** Fetches the island's data (island-data.ts) from the address in `root`'s `data-sim-data`. */
async function fetchIslandData(root: HTMLElement): Promise<IslandData> {
  const url = root.dataset.simData;
  if (!url) throw new Error('ClusterSimulator: the island has no data-sim-data');
  const response = await fetch(url, { signal: AbortSignal.timeout(DATA_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as IslandData;
}

/**
 * Each root's mount, started or done (a failed one is forgotten, so it can be tried again);
 * `data-sim-state` shows its progress to CSS and the manifests hand-off.
 */
const mounting = new WeakMap<HTMLElement, Promise<boolean>>();

/** Mounts `root` once; resolves true when it is mounted (and listening for manifests). */
function mount(root: HTMLElement): Promise<boolean> {
  const pending = mounting.get(root);
  if (pending) return pending;
  root.dataset.simState = 'loading';
  root.setAttribute('aria-busy', 'true');
  root.querySelector<HTMLElement>('.sim-load-failed')?.setAttribute('hidden', '');
  // The code and the island's data come in parallel.
  const started = Promise.all([import('./mount-simulator.ts'), fetchIslandData(root)])
    .then(([{ mountSimulator }, data]) => {
      mountSimulator(root, data);
      root.dataset.simState = 'ready';
      root.removeAttribute('aria-busy');
      return true;
    })
    .catch((error: unknown) => {
      // The fallback shows again (simulator-first-paint.css) beside the failure; a later try may mount.
      mounting.delete(root);
      root.dataset.simState = 'failed';
      root.removeAttribute('aria-busy');
      const message = root.querySelector<HTMLElement>('.sim-load-failed');
      if (message) message.hidden = false;
      console.error(error);
      return false;
    });
  mounting.set(root, started);
  return started;
}
/**
 * A mounted simulator claims `faaslab:load-manifests` itself (mount-simulator.ts). While none is
 * mounted, this claims the event for the first island that can mount, mounts it and hands it the
 * manifests again once it listens.
 */
function takeManifestsBeforeMount(doc: Document, roots: HTMLElement[]): void {
  doc.addEventListener(LOAD_MANIFESTS_EVENT, (event) => {
    const detail = (event as CustomEvent<LoadManifestsDetail>).detail;
    if (event.defaultPrevented || !detail?.yaml) return;
    const live = roots.filter((root) => root.isConnected && root.dataset.simState !== 'failed');
    if (live.length === 0 || live.some((root) => root.dataset.simState === 'ready')) return;
    const target = live.find((root) => root.dataset.simState === 'loading') ?? live[0]!;
    event.preventDefault();
    void mount(target).then((ok) => ok && dispatchLoadManifests(target, detail));
  });
}

/** Mounts every `[data-cluster-sim]` in `doc` as it nears the viewport (at once without IntersectionObserver). */
export function watchSimulators(doc: Document): void {
  const roots: HTMLElement[] = [];
  for (const root of doc.querySelectorAll<HTMLElement>('[data-cluster-sim]')) {
    // A very large cluster (ClusterSimulator.astro's `on-demand`) mounts when its button is pressed.
    if (root.dataset.simStart !== 'on-demand') {
      roots.push(root);
      continue;
    }
    const note = root.querySelector<HTMLElement>('.sim-start-note');
    const button = note?.querySelector<HTMLButtonElement>('.sim-start');
    if (!note || !button) continue;
    note.hidden = false;
    // JavaScript runs: the fallback's "needs JavaScript" line would be untrue; the manifests stay as a preview.
    root.querySelector<HTMLElement>('.sim-js-note')?.setAttribute('hidden', '');
    button.addEventListener('click', () => {
      button.disabled = true;
      void mount(root).then((ok) => {
        // A failed load can be tried again.
        if (!ok) {
          button.disabled = false;
          return;
        }
        // The button is gone with the fallback: the focus goes to the island it started.
        root.tabIndex = -1;
        root.focus({ preventScroll: true });
      });
    });
  }
  takeManifestsBeforeMount(doc, roots);
  // Armed: busy until it mounts or fails (never in the HTML, where nothing would clear it without JavaScript).
  for (const root of roots) {
    root.dataset.simState = 'waiting';
    root.setAttribute('aria-busy', 'true');
  }
  eachNearViewport(roots, (root) => void mount(root));
}
