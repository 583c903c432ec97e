/**
 * A Python lab boots Pyodide as it mounts (the lab is near the viewport), so the student's first Run
 * only loads handler.py; the Run bar says when Python is ready. With the browser's data saver on
 * (`navigator.connection.saveData`) nothing is downloaded ahead: the ~13 MB come with the first Run.
 */
import { PyodideRuntime } from '../../../labs/runtime/pyodide/index.ts';
import type { RuntimeDecision } from './runtime-choice.ts';

/** Python is booted in this page: Run starts at once. */
export const PYTHON_READY: RuntimeDecision = { kinds: ['pyodide'], reason: { key: 'reasonPythonReady' } };
/** Data saver is on: Python downloads only when the student runs. */
export const PYTHON_ON_RUN: RuntimeDecision = { kinds: ['pyodide'], reason: { key: 'reasonPythonSaveData' } };

function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/** Starts booting Python for the lab in `root`; `show` updates the Run bar's reason. */
export function prewarmPython(root: HTMLElement, show: (decision: RuntimeDecision) => void): void {
  if (savesData()) return show(PYTHON_ON_RUN);
  // Once this lab's own start has a worker (or is booting one), it needs no spare.
  const idle = (): boolean => root.dataset.runState !== 'starting' && root.dataset.runState !== 'running';
  void PyodideRuntime.prewarm(idle).then((warm) => {
    if (!warm) return;
    root.dataset.runtimeWarm = '';
    show(PYTHON_READY);
  });
}
