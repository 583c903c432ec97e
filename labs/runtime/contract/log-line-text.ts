/**
 * A log line as the student reads it: the function server writes its own notices as
 * `[faaslab:<code>] <English>\t<params>` (see function-server/server-notices.mjs), and the lab's log and
 * `faaslab lab run` show them in the reader's language; every other line is shown as written.
 */
import type { Language } from '../../../core/index.ts';
import { serverNotices } from '../function-server/server-notices.mjs';
import type { LogEntry } from './types.ts';

const notices = serverNotices();

/** The text of a log line in `lang`. */
export function logLineText(text: string, lang: Language): string {
  const notice = notices.readNotice(text);
  return notice ? `[faaslab] ${notice[lang]}` : text;
}

/** The text of a log entry in `lang`: a line (a notice in `lang`), or a limit event's message. */
export function logEntryText(entry: LogEntry, lang: Language): string {
  return entry.type === 'line' ? logLineText(entry.text, lang) : entry.limit.message[lang];
}
