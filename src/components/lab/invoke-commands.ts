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

/** One request to one function, as both commands take it: path and query apart, method upper-case. */
interface Invocation {
  functionName: string;
  gateway: string;
  method: string;
  pathname: string;
  query: URLSearchParams;
  headers: [string, string][];
  body: string | undefined;
}

/**
 * The terminal commands equivalent to `request` sent to `functionName`: `curl` through the gateway and
 * `faas-cli invoke` (the invoke panel shows both).
 */
export function invokeCommands(
  request: FunctionRequest,
  functionName: string,
  gateway = COURSE_GATEWAY,
): { curl: string; faasCli: string } {
  const url = new URL(
    request.path && request.path.startsWith('/') ? request.path : `/${request.path ?? ''}`,
    'http://function',
  );
  const invocation: Invocation = {
    functionName,
    gateway,
    method: request.method.toUpperCase(),
    pathname: url.pathname,
    query: url.searchParams,
    headers: Object.entries(request.headers ?? {}),
    body: request.body,
  };
  return { curl: curlCommand(invocation), faasCli: faasCliCommand(invocation) };
}

/** `curl` through the gateway: `curl -X POST http://127.0.0.1:8080/function/hello -H … --data-binary …`. */
function curlCommand({ functionName, gateway, method, pathname, query, headers, body }: Invocation): string {
  const search = query.toString();
  const url = `${gateway}/function/${functionName}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`;
  const parts = ['curl', '-i'];
  if (method !== 'GET' || body) parts.push('-X', method);
  parts.push(shellQuote(url));
  for (const [name, value] of headers) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (body) parts.push('--data-binary', shellQuote(body));
  return parts.join(' ');
}

/**
 * `faas-cli invoke`: the body goes on stdin, headers as `--header name=value`, the query as
 * `--query key=value` (docs.openfaas.com/cli/invoke). faas-cli cannot call a sub-path, so a path
 * other than `/` is left out with a note.
 */
function faasCliCommand({
  functionName,
  gateway,
  method,
  pathname,
  query,
  headers,
  body,
}: Invocation): string {
  const parts: string[] = [];
  if (body) parts.push('printf', '%s', shellQuote(body), '|');
  else parts.push('echo', '-n', "''", '|');
  parts.push('faas-cli', 'invoke', shellQuote(functionName), '--gateway', shellQuote(gateway));
  if (method !== 'POST') parts.push('--method', method);
  for (const [name, value] of headers) parts.push('--header', shellQuote(`${name}=${value}`));
  for (const [key, value] of query) parts.push('--query', shellQuote(`${key}=${value}`));
  const command = parts.join(' ');
  return pathname === '/'
    ? command
    : `${command}   # faas-cli invoke has no path option: use curl for ${pathname}`;
}
