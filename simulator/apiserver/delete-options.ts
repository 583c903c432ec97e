/**
 * The DeleteOptions of a DELETE request: kubectl sends them as the JSON body
 * (`{"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":0,"propagationPolicy":"Background"}`),
 * other clients as query parameters (`?gracePeriodSeconds=0`); the apiserver reads both (the body wins).
 */
import type { IncomingMessage } from 'node:http';
import type { DeleteOptions } from '../api-types.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { badRequest, type StatusError } from '../kube-api/status-error.ts';
import { readBody } from './request-body.ts';

const isStatusError = (v: unknown): v is StatusError =>
  isJson(v) && typeof v.code === 'number' && isJson(v.body);

/** The grace period a DELETE asks for, or the 400 a malformed one gets. */
export async function deleteOptionsOf(req: IncomingMessage, url: URL): Promise<DeleteOptions | StatusError> {
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  const body = hasBody ? await readBody(req) : undefined;
  if (isStatusError(body)) return body;
  const fromBody = isJson(body) ? (body as Json).gracePeriodSeconds : undefined;
  const fromQuery = url.searchParams.get('gracePeriodSeconds');
  const given = fromBody ?? (fromQuery === null ? undefined : Number(fromQuery));
  if (given === undefined || given === null) return {};
  if (typeof given !== 'number' || !Number.isInteger(given))
    return badRequest(`gracePeriodSeconds: invalid value ${JSON.stringify(fromBody ?? fromQuery)}`);
  return { gracePeriodSeconds: given };
}
