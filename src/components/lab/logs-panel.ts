/**
 * The logs panel: the handler's console output and the runtime's messages with timestamps, and
 * limit events (timeout, memory…) marked as such. Keeps the last entries only, so a chatty handler
 * cannot grow the page without bound.
 */
import type { LogEntry } from '../../../labs/index.ts';
import { clockTime, labPart } from './lab-parts.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import type { Language } from '../../../core/index.ts';

const MAX_ENTRIES = 300;

/** What the controller does with the panel. */
export interface LogsPanel {
  add(entry: LogEntry): void;
  clear(): void;
}

/** Wires the panel's markup. */
export function createLogsPanel(root: HTMLElement, s: UiStrings<'lab'>, lang: Language): LogsPanel {
  const list = labPart<HTMLOListElement>(root, 'logs');
  const empty = labPart(root, 'logs-empty');
  const clear = (): void => {
    list.replaceChildren();
    empty.hidden = false;
  };
  labPart(root, 'clear-logs').addEventListener('click', clear);
  return {
    clear,
    add(entry) {
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = new Date(entry.time).toISOString();
      time.textContent = clockTime(entry.time);
      const text = document.createElement('span');
      text.className = 'fl-log-text';
      if (entry.type === 'limit') {
        item.className = 'fl-log fl-log--limit';
        text.textContent = `${s.limitEvent} (${entry.limit.kind}): ${entry.limit.message[lang]}`;
      } else {
        item.className = `fl-log fl-log--${entry.stream}`;
        text.textContent = entry.text;
      }
      item.append(time, ' ', text);
      list.append(item);
      while (list.childElementCount > MAX_ENTRIES) list.firstElementChild?.remove();
      empty.hidden = true;
      list.scrollTop = list.scrollHeight;
    },
  };
}
