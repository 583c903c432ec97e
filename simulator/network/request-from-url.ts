import type { RequestSource, SimRequest } from '../api-types.ts';

/**
 * Builds a {@link SimRequest} from a URL such as `http://192.168.1.11:30036/api?x=1`. The default port
 * follows the scheme (80 or 443). Throws a TypeError for a string that is not an absolute http(s) URL.
 */
export function requestFromUrl(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; source?: RequestSource } = {},
): SimRequest {
  const parsed = new URL(url);
  const scheme = parsed.protocol === 'https:' ? 'https' : parsed.protocol === 'http:' ? 'http' : null;
  if (!scheme) throw new TypeError(`Only http and https URLs can be routed: ${url}`);
  const port = parsed.port ? Number(parsed.port) : scheme === 'https' ? 443 : 80;
  const request: SimRequest = {
    method: (options.method ?? 'GET').toUpperCase(),
    scheme,
    host: parsed.hostname,
    port,
    path: `${parsed.pathname}${parsed.search}`,
    headers: options.headers ?? {},
  };
  if (options.body !== undefined) request.body = options.body;
  if (options.source) request.source = options.source;
  return request;
}
