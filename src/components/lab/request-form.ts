/**
 * The invoke panel's form as text fields ↔ a FunctionRequest: headers are written one per line as
 * `name: value`, like curl -H; a line without a colon is a positioned error, never a silent drop.
 */
import type { FunctionRequest, Lab } from '../../../labs/index.ts';

/** The fields of the invoke form. */
export interface RequestFields {
  method: string;
  path: string;
  headers: string;
  body: string;
}

/** A header line that could not be read (1-based line). */
export interface HeaderLineError {
  line: number;
  text: string;
}

/** Methods the form offers. */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Reads `name: value` lines; blank lines are skipped, names are lower-cased. */
export function parseHeaderLines(text: string): {
  headers: Record<string, string>;
  errors: HeaderLineError[];
} {
  const headers: Record<string, string> = {};
  const errors: HeaderLineError[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!name || /\s/.test(name)) errors.push({ line: index + 1, text: raw });
    else headers[name] = line.slice(colon + 1).trim();
  });
  return { headers, errors };
}

/** Writes headers as `name: value` lines. */
export function formatHeaderLines(headers: Record<string, string> = {}): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** The form's fields as a request, or the header lines that are wrong. */
export function requestFromFields(fields: RequestFields): {
  request: FunctionRequest;
  errors: HeaderLineError[];
} {
  const { headers, errors } = parseHeaderLines(fields.headers);
  const path = fields.path.trim() || '/';
  const method = fields.method.toUpperCase();
  const request: FunctionRequest = { method, path: path.startsWith('/') ? path : `/${path}`, headers };
  if (fields.body && method !== 'GET') request.body = fields.body;
  return { request, errors };
}

/** A request as form fields (for the example buttons). */
export function fieldsFromRequest(request: FunctionRequest): RequestFields {
  return {
    method: request.method.toUpperCase(),
    path: request.path ?? '/',
    headers: formatHeaderLines(request.headers),
    body: request.body ?? '',
  };
}

/** The request the invoke panel starts with: the lab's first example, else its first check's request. */
export function initialRequest(lab: Pick<Lab, 'examples' | 'checks'>): FunctionRequest {
  return lab.examples[0]?.request ?? lab.checks[0]?.request ?? { method: 'POST', path: '/' };
}
