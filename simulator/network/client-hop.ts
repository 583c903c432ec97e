import type { Hop, SimRequest } from '../api-types.ts';
import { hopText } from './hop-texts.ts';

interface ClientHopCache {
  method: string;
  scheme: string;
  host: string;
  port: number;
  path: string;
  hostHeader: string;
  name: string;
  hop: Hop;
}
const clientHops = new WeakMap<SimRequest, ClientHopCache>();

/** The first hop, cached per request object (benchmarks and the view resend the same requests). */
export function clientHop(
  request: SimRequest,
  source: NonNullable<SimRequest['source']>,
  hostHeader: string,
): Hop {
  const name = source.kind === 'external' ? source.ip : `${source.ns}/${source.name}`;
  const c = clientHops.get(request);
  if (
    c &&
    c.method === request.method &&
    c.scheme === request.scheme &&
    c.host === request.host &&
    c.port === request.port &&
    c.path === request.path &&
    c.hostHeader === hostHeader &&
    c.name === name
  )
    return c.hop;
  const line = `${request.method} ${request.scheme}://${request.host}:${request.port}${request.path}${hostHeader !== request.host ? ` (Host: ${hostHeader})` : ''}`;
  const hop: Hop = { kind: 'client', name, detail: hopText('client-request', { line }) };
  clientHops.set(request, {
    method: request.method,
    scheme: request.scheme,
    host: request.host,
    port: request.port,
    path: request.path,
    hostHeader,
    name,
    hop,
  });
  return hop;
}
