/**
 * The terminal commands equivalent to a request from the invoke panel: `curl` through the OpenFaaS
 * gateway's /function/NAME route, and `faas-cli invoke` (which reads the body from stdin).
 */
import type { FunctionRequest } from '../../../labs/index.ts';

/** The gateway the course uses (`faas-cli login`, port-forward to 8080). */
export const COURSE_GATEWAY = 'http://127.0.0.1:8080';

/** Quotes a word for a POSIX shell. */
export function shellQuote(text: string): string {
  if (/^[\w@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function splitPath(path: string | undefined): { pathname: string; query: URLSearchParams } {
  const url = new URL(path && path.startsWith('/') ? path : `/${path ?? ''}`, 'http://function');
  return { pathname: url.pathname, query: url.searchParams };
}

/** `curl` through the gateway: `curl -X POST http://127.0.0.1:8080/function/hello -H … --data-binary …`. */
export function curlCommand(
  request: FunctionRequest,
  functionName: string,
  gateway = COURSE_GATEWAY,
): string {
  const { pathname, query } = splitPath(request.path);
  const search = query.toString();
  const url = `${gateway}/function/${functionName}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`;
  const parts = ['curl', '-i'];
  const method = request.method.toUpperCase();
  if (method !== 'GET' || request.body) parts.push('-X', method);
  parts.push(shellQuote(url));
  for (const [name, value] of Object.entries(request.headers ?? {}))
    parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body) parts.push('--data-binary', shellQuote(request.body));
  return parts.join(' ');
}

/**
 * `faas-cli invoke`: the body goes on stdin, headers as `--header name=value`, the query as
 * `--query key=value` (docs.openfaas.com/cli/invoke). faas-cli cannot call a sub-path, so a path
 * other than `/` is left out with a note.
 */
export function faasCliCommand(
  request: FunctionRequest,
  functionName: string,
  gateway = COURSE_GATEWAY,
): string {
  const { pathname, query } = splitPath(request.path);
  const parts: string[] = [];
  if (request.body) parts.push('printf', '%s', shellQuote(request.body), '|');
  else parts.push('echo', '-n', "''", '|');
  parts.push('faas-cli', 'invoke', shellQuote(functionName), '--gateway', shellQuote(gateway));
  const method = request.method.toUpperCase();
  if (method !== 'POST') parts.push('--method', method);
  for (const [name, value] of Object.entries(request.headers ?? {}))
    parts.push('--header', shellQuote(`${name}=${value}`));
  for (const [key, value] of query) parts.push('--query', shellQuote(`${key}=${value}`));
  const command = parts.join(' ');
  return pathname === '/'
    ? command
    : `${command}   # faas-cli invoke has no path option: use curl for ${pathname}`;
}
