/**
 * The one shape of a problem a student can cause — in a manifest, a Compose file, a handler, the export
 * settings — as a value: a stable code, a place, and a message (and maybe a fix) in both languages.
 */
import type { Bilingual } from './bilingual.ts';

/**
 * Where a diagnostic points. `line` and `column` count from 1; 0 means the whole file (or no file, e.g.
 * an export setting). `path` is the field path, e.g. `spec.ports[0].nodePort`; empty when there is none.
 */
export interface Place {
  file: string;
  line: number;
  column: number;
  path: string;
}

/** An error stops what was asked (apply, conversion, start); a warning explains and lets it go on. */
export type Severity = 'error' | 'warning';

/** A problem a student can cause, looked up by code. */
export interface Diagnostic<Code extends string = string> {
  /** Stable code, e.g. `unknown-field`, `node-port-range`, `handler-syntax`. */
  code: Code;
  severity: Severity;
  place: Place;
  message: Bilingual;
  fix?: Bilingual;
}

/** A place from what is known; the rest is 0 or empty (a whole file, or no field). */
export function placeOf(file: string, line = 0, column = 0, path = ''): Place {
  return { file, line, column, path };
}
