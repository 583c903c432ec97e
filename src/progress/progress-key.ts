/**
 * The localStorage keys of a student's progress: one key per entry, under a versioned prefix, so one
 * bad entry can be repaired alone and a future schema can live beside this one.
 * `faaslab:v1:lesson:intro`, `faaslab:v1:quiz:intro-pay-per-use`, `faaslab:v1:task:hello-lab`.
 */

/** Every key of the site starts with this. */
export const PROGRESS_PREFIX = 'faaslab:';

/** The schema version written today. */
export const PROGRESS_VERSION = 1;

/** What an entry records. */
export const ENTRY_KINDS = ['lesson', 'quiz', 'task'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A parsed key: its kind, its id and the schema version it was written with (0 = before versions). */
export interface ProgressKey {
  kind: EntryKind;
  id: string;
  version: number;
}

/** Ids are slugs: lowercase letters, digits, `-`, `_`, `.` and `/` (nested lesson slugs). */
const ID_PATTERN = /^[a-z0-9][a-z0-9._/-]{0,199}$/;

/** True when `id` may be used as an entry id. */
export function isValidEntryId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** The storage key of an entry written with today's schema. */
export function progressKey(kind: EntryKind, id: string): string {
  if (!isValidEntryId(id))
    throw new Error(`Invalid progress id "${id}": use lowercase letters, digits and "-"`);
  return `${PROGRESS_PREFIX}v${PROGRESS_VERSION}:${kind}:${id}`;
}

/**
 * Reads a storage key. Accepts today's `faaslab:v1:kind:id` and the unversioned `faaslab:kind:id`
 * (version 0); anything else (another site's key, a malformed one) gives null.
 */
export function parseProgressKey(key: string): ProgressKey | null {
  if (!key.startsWith(PROGRESS_PREFIX)) return null;
  const rest = key.slice(PROGRESS_PREFIX.length);
  const versioned = /^v(\d+):([a-z]+):(.+)$/.exec(rest);
  const unversioned = /^([a-z]+):(.+)$/.exec(rest);
  const [version, kind, id] = versioned
    ? [Number(versioned[1]), versioned[2], versioned[3]]
    : unversioned
      ? [0, unversioned[1], unversioned[2]]
      : [NaN, undefined, undefined];
  if (!Number.isInteger(version) || !kind || !id) return null;
  if (!(ENTRY_KINDS as readonly string[]).includes(kind) || !isValidEntryId(id)) return null;
  return { kind: kind as EntryKind, id, version };
}
