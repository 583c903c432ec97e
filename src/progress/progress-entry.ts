/**
 * The value stored under one progress key, and how an old or damaged value is read: migrated when its
 * meaning is clear, rejected otherwise. Pure functions, no storage: the store decides what to do.
 */
import { PROGRESS_VERSION, type EntryKind } from './progress-key.ts';
import { isObject } from '../../core/index.ts';

/** A lesson or a lab/scenario task the student finished. */
export interface DoneEntry {
  v: 1;
  done: boolean;
  /** ISO date of the last change. */
  at: string;
}

/** The option a student chose in a quiz (0-based; true/false quizzes: 0 = true, 1 = false). */
export interface QuizEntry {
  v: 1;
  choice: number;
  correct: boolean;
  at: string;
}

export type ProgressEntry = DoneEntry | QuizEntry;

/** What reading a stored value gave. */
export type DecodedEntry =
  | { status: 'ok'; entry: ProgressEntry }
  | { status: 'migrated'; entry: ProgressEntry; fromVersion: number }
  | { status: 'invalid'; reason: string };

/** Options a quiz may have; a stored choice beyond them is damage, not an answer. */
export const MAX_QUIZ_CHOICES = 26;

/** A date to stamp migrated entries whose original time is unknown. */
const UNKNOWN_DATE = new Date(0).toISOString();

const isDate = (x: unknown): x is string => typeof x === 'string' && !Number.isNaN(Date.parse(x));

/**
 * Checks that `value` is a valid current-schema entry of `kind`.
 * @returns the reason it is not, or null when it is valid
 */
export function entryProblem(kind: EntryKind, value: unknown): string | null {
  if (!isObject(value)) return 'not an object';
  if (value.v !== PROGRESS_VERSION) return `version ${String(value.v)} is not ${PROGRESS_VERSION}`;
  if (!isDate(value.at)) return '"at" is not a date';
  if (kind === 'quiz') {
    if (
      !Number.isInteger(value.choice) ||
      (value.choice as number) < 0 ||
      (value.choice as number) >= MAX_QUIZ_CHOICES
    )
      return '"choice" is not an option index';
    if (typeof value.correct !== 'boolean') return '"correct" is not a boolean';
    return null;
  }
  return typeof value.done === 'boolean' ? null : '"done" is not a boolean';
}

/**
 * Reads the raw text stored under a key of `kind` written with schema `version`.
 * Version 0 (before versioned keys) stored `"true"`/`"done"` for a finished lesson or task and the bare
 * option index for a quiz; those are migrated. Anything unreadable is `invalid`, with the reason.
 */
export function decodeEntry(kind: EntryKind, version: number, raw: string): DecodedEntry {
  if (version > PROGRESS_VERSION)
    return { status: 'invalid', reason: `written by a newer schema (v${version})` };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    if (version === 0 && kind !== 'quiz' && raw.trim() === 'done') value = true;
    else return { status: 'invalid', reason: 'not JSON' };
  }
  if (version === PROGRESS_VERSION) {
    const problem = entryProblem(kind, value);
    return problem ? { status: 'invalid', reason: problem } : { status: 'ok', entry: value as ProgressEntry };
  }
  const migrated = migrateV0(kind, value);
  return migrated
    ? { status: 'migrated', entry: migrated, fromVersion: version }
    : { status: 'invalid', reason: 'unknown old format' };
}

/** Version 0 values: `true` or `{done:true}` (lesson, task); `2` or `{choice:2}` (quiz). */
function migrateV0(kind: EntryKind, value: unknown): ProgressEntry | null {
  const record = isObject(value) ? value : {};
  const at = isDate(record.at) ? record.at : UNKNOWN_DATE;
  if (kind === 'quiz') {
    const choice = typeof value === 'number' ? value : record.choice;
    if (!Number.isInteger(choice) || (choice as number) < 0) return null;
    return { v: 1, choice: choice as number, correct: record.correct === true, at };
  }
  const done = typeof value === 'boolean' ? value : record.done;
  return typeof done === 'boolean' ? { v: 1, done, at } : null;
}
