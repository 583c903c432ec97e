/**
 * `faaslab lab run`: a front server on 127.0.0.1 like `faas-cli local-run`, routing `/` and
 * `/function/ID` (prefix removed, as the gateway forwards it) to a running FunctionRuntime, with one
 * log line per request.
 */
import { createServer, type Server } from 'node:http';
import type { FunctionRuntime } from '../runtime/contract/types.ts';

/** Starts the front server; resolves once it listens. */
export function serveFunction(
  runtime: FunctionRuntime,
  id: string,
  port: number,
  log: (line: string) => void,
): Promise<Server> {
  const prefix = `/function/${id}`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const path =
        url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)
          ? url.slice(prefix.length) || '/'
          : url;
      const fixed = path.startsWith('/') ? path : `/${path}`;
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (typeof value === 'string') headers[name] = value;
      delete headers['content-length'];
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
      runtime.invoke({ method: req.method ?? 'GET', path: fixed, headers, body }).then(
        (response) => {
          const {
            'content-length': _length,
            'transfer-encoding': _te,
            connection: _c,
            'keep-alive': _k,
            ...rest
          } = response.headers;
          res.writeHead(response.status, rest).end(response.body);
          log(
            `${req.method} ${url} → ${response.status} (${response.durationMs.toFixed(1)} ms)${response.limit ? ` [${response.limit.kind}]` : ''}`,
          );
        },
        (error: unknown) => {
          res.writeHead(502).end(String(error));
          log(`${req.method} ${url} → 502 ${String(error)}`);
        },
      );
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
