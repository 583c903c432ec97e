/**
 * The small script every lab page ships: it loads the heavy part (CodeMirror, the runtime) with a
 * dynamic import only when a lab comes into view or the student first interacts with it.
 */
import { eachNearViewport } from '../near-viewport.ts';

const MOUNTED = 'data-lab-mounted';
/** Set when the loader arms a lab: its skeleton then stays until it mounts (function-lab-reserve.css). */
const ARMED = 'data-lab-armed';

/** Creates the page's spare sandbox worker (once); a failure here only means a colder first Run. */
async function prewarmSandbox(): Promise<void> {
  try {
    const { SandboxRuntime } = await import('../../../labs/runtime/sandbox/index.ts');
    SandboxRuntime.prewarm();
  } catch {
    // The Run button reports a runtime that cannot start; nothing to say before the student asks.
  }
}

/** Loads and mounts one lab; a failure to load is shown in the lab, the static code stays. */
async function hydrate(root: HTMLElement): Promise<void> {
  if (root.hasAttribute(MOUNTED)) return;
  root.setAttribute(MOUNTED, '');
  const loading = root.querySelector<HTMLElement>('[data-part="loading"]');
  if (loading) loading.hidden = false;
  try {
    // The sandbox worker starts loading QuickJS while the editor loads, so the student's first Run
    // finds it ready (a warm start of ~8 ms instead of fetching and compiling the WebAssembly then).
    const [{ mountFunctionLab }] = await Promise.all([import('./lab-controller.ts'), prewarmSandbox()]);
    await mountFunctionLab(root);
  } catch (error) {
    const { t } = await import('../../i18n/translate.ts');
    const lang = root.dataset.lang === 'en' ? 'en' : 'es';
    if (loading) loading.textContent = t(lang, 'lab.loadFailed', { detail: String(error) });
    root.dataset.state = 'load-failed';
    root.removeAttribute('aria-busy');
    return;
  }
  if (loading) loading.hidden = true;
  // The skeleton (function-lab-reserve.css) is gone: the lab is no longer busy.
  root.removeAttribute('aria-busy');
}

/**
 * Arms every `[data-function-lab]` under `scope`: visible or touched → hydrate. An armed lab is busy until it
 * mounts or fails (never in the HTML, where nothing would clear it without JavaScript).
 */
export function mountFunctionLabs(scope: ParentNode): void {
  const labs = [...scope.querySelectorAll<HTMLElement>('[data-function-lab]')];
  for (const root of labs) {
    root.setAttribute(ARMED, '');
    root.setAttribute('aria-busy', 'true');
    const first = (): void => void hydrate(root);
    for (const type of ['pointerdown', 'focusin', 'keydown'] as const)
      root.addEventListener(type, first, { once: true, passive: true });
  }
  eachNearViewport(labs, (root) => void hydrate(root));
}
