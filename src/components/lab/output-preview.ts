/**
 * Shows a handler's output without letting its size freeze the page: the first PREVIEW_CHARS go into
 * the element, and the whole text stays one click away — "show all" (up to SHOW_ALL_CHARS, which the
 * browser lays out in well under 100 ms) and "download" (any size, as a file, never laid out).
 */
import { type UiStrings } from '../../i18n/translate.ts';

/** Characters shown at once. */
export const PREVIEW_CHARS = 16 * 1024;
/** Largest text "show all" puts on the page; beyond it only the download is offered. */
export const SHOW_ALL_CHARS = 256 * 1024;

/** Text to show, given whole or as UTF-8 bytes (a large sandbox body, never decoded whole here). */
export type OutputSource = string | Uint8Array;

/** Puts the output in `target` (cut when long) and, when cut, a "show all / download" bar after it. */
export function showOutput(
  target: HTMLElement,
  source: OutputSource,
  s: UiStrings<'lab'>,
  fileName: string,
): void {
  const previous = target.nextElementSibling;
  if (previous instanceof HTMLElement && previous.dataset.outputBar !== undefined) {
    const link = previous.querySelector('a');
    if (link?.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    previous.remove();
  }
  const total = source.length;
  if (total <= PREVIEW_CHARS) {
    target.textContent = typeof source === 'string' ? source : new TextDecoder().decode(source);
    return;
  }
  // Bytes: decode only the start (a character cut in two shows as U+FFFD at the very end).
  const whole = (): string => (typeof source === 'string' ? source : new TextDecoder().decode(source));
  target.textContent =
    typeof source === 'string'
      ? source.slice(0, PREVIEW_CHARS)
      : new TextDecoder().decode(source.subarray(0, PREVIEW_CHARS));
  const bar = document.createElement('p');
  bar.className = 'fl-output-bar';
  bar.dataset.outputBar = '';
  const note = document.createElement('span');
  note.textContent = s.outputCut
    .replace('{shown}', PREVIEW_CHARS.toLocaleString())
    .replace('{total}', total.toLocaleString());
  bar.append(note, ' ');
  if (total <= SHOW_ALL_CHARS) {
    const all = document.createElement('button');
    all.type = 'button';
    all.textContent = s.outputShowAll;
    all.addEventListener('click', () => {
      target.textContent = whole();
      all.remove();
    });
    bar.append(all, ' ');
  }
  // The file is made on click: encoding 20 MB for a Blob is itself a long task nobody asked for yet.
  const download = document.createElement('a');
  download.href = '#';
  download.download = fileName;
  download.textContent = s.outputDownload;
  download.addEventListener('click', () => {
    if (download.href.startsWith('blob:')) return;
    const part: BlobPart = typeof source === 'string' ? source : (source as Uint8Array<ArrayBuffer>);
    download.href = URL.createObjectURL(new Blob([part], { type: 'text/plain;charset=utf-8' }));
  });
  bar.append(download);
  target.after(bar);
}
