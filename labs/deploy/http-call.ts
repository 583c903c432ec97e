/**
 * One HTTP request with node:http, so the Host header can differ from the address (what an Ingress
 * routes on, and what fetch does not let a caller set), with a timeout.
 */
import { request } from 'node:http';

/** An HTTP answer. */
export interface HttpAnswer {
  status: number;
  body: string;
}

/** Sends the request; rejects on connection errors and on timeout. */
export function httpCall(
  url: string,
  init: {
    method: string;
    headers?: Record<string, string>;
    body?: string;
    host?: string;
    timeoutMs?: number;
  },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.host) headers.host = init.host;
    if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
    const req = request(url, { method: init.method, headers, timeout: init.timeoutMs ?? 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${init.timeoutMs ?? 10_000} ms`)));
    req.on('error', reject);
    req.end(init.body);
  });
}
