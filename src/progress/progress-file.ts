/**
 * The progress export file: what `Export` downloads and `Import` accepts. Reading a file is all or
 * nothing: a file with one bad entry is refused whole, with the place of the problem, and nothing in
 * storage changes.
 */
import { entryProblem, type ProgressEntry } from './progress-entry.ts';
import { parseProgressKey, PROGRESS_VERSION } from './progress-key.ts';

/** The `format` field that marks a FaaS Lab progress file. */
export const PROGRESS_FILE_FORMAT = 'faaslab-progress';

/** Files larger than this are refused before parsing (a real one is a few kilobytes). */
export const MAX_PROGRESS_FILE_BYTES = 1_000_000;

/** The JSON document of an export. */
export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  entries: Record<string, ProgressEntry>;
}

/** Why a file was refused; the message for each code is in the i18n dictionaries (`progress.error.<code>`). */
export type ProgressFileErrorCode =
  'too-large' | 'not-json' | 'not-progress-file' | 'newer-version' | 'bad-key' | 'bad-entry' | 'storage-full';

/** Entries one file may hold: the course has a few hundred lessons, tasks and quizzes. */
export const MAX_PROGRESS_ENTRIES = 2_000;

/** A refused file: the code, the field path (`entries["faaslab:v1:quiz:x"].choice`) and, for syntax errors, line and column. */
export interface ProgressFileError {
  code: ProgressFileErrorCode;
  path: string;
  line?: number;
  column?: number;
  /** Technical detail, in English, for the console. */
  detail: string;
}

export type ProgressFileResult =
  { ok: true; entries: Record<string, ProgressEntry> } | { ok: false; error: ProgressFileError };

/** Builds the document to download. */
export function buildProgressFile(entries: Record<string, ProgressEntry>, now: Date): ProgressFile {
  return { format: PROGRESS_FILE_FORMAT, version: PROGRESS_VERSION, exportedAt: now.toISOString(), entries };
}

/** Line and column (1-based) of a character offset. */
function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const fail = (
  code: ProgressFileErrorCode,
  path: string,
  detail: string,
  extra: Partial<ProgressFileError> = {},
): ProgressFileResult => ({
  ok: false,
  error: { code, path, detail, ...extra },
});

/** Validates an uploaded file's text. */
export function parseProgressFile(text: string): ProgressFileResult {
  if (text.length > MAX_PROGRESS_FILE_BYTES) return fail('too-large', '', `${text.length} characters`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const at = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? place(text, Number(position[1]))
        : {};
    return fail('not-json', '', message, at);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return fail('not-progress-file', '', 'not an object');
  const file = doc as Record<string, unknown>;
  if (file.format !== PROGRESS_FILE_FORMAT)
    return fail('not-progress-file', 'format', `format is ${JSON.stringify(file.format)}`);
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return fail('not-progress-file', 'version', 'version is not a positive integer');
  }
  if (file.version > PROGRESS_VERSION) return fail('newer-version', 'version', `version ${file.version}`);
  const raw = file.entries;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail('not-progress-file', 'entries', 'entries is not an object');
  const entries: Record<string, ProgressEntry> = {};
  const count = Object.keys(raw).length;
  if (count > MAX_PROGRESS_ENTRIES) return fail('too-large', 'entries', `${count} entries`);
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const path = `entries[${JSON.stringify(key)}]`;
    const parsed = parseProgressKey(key);
    if (!parsed || parsed.version !== PROGRESS_VERSION)
      return fail('bad-key', path, 'not a current progress key');
    const problem = entryProblem(parsed.kind, value);
    if (problem) return fail('bad-entry', path, problem);
    // Only the fields of the schema are kept: anything else in the file is dropped, not stored.
    entries[key] = knownFields(value as ProgressEntry);
  }
  return { ok: true, entries };
}

function knownFields(entry: ProgressEntry): ProgressEntry {
  return 'choice' in entry
    ? { v: entry.v, choice: entry.choice, correct: entry.correct, at: entry.at }
    : { v: entry.v, done: entry.done, at: entry.at };
}
