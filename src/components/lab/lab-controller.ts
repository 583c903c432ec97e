/**
 * Mounts one FunctionLab island (loaded lazily by function-lab-island.ts): the editor with saved
 * edits, the runtime choice and run panel, invoke, logs, checks and "send through the cluster".
 */
import { getLab, type FunctionRuntime } from '../../../labs/index.ts';
import { PyodideRuntime } from '../../../labs/runtime/pyodide/index.ts';
import { SandboxRuntime } from '../../../labs/runtime/sandbox/index.ts';
import {
  browserEnvironment,
  preflight,
  WebContainerRuntime,
} from '../../../labs/runtime/webcontainer/index.ts';
import { asLanguage } from '../../i18n/languages.ts';
import { wireChecksPanel } from './checks-panel.ts';
import { wireClusterPanel } from './cluster-panel.ts';
import { wireEditorBar } from './editor-bar.ts';
import { createInvokePanel } from './invoke-panel.ts';
import { LabEditor } from './lab-editor.ts';
import { applyLanguage, chosenLanguage, wireLanguageSelect } from './lab-language-switch.ts';
import { prewarmPython } from './python-prewarm.ts';
import { labPart } from './lab-parts.ts';
import { LabSession } from './lab-session.ts';
import { createLogsPanel } from './logs-panel.ts';
import { wireLabTabs } from './lab-tabs.ts';
import { revealPanel } from './reveal-panel.ts';
import { clearLabResults } from './stale-results.ts';
import { createRunPanel } from './run-panel.ts';
import {
  chooseRuntime,
  fallbackDecision,
  PYTHON_DECISION,
  type BrowserRuntimeKind,
  type RuntimeDecision,
  type RuntimePreference,
} from './runtime-choice.ts';
import { SavedEdits } from './saved-edits.ts';
import { fill } from '../../../core/index.ts';
import { uiStrings } from '../../i18n/translate.ts';

/** "Boots within a few seconds": past this the lab falls back to the sandbox. */
const WEBCONTAINER_BOOT_TIMEOUT_MS = 6_000;
/** How long StackBlitz may take to answer the preflight. */
const PREFLIGHT_TIMEOUT_MS = 3_000;

const PREFERENCE_KEY = 'faaslab:lab-runtime';

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readPreference(storage: Storage | null): RuntimePreference {
  const value = storage?.getItem(PREFERENCE_KEY);
  return value === 'sandbox' || value === 'webcontainer' ? value : 'auto';
}

function createRuntime(kind: BrowserRuntimeKind): FunctionRuntime {
  if (kind === 'pyodide') return new PyodideRuntime();
  return kind === 'webcontainer'
    ? new WebContainerRuntime({
        bootTimeoutMs: WEBCONTAINER_BOOT_TIMEOUT_MS,
        preflightTimeoutMs: PREFLIGHT_TIMEOUT_MS,
      })
    : new SandboxRuntime();
}

