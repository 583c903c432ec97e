/**
 * A Python lab boots Pyodide as it mounts (the lab is near the viewport), so the student's first Run
 * only loads handler.py; the lab is marked `data-runtime-warm` once Python is ready. The Run bar's text
 * stays as it is: a longer or shorter reason would move the panels under it while the student reads
 * (layout shift 0.3–0.4 on a phone). With the browser's data saver on (`navigator.connection.saveData`)
 * nothing is downloaded ahead: the ~13 MB come with the first Run, and the Run bar says so as it mounts.
 */
import { PyodideRuntime } from '../../../labs/runtime/pyodide/index.ts';
import type { RuntimeDecision } from './runtime-choice.ts';

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
    if (warm) root.dataset.runtimeWarm = '';
  });
}
