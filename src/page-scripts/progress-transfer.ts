/**
 * The export and import buttons of the progress panel: export downloads every entry as a JSON file;
 * import validates the whole file first and, if anything is wrong, changes nothing and says what and where.
 */
import { buildProgressFile, parseProgressFile, type ProgressFileError } from '../progress/progress-file.ts';
import { collectProgress, importEntries } from '../progress/progress-store.ts';
import { fill } from '../../core/index.ts';

/** The file name of an export. */
export const EXPORT_FILE_NAME = 'faaslab-progress.json';

/** The student's message for a refused file, from the panel's localized templates. */
function describe(panel: HTMLElement, error: ProgressFileError): string {
  const messages = panel.dataset;
  const place =
    error.line !== undefined
      ? fill(messages.placeLineColumn ?? '', { line: error.line, column: error.column ?? 1 })
      : error.path
        ? fill(messages.placeField ?? '', { path: error.path })
        : '';
  return fill(panel.querySelector<HTMLElement>(`[data-error="${error.code}"]`)?.textContent ?? error.code, {
    place,
  });
}

/** Wires `[data-progress-panel]`. */
export function setUpProgressTransfer(panel: HTMLElement): void {
  const status = panel.querySelector<HTMLElement>('[data-transfer-status]');
  const input = panel.querySelector<HTMLInputElement>('[data-import-input]');
  const say = (text: string, ok: boolean): void => {
    if (!status) return;
    status.textContent = text;
    status.dataset.state = ok ? 'ok' : 'error';
  };

  panel.querySelector('[data-export]')?.addEventListener('click', () => {
    const entries = collectProgress();
    const file = buildProgressFile(entries, new Date());
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    say(fill(panel.dataset.msgExported ?? '', { count: Object.keys(entries).length }), true);
  });

  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = parseProgressFile(await file.text());
    input.value = '';
    if (!result.ok) {
      console.warn(
        `Progress import refused: ${result.error.code} at ${result.error.path || '(file)'}: ${result.error.detail}`,
      );
      say(describe(panel, result.error), false);
      return;
    }
    const count = importEntries(result.entries);
    // Storage full: nothing was kept, and the student is told so (never a success that is not one).
    if (count === null) say(describe(panel, { code: 'storage-full', path: '', detail: 'quota' }), false);
    else say(fill(panel.dataset.msgImported ?? '', { count }), true);
  });
}
