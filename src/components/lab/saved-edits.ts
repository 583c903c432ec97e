/**
 * The student's edits of one lab, saved in localStorage as they type (debounced) and restored on
 * reload. Nothing is ever lost: replacing the files (reset, reveal solution) keeps the previous
 * version for undo, and an unreadable entry is moved aside instead of overwritten.
 */
import type { FunctionFiles } from '../../../labs/index.ts';

/** The storage the edits live in (localStorage in the browser, a Map-backed fake in tests). */
export type EditsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A saved version of the files. */
export interface SavedVersion {
  files: FunctionFiles;
  savedAt: number;
}

interface SavedRecord {
  v: 1;
  current: SavedVersion;
  previous: SavedVersion | null;
}

/** The localStorage key of a lab's edits. */
export function editsKey(labId: string): string {
  return `faaslab:lab-edits:v1:${labId}`;
}

function isFiles(value: unknown): value is FunctionFiles {
  return (
    !!value && typeof value === 'object' && Object.values(value).every((text) => typeof text === 'string')
  );
}

function isVersion(value: unknown): value is SavedVersion {
  const v = value as SavedVersion | null;
  return !!v && typeof v === 'object' && isFiles(v.files) && typeof v.savedAt === 'number';
}

function parseRecord(raw: string): SavedRecord | null {
  try {
    const value = JSON.parse(raw) as SavedRecord;
    if (value?.v !== 1 || !isVersion(value.current)) return null;
    return { v: 1, current: value.current, previous: isVersion(value.previous) ? value.previous : null };
  } catch {
    return null;
  }
}

/** Options of {@link SavedEdits}. */
export interface SavedEditsOptions {
  storage: EditsStorage | null;
  /** Quiet time after the last keystroke before writing. */
  debounceMs?: number;
  /** Wall clock (ms). */
  now?: () => number;
  /** Called after every write attempt with whether it worked. */
  onSaved?: (ok: boolean) => void;
  /** Called when a write found another tab's newer, different files (kept as the previous version). */
  onOtherTab?: () => void;
}

/** One lab's saved edits. */
export class SavedEdits {
  private current: SavedVersion;
  private previous: SavedVersion | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** True when the files came from storage rather than the starter. */
  readonly restored: boolean;
  /** `savedAt` of the version this tab last read or wrote, to notice another tab's writes. */
  private synced: number | null;

  constructor(
    private readonly labId: string,
    starter: FunctionFiles,
    private readonly options: SavedEditsOptions,
  ) {
    const now = options.now ?? Date.now;
    const raw = this.read();
    const record = raw === null ? null : parseRecord(raw);
    if (raw !== null && record === null) this.write(`${editsKey(labId)}:unreadable:${now()}`, raw);
    // Files added to a lab later (e.g. a new package.json) appear with their starter text.
    this.current = record
      ? { files: { ...starter, ...record.current.files }, savedAt: record.current.savedAt }
      : { files: { ...starter }, savedAt: now() };
    this.previous = record?.previous ?? null;
    this.restored = record !== null;
    this.synced = record?.current.savedAt ?? null;
  }

  /** The files as they are now. */
  files(): FunctionFiles {
    return { ...this.current.files };
  }

  /** Whether a previous version can be brought back. */
  canUndo(): boolean {
    return this.previous !== null;
  }

  /** Records one file's new text; written after the debounce. */
  update(file: string, text: string): void {
    if (this.current.files[file] === text) return;
    this.current = {
      files: { ...this.current.files, [file]: text },
      savedAt: (this.options.now ?? Date.now)(),
    };
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.debounceMs ?? 300);
  }

  /** Writes now (on page hide, before a reset). Returns whether the write worked. */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Another tab of the same lab saved since we last looked: keep its files as the previous version.
    const raw = this.read();
    const stored = raw === null ? null : parseRecord(raw);
    if (
      stored &&
      stored.current.savedAt !== this.synced &&
      JSON.stringify(stored.current.files) !== JSON.stringify(this.current.files)
    ) {
      this.previous = stored.current;
      this.options.onOtherTab?.();
    }
    const record: SavedRecord = { v: 1, current: this.current, previous: this.previous };
    const ok = this.write(editsKey(this.labId), JSON.stringify(record));
    if (ok) this.synced = this.current.savedAt;
    this.options.onSaved?.(ok);
    return ok;
  }

  /** Replaces every file (reset to starter, reveal the solution), keeping the current version for undo. */
  replaceAll(files: FunctionFiles): FunctionFiles {
    this.previous = this.current;
    this.current = { files: { ...files }, savedAt: (this.options.now ?? Date.now)() };
    this.flush();
    return this.files();
  }

  /** Swaps back to the previous version (the replaced one becomes the new previous). */
  undo(): FunctionFiles | null {
    if (!this.previous) return null;
    [this.current, this.previous] = [this.previous, this.current];
    this.flush();
    return this.files();
  }

  private read(): string | null {
    try {
      return this.options.storage?.getItem(editsKey(this.labId)) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): boolean {
    try {
      if (!this.options.storage) return false;
      this.options.storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }
}
