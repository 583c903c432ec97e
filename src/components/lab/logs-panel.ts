/**
 * The logs panel: the handler's console output and the runtime's messages with timestamps, and
 * limit events (timeout, memory…) marked as such. A flooding handler cannot freeze the page: entries
 * are drawn at most five times a second, only the last MAX_ENTRIES are kept, each line is cut to
 * MAX_LINE_CHARS on screen, and the whole kept log is a download away.
 */
import { logEntryText, type LogEntry } from '../../../labs/index.ts';
import { clockTime, labPart } from './lab-parts.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import type { Language } from '../../../core/index.ts';

const MAX_ENTRIES = 300;
/** Characters of one line drawn on the page (the download has the line whole). */
export const MAX_LINE_CHARS = 1_000;
/** At most one redraw per this many ms: a flood of lines costs a few layouts a second, not sixty. */
const DRAW_EVERY_MS = 200;

/** What the controller does with the panel. */
export interface LogsPanel {
  add(entry: LogEntry): void;
  clear(): void;
}

/** Wires the panel's markup. */
export function createLogsPanel(root: HTMLElement, s: UiStrings<'lab'>, lang: Language): LogsPanel {
  const list = labPart<HTMLOListElement>(root, 'logs');
  const empty = labPart(root, 'logs-empty');
  const kept: string[] = [];
  let queued: LogEntry[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const download = document.createElement('button');
  download.type = 'button';
  download.className = 'fl-logs-download';
  download.textContent = s.logsDownload;
  download.hidden = true;
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([kept.join('\n')], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'logs.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  list.after(download);

  const lineOf = (entry: LogEntry): string =>
    entry.type === 'limit'
      ? `${s.limitEvent} (${entry.limit.kind}): ${logEntryText(entry, lang)}`
      : logEntryText(entry, lang);

  const draw = (): void => {
    timer = null;
    // Only the entries that can survive the trim are drawn at all.
    const batch = queued.slice(-MAX_ENTRIES);
    queued = [];
    const fragment = document.createDocumentFragment();
    for (const entry of batch) {
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = new Date(entry.time).toISOString();
      time.textContent = clockTime(entry.time);
      const text = document.createElement('span');
      text.className = 'fl-log-text';
      const line = lineOf(entry);
      item.className = entry.type === 'limit' ? 'fl-log fl-log--limit' : `fl-log fl-log--${entry.stream}`;
      text.textContent =
        line.length > MAX_LINE_CHARS
          ? line.slice(0, MAX_LINE_CHARS) +
            s.logLineCut.replace('{rest}', String(line.length - MAX_LINE_CHARS))
          : line;
      item.append(time, ' ', text);
      fragment.append(item);
    }
    list.append(fragment);
    let extra = list.childElementCount - MAX_ENTRIES;
    while (extra-- > 0) list.firstElementChild?.remove();
    empty.hidden = list.childElementCount === 0;
    download.hidden = kept.length === 0;
    list.scrollTop = list.scrollHeight;
  };

  const clear = (): void => {
    queued = [];
    kept.length = 0;
    list.replaceChildren();
    empty.hidden = false;
    download.hidden = true;
  };
  labPart(root, 'clear-logs').addEventListener('click', clear);
  return {
    clear,
    add(entry) {
      kept.push(`${new Date(entry.time).toISOString()} ${lineOf(entry)}`);
      if (kept.length > MAX_ENTRIES * 2) kept.splice(0, kept.length - MAX_ENTRIES);
      queued.push(entry);
      if (queued.length > MAX_ENTRIES * 2) queued = queued.slice(-MAX_ENTRIES);
      timer ??= setTimeout(() => requestAnimationFrame(draw), DRAW_EVERY_MS);
    },
  };
}
