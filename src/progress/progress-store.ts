/**
 * The student's progress in localStorage, the small API islands use (`markTaskDone`, `isTaskDone`,
 * `markLessonDone`, quiz answers) and the `faaslab:progress` event that tells the page to redraw ticks
 * and progress bars. A storage that throws (private mode, quota) never breaks a page: reads give
 * "nothing saved" and writes report false.
 */
import { decodeEntry, type DoneEntry, type ProgressEntry, type QuizEntry } from './progress-entry.ts';
import { parseProgressKey, progressKey, PROGRESS_PREFIX, type EntryKind } from './progress-key.ts';

/** Fired on `window` after any progress change; `detail` says which key changed (null: many). */
export const PROGRESS_EVENT = 'faaslab:progress';

/** The detail of a PROGRESS_EVENT. */
export interface ProgressChange {
  key: string | null;
}

/** What `repairProgress` did to one damaged or old entry. */
export interface RepairNotice {
  key: string;
  action: 'migrated' | 'reset';
  reason: string;
}

/** The part of Storage the store needs (tests pass a Map-backed one). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function defaultStorage(): ProgressStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function announce(key: string | null): void {
  if (typeof window === 'undefined') return;
  window.dispatchEvent(new CustomEvent<ProgressChange>(PROGRESS_EVENT, { detail: { key } }));
}

/** Every key of the store currently present. */
export function progressKeys(storage: ProgressStorage | null = defaultStorage()): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PROGRESS_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Checks every entry once: old-schema entries are rewritten in today's schema, unreadable ones are
 * removed. Each entry is handled alone, so one bad entry never costs the others.
 */
export function repairProgress(storage: ProgressStorage | null = defaultStorage()): RepairNotice[] {
  const notices: RepairNotice[] = [];
  if (!storage) return notices;
  for (const key of progressKeys(storage)) {
    // Keys of another schema family (the theme, a lab's draft…) are not ours to judge.
    const parsed = parseProgressKey(key);
    const raw = storage.getItem(key);
    if (!parsed || raw === null) continue;
    const decoded = decodeEntry(parsed.kind, parsed.version, raw);
    if (decoded.status === 'ok') continue;
    try {
      storage.removeItem(key);
      if (decoded.status === 'migrated') {
        const newKey = progressKey(parsed.kind, parsed.id);
        // A current entry beats a migrated old one.
        if (storage.getItem(newKey) === null) storage.setItem(newKey, JSON.stringify(decoded.entry));
        notices.push({ key, action: 'migrated', reason: `from v${decoded.fromVersion}` });
      } else {
        notices.push({ key, action: 'reset', reason: decoded.reason });
      }
    } catch {
      // Storage refused the write: leave the entry as it was; the next visit tries again.
    }
  }
  if (notices.length > 0) announce(null);
  return notices;
}

/** Every readable current-schema entry, by key (what an export file holds). */
export function collectProgress(
  storage: ProgressStorage | null = defaultStorage(),
): Record<string, ProgressEntry> {
  const entries: Record<string, ProgressEntry> = {};
  for (const key of progressKeys(storage)) {
    const parsed = parseProgressKey(key);
    if (!parsed || parsed.version !== 1) continue;
    const entry = readEntry(parsed.kind, parsed.id, storage);
    if (entry) entries[key] = entry;
  }
  return entries;
}

/** Reads one current-schema entry, or null when absent or unreadable. */
export function readEntry(
  kind: EntryKind,
  id: string,
  storage: ProgressStorage | null = defaultStorage(),
): ProgressEntry | null {
  try {
    const raw = storage?.getItem(progressKey(kind, id));
    if (raw == null) return null;
    const decoded = decodeEntry(kind, 1, raw);
    return decoded.status === 'invalid' ? null : decoded.entry;
  } catch {
    return null;
  }
}

/** Writes one entry and fires PROGRESS_EVENT. @returns false when storage refused it */
export function writeEntry(
  kind: EntryKind,
  id: string,
  entry: ProgressEntry,
  storage: ProgressStorage | null = defaultStorage(),
): boolean {
  if (!storage) return false;
  const key = progressKey(kind, id);
  try {
    storage.setItem(key, JSON.stringify(entry));
  } catch {
    return false;
  }
  announce(key);
  return true;
}

const doneEntry = (done: boolean): DoneEntry => ({ v: 1, done, at: new Date().toISOString() });
const isDone = (entry: ProgressEntry | null): boolean => entry !== null && 'done' in entry && entry.done;

/** Marks a lesson (by its language-independent slug, e.g. `intro`) as done or not done. */
export function markLessonDone(slug: string, done = true, storage?: ProgressStorage | null): boolean {
  return writeEntry('lesson', slug, doneEntry(done), storage);
}

/** True when the lesson was marked done. */
export function isLessonDone(slug: string, storage?: ProgressStorage | null): boolean {
  return isDone(readEntry('lesson', slug, storage));
}

/** Marks a lab or scenario task (e.g. `hello-lab`) as done. */
export function markTaskDone(id: string, done = true, storage?: ProgressStorage | null): boolean {
  return writeEntry('task', id, doneEntry(done), storage);
}

/** True when the lab or scenario task was marked done. */
export function isTaskDone(id: string, storage?: ProgressStorage | null): boolean {
  return isDone(readEntry('task', id, storage));
}

/** Saves the option chosen in a quiz and whether it was right. */
export function saveQuizAnswer(
  quizId: string,
  choice: number,
  correct: boolean,
  storage?: ProgressStorage | null,
): boolean {
  const entry: QuizEntry = { v: 1, choice, correct, at: new Date().toISOString() };
  return writeEntry('quiz', quizId, entry, storage);
}

/** The saved answer of a quiz, or null. */
export function readQuizAnswer(quizId: string, storage?: ProgressStorage | null): QuizEntry | null {
  const entry = readEntry('quiz', quizId, storage);
  return entry && 'choice' in entry ? entry : null;
}

/**
 * Writes validated entries (from an imported file) over the same keys; other entries stay. All or
 * nothing: when storage refuses a write (quota full), what was written is put back as it was.
 * @returns how many were written, or null when nothing could be (storage full or unavailable)
 */
export function importEntries(
  entries: Record<string, ProgressEntry>,
  storage: ProgressStorage | null = defaultStorage(),
): number | null {
  if (!storage) return null;
  const previous: Array<[string, string | null]> = [];
  try {
    for (const [key, entry] of Object.entries(entries)) {
      previous.push([key, storage.getItem(key)]);
      storage.setItem(key, JSON.stringify(entry));
    }
  } catch {
    for (const [key, value] of previous.reverse()) {
      try {
        if (value === null) storage.removeItem(key);
        else storage.setItem(key, value);
      } catch {
        // Putting back a value that was there cannot need more room; nothing else to do.
      }
    }
    return null;
  }
  announce(null);
  return previous.length;
}