/** Mounts the island inside `root` (a `[data-function-lab]` element). */
export async function mountFunctionLab(root: HTMLElement): Promise<void> {
  const base = getLab(root.dataset.labId ?? '');
  if (!base) throw new Error(`unknown lab ${root.dataset.labId}`);
  const lang = asLanguage(root.dataset.lang);
  const s = uiStrings(lang, 'lab');
  const storage = safeStorage();
  const saveStatus = labPart(root, 'save-status');
  const language = chosenLanguage(root, base, storage);
  const lab = applyLanguage(root, base, language, lang);
  const python = lab.language === 'python';

  // Each language keeps its own saved edits.
  const edits = new SavedEdits(python ? `${lab.id}:python` : lab.id, lab.files, {
    storage,
    onSaved: (ok) => {
      saveStatus.textContent = ok ? s.saved : s.saveFailed;
      saveStatus.dataset.outcome = ok ? 'ok' : 'error';
    },
    onOtherTab: () => {
      queueMicrotask(() => (saveStatus.textContent = s.otherTab));
      labPart(root, 'undo').hidden = false;
    },
  });
  let ranFiles: string | null = null;
  const editor = new LabEditor({
    pane: labPart(root, 'editor'),
    tabs: [...root.querySelectorAll<HTMLButtonElement>('.fl-tabs [role="tab"]')],
    files: edits.files(),
    label: (file) => fill(s.editorLabel, { file }),
    onChange: (file, text) => {
      edits.update(file, text);
      saveStatus.textContent = s.saving;
      saveStatus.dataset.outcome = 'pending';
      afterEdit();
    },
  });
  /**
   * After any change to the files (typing, reset, solution, undo): "Restart with my changes" shows only
   * while the running function has other files than the editor (so pressing it changes what runs), and
   * the verdicts about the old code are cleared.
   */
  const afterEdit = (): void => {
    runPanel.setStale(ranFiles !== null && ranFiles !== JSON.stringify(editor.files()));
    clearLabResults(root, s);
  };
  if (edits.restored) saveStatus.textContent = s.restored;
  const flush = (): void => void edits.flush();
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  wireEditorBar(root, { s, edits, editor, lab, onReplaced: afterEdit });

  const tabs = wireLabTabs(root);
  const logs = createLogsPanel(root, s, lang);
  const session = new LabSession({
    lab,
    createRuntime,
    onLog: (entry) => {
      logs.add(entry);
      tabs.markNew('logs');
    },
  });

  let preference = readPreference(storage);
  let decision: Promise<RuntimeDecision>;
  const decide = (): void => {
    if (python) {
      decision = Promise.resolve(PYTHON_DECISION);
      runPanel.showDecision(PYTHON_DECISION);
      return;
    }
    runPanel.showDecision(null);
    const made = chooseRuntime(preference, window.crossOriginIsolated === true, () =>
      preflight(browserEnvironment(), PREFLIGHT_TIMEOUT_MS),
    );
    decision = made;
    void made.then((d) => decision === made && runPanel.showDecision(d));
  };

  let pendingRun: Promise<boolean> | null = null;
  const run = (): Promise<boolean> => {
    const started = startRun();
    pendingRun = started;
    void started.finally(() => pendingRun === started && (pendingRun = null));
    return started;
  };
  const startRun = async (): Promise<boolean> => {
    const files = editor.files();
    edits.flush();
    ranFiles = JSON.stringify(files);
    runPanel.setStale(false);
    runPanel.showState('starting', { progress: null, failure: null, request: null });
    const chosen = await decision;
    const ok = await session.run(files, chosen.kinds, (_from, error) => {
      // WebContainer could not start here: remember it for this page and say why.
      const fallback = fallbackDecision(
        error.diagnostics[0]?.message ?? { es: error.message, en: error.message },
      );
      decision = Promise.resolve(fallback);
      runPanel.showDecision(fallback);
    });
    if (ok) runPanel.showRunning(session.runtime()?.kind ?? '');
    // What Run answers is its state (or its errors) in the Run bar; on a phone the tabs under it come along,
    // so Invoke is one tap away.
    revealPanel(root.querySelector('.fl-worktabs'), root.querySelector('.fl-run'));
    return ok;
  };

  const runPanel = createRunPanel(root, {
    s,
    lang,
    preference,
    onPreference: (next) => {
      preference = next;
      try {
        storage?.setItem(PREFERENCE_KEY, next);
      } catch {
        // The choice still holds for this page.
      }
      decide();
    },
    onRun: () => void run(),
    onStop: () => void session.stop(),
    onGoTo: (file, line, column) => {
      tabs.open('code');
      editor.goTo(file, line, column);
    },
    onProblems: (diagnostics) =>
      editor.showProblems(
        diagnostics.map((d) => ({
          file: d.place.file,
          line: d.place.line,
          column: d.place.column,
          message: d.message[lang],
        })),
      ),
  });
  session.actor.subscribe((snapshot) => runPanel.showState(snapshot.value, snapshot.context));
  decide();
  // Once, as the lab mounts (decide() runs again on every change of the runtime menu).
  if (python) prewarmPython(root, (said) => runPanel.showDecision(said));

  const isRunning = (): boolean => session.state() === 'running' || session.state() === 'starting';
  /** Invoke and Check test what is in the editor: start it when it is not running or has changed since. */
  const ensureRunning = async (): Promise<boolean> => {
    if (pendingRun) return pendingRun;
    if (isRunning() && ranFiles === JSON.stringify(editor.files())) return session.ready();
    return run();
  };
  // The response's summary, status and body (not the terminal commands under them) are what must show.
  const responseTop = labPart(root, 'response-summary');
  const responseBody = labPart(root, 'response-body');
  const invokePanel = createInvokePanel(root, {
    lab,
    s,
    lang,
    invoke: async (request) => {
      const response = (await ensureRunning()) ? await session.invoke(request) : null;
      revealPanel(responseBody, responseTop);
      return response;
    },
  });
  wireChecksPanel(root, {
    lab,
    s,
    lang,
    check: async () => {
      const results = (await ensureRunning()) ? await session.check() : null;
      revealPanel(root.querySelector('.fl-check-list'), root.querySelector('.fl-check-summary'));
      return results;
    },
  });
  wireClusterPanel(root, {
    lab,
    s,
    lang,
    request: () => invokePanel.request(),
    files: () => editor.files(),
    runtime: () => (isRunning() ? session : null),
    showResponse: (response) => {
      invokePanel.showResponse(response);
      tabs.markNew('invoke');
    },
  });

  for (const element of root.querySelectorAll<HTMLElement>('[data-js-only]'))
    if (element.dataset.part !== 'loading') element.hidden = false;
  wireLanguageSelect(root, base, language, storage, flush);
  // The runtime menu chooses among Node runtimes; a Python lab has one.
  const runtimeField = labPart(root, 'runtime-select').closest('label');
  if (runtimeField) runtimeField.hidden = python;
  root.dataset.state = 'ready';
}
