/** Sends one FunctionRequest to a local server over HTTP/1.1 keep-alive, with a deadline. */
import { Agent, request as httpRequest } from 'node:http';
import type { FunctionRequest } from '../contract/types.ts';

/** The raw answer, before any limit is recognised. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Resolves with the answer, or `null` when `deadlineMs` passes first (the request is then aborted). */
export function httpInvoke(
  port: number,
  request: FunctionRequest,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<RawAnswer | null> {
  return new Promise((resolve, reject) => {
    const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
    if (body) headers['content-length'] = String(body.length);
    const req = httpRequest(
      { host: '127.0.0.1', port, method: request.method, path: request.path ?? '/', headers, agent, signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers))
            if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
          resolve({
            status: res.statusCode ?? 0,
            headers: flat,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    // The deadline starts when the request has a socket: time spent waiting in the agent's queue
    // (more requests than sockets) is ours, not the function's, and must not read as exec_timeout.
    let timer: ReturnType<typeof setTimeout> | undefined;
    req.once('socket', () => {
      timer = setTimeout(() => {
        req.destroy();
        resolve(null);
      }, deadlineMs);
    });
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(body);
  });
}
