/**
 * `faaslab lab run`: a front server on 127.0.0.1 like `faas-cli local-run`, routing `/` and
 * `/function/ID` (prefix removed, as the gateway forwards it) to the function server, with one log
 * line per request. Bodies are streamed both ways as bytes: nothing is buffered or decoded here, so
 * binary bodies arrive intact and a 600 MB upload meets the function server's 413 instead of this
 * process's memory; no deadline of ours counts the time a request waits for a socket.
 */
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import { classifyResponse } from '../runtime/contract/classify-response.ts';
import { closeAfterAnswerLingering } from '../runtime/function-server/lingering-close.mjs';
import type { Limits } from '../runtime/contract/types.ts';

/** What the front server needs of a started Node runtime. */
export interface ServedFunction {
  /** Port of the function server (server.mjs), once started. */
  readonly port: number | undefined;
}

// Hop-by-hop headers are the proxy's own (RFC 9110 §7.6.1).
const HOP_BY_HOP = ['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te'];

/** Starts the front server; resolves once it listens. */
export function serveFunction(
  runtime: ServedFunction,
  id: string,
  port: number,
  limits: Limits,
  log: (line: string) => void,
): Promise<Server> {
  const prefix = `/function/${id}`;
  // Bounded fan-out to the function server: requests beyond it wait in the agent's queue.
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const server = createServer((req, res) => {
    const began = performance.now();
    const url = req.url ?? '/';
    const path =
      url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)
        ? url.slice(prefix.length) || '/'
        : url;
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) if (name !== 'transfer-encoding') delete headers[name];
    const upstreamPort = runtime.port;
    if (upstreamPort === undefined) {
      res.writeHead(503).end();
      log(`${req.method} ${url} → 503`);
      return;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: path.startsWith('/') ? path : `/${path}`,
        headers,
        agent,
      },
      (answer) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers))
          if (value !== undefined && !HOP_BY_HOP.includes(name)) out[name] = value;
        // Answered before the whole body arrived (a 413): this connection closes too, as the function
        // server's does, after the client has had time to read the answer.
        if (!req.complete) closeAfterAnswerLingering(req, res);
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
        answer.on('end', () => {
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(answer.headers))
            if (typeof value === 'string') flat[name] = value;
          const limit = classifyResponse(answer.statusCode ?? 0, flat, limits);
          log(
            `${req.method} ${url} → ${answer.statusCode} (${(performance.now() - began).toFixed(1)} ms)${limit ? ` [${limit.kind}]` : ''}`,
          );
        });
      },
    );
    upstream.on('error', (error) => {
      req.unpipe(upstream);
      // Already answering (a 413 that closed the connection while the body was still coming): let
      // that answer finish; the 'finish' handler below then stops reading the body.
      if (res.headersSent) return;
      // The function server closed the connection (write_timeout) or is restarting.
      res
        .writeHead(502, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
        .end(String(error));
      log(`${req.method} ${url} → 502 ${String(error)}`);
    });
    // Answered before the whole body arrived (413): stop forwarding it rather than drain 600 MB.
    res.on('finish', () => {
      if (req.complete) return;
      req.unpipe(upstream);
      upstream.destroy();
    });
    req.pipe(upstream);
    req.on('error', () => upstream.destroy());
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = limits.readTimeoutMs + limits.writeTimeoutMs + limits.execTimeoutMs;
  server.on('close', () => agent.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
