// The watchdog's side of the function server, on the main thread: of-watchdog in http mode
// (openfaas/of-watchdog) in front of the template's worker thread.
//
// Why a worker thread: a handler stuck in `while (true) {}` blocks its thread for good, so the
// of-watchdog timer (exec_timeout → 504) must live on another thread. The watchdog answers 504, then
// pings the handler thread. A slow async handler answers the ping: it goes on, and later requests are
// served. A blocked one does not: in a real Pod the Node process would keep spinning, because of-watchdog
// only cancels the proxied request (openfaas/of-watchdog executor/http_runner.go) and never restarts its
// upstream, so every later request also waits exec_timeout and gets 504 until the Pod is restarted (the
// default /_/health probe is answered by the watchdog itself and does not notice). That is what this
// server answers; it terminates the blocked thread only to free the CPU. A new process (the runtime's
// restart(), like `kubectl rollout restart`) recovers. FAASLAB_RESTART_ON_HANG=true instead replaces the
// thread at once, as a liveness probe that reaches the handler would restart the container.
// A handler that exhausts its heap (FAASLAB_MEMORY_MB → worker resourceLimits) kills only its thread:
// the request gets 500, as of-watchdog answers any upstream failure, and the thread is replaced.
// Nothing is written to disk (no of-watchdog lock file), so a read-only ConfigMap mount works.
import { functionContract } from './function-contract.mjs';
import { closeAfterAnswerLingering } from './lingering-close.mjs';

const proc = globalThis.process;

/**
 * Main thread: of-watchdog in http mode, in front of the template's worker thread.
 * @param {any} threads node:worker_threads
 * @param {(name: string) => any} builtin a Node built-in module by name
 * @param {URL} entryUrl server.mjs, which the handler's worker thread runs
 */
export function runWatchdog(threads, builtin, entryUrl) {
  const http = builtin('node:http');
  const { dirname, resolve } = builtin('node:path');
  const { fileURLToPath } = builtin('node:url');
  const contract = functionContract({
    makeRaw: () => undefined,
    isBytes: () => false,
    logError: () => {},
    warn: () => {},
  });
  const config = contract.readConfig(proc.env);
  const handlerPath = resolve(
    proc.env.HANDLER_PATH || resolve(dirname(fileURLToPath(entryUrl)), 'handler.js'),
  );
  const log = (text) => proc.stdout.write(`${new Date().toISOString()} ${text}\n`);
  const pending = new Map();
  let nextId = 1;
  let inflight = 0;
  let worker = null;
  let ready = false;
  // Requests that arrive while the handler thread (re)loads wait for it, bounded by their exec timer.
  let waiting = [];
  // Set when the handler blocked its thread past exec_timeout: the time it was noticed (ISO string).
  let hungSince = null;
  const restartOnHang = proc.env.FAASLAB_RESTART_ON_HANG === 'true';

  function startWorker() {
    ready = false;
    const options = { workerData: { faaslabRole: 'handler', handlerPath } };
    if (config.memoryMb > 0)
      options.resourceLimits = {
        maxOldGenerationSizeMb: config.memoryMb,
        maxYoungGenerationSizeMb: Math.max(4, Math.round(config.memoryMb / 8)),
      };
    const current = new threads.Worker(entryUrl, options);
    worker = current;
    current.on('message', (message) => {
      if (message.type === 'ready') {
        if (!server.listening) listen();
        markReady();
      } else if (message.type === 'load-error') {
        proc.stderr.write(`${message.stack || `${message.name}: ${message.message}`}\n`);
        log(`Forked function has terminated: cannot load ${handlerPath}`);
        proc.exit(1);
      } else if (message.type === 'result') settle(message.id, message);
      else if (message.type === 'pong' && current.pongWaiter) current.pongWaiter();
    });
    current.on('error', (error) => {
      const memory = error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      log(
        memory
          ? `Function ran out of memory (limit ${config.memoryMb} MB): restarting it`
          : `Function crashed: ${error && error.message}`,
      );
    });
    if (config.memoryMb > 0) watchMemory(current);
    current.on('exit', (code) => {
      if (worker !== current) return;
      for (const id of [...pending.keys()])
        settle(id, { status: 500, headers: {}, body: Buffer.alloc(0), crashed: true });
      log(`Function process exited with code ${code}: restarting it`);
      startWorker();
    });
  }

  // resourceLimits bound the handler thread's V8 heap only; Buffers and typed arrays live outside it
  // (nodejs.org/api/worker_threads.html#worker-resourcelimits), and memoryUsage().arrayBuffers is per
  // thread. A container's memory limit counts the whole process, so the watchdog watches its resident
  // size: past the size at start plus the limit (and a margin for V8's young generation) the handler's
  // thread is replaced, as the OOM killer would restart the container.
  const MARGIN_MB = 48;
  function watchMemory(current) {
    const MB = 1024 * 1024;
    const baseline = proc.memoryUsage.rss();
    const timer = setInterval(() => {
      if (worker !== current) return clearInterval(timer);
      const grownMb = (proc.memoryUsage.rss() - baseline) / MB;
      if (grownMb <= config.memoryMb + MARGIN_MB) return;
      clearInterval(timer);
      log(
        `Function ran out of memory (limit ${config.memoryMb} MB; the process grew ${Math.round(grownMb)} MB, Buffers included): restarting it`,
      );
      worker = null;
      current.terminate();
      for (const id of [...pending.keys()])
        settle(id, { status: 500, headers: {}, body: Buffer.alloc(0), crashed: true });
      startWorker();
    }, 25);
    timer.unref();
  }

  function markReady() {
    ready = true;
    const queued = waiting;
    waiting = [];
    queued.forEach((forward) => forward());
  }

  function settle(id, answer) {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    entry(answer);
  }

  function restartIfStuck(stuck) {
    if (worker !== stuck || !ready) return;
    // Hold new requests until the thread proves it is alive (pong) or is replaced.
    ready = false;
    const timer = setTimeout(() => {
      if (worker !== stuck) return;
      worker = null;
      stuck.terminate();
      if (restartOnHang) {
        log('Function did not answer a ping after exec_timeout: terminating and restarting it');
        for (const id of [...pending.keys()])
          settle(id, { status: 500, headers: {}, body: Buffer.alloc(0), crashed: true });
        startWorker();
        return;
      }
      hungSince = new Date().toISOString();
      log(
        'Function process is blocked (its event loop has not answered since exec_timeout): of-watchdog does not restart it, so every later request waits exec_timeout and gets 504. Restart the Pod (kubectl rollout restart deployment/<function> -n openfaas-fn) to recover.',
      );
      // Requests already handed to the blocked process get their 504 from their own exec timers.
      pending.clear();
      const queued = waiting;
      waiting = [];
      queued.forEach((forward) => forward());
    }, 250);
    stuck.pongWaiter = () => {
      clearTimeout(timer);
      stuck.pongWaiter = null;
      markReady();
    };
    stuck.postMessage({ type: 'ping' });
  }

  // FAASLAB_CORS=true (WebContainer runtime only): the page reads answers from another origin.
  const cors =
    proc.env.FAASLAB_CORS === 'true'
      ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*' }
      : {};

  // Framing is the server's: a handler's own Content-Length or Transfer-Encoding would contradict the
  // body actually sent (Express's res.send overwrites Content-Length for the same reason).
  const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);

  function reply(res, started, status, headers, body) {
    if (res.headersSent || res.destroyed) return;
    const safe = {};
    for (const [name, value] of Object.entries(headers)) {
      if (FRAMING.has(name.toLowerCase())) continue;
      try {
        http.validateHeaderName(name);
        http.validateHeaderValue(name, value);
        safe[name] = value;
      } catch (error) {
        log(`Dropped header ${JSON.stringify(name)} from the function: ${error && error.message}`);
      }
    }
    Object.assign(safe, cors);
    const seconds = ((performance.now() - started) / 1000).toFixed(6);
    const valid = contract.statusError(status) === null;
    if (!valid) log(`Function answered an invalid status ${JSON.stringify(status)}: answering 500`);
    const code = valid ? status : 500;
    // of-watchdog writes the answer with Go's net/http: a code it has no text for reads
    // "600 status code 600" (server.go, writeStatusLine); Node would write "600 unknown".
    const reason = http.STATUS_CODES[code] ?? `status code ${code}`;
    try {
      res.writeHead(code, reason, {
        ...safe,
        'Content-Length': body.length,
        'X-Duration-Seconds': seconds,
      });
    } catch (error) {
      // Last line of defence: whatever Node refuses becomes a 500, never an exit.
      log(`Cannot write the function's answer (${error && error.message}): answering 500`);
      res.removeHeader('Content-Length');
      res.writeHead(500, { 'Content-Length': 0, 'X-OpenFaaS-Internal': 'of-watchdog' });
      res.end();
      return;
    }
    res.end(body);
  }

  function internal(res, started, status, text = '') {
    reply(
      res,
      started,
      status,
      // Go writes no Content-Type for a bare WriteHeader (the 500/504 of http_runner.go).
      text
        ? { 'X-OpenFaaS-Internal': 'of-watchdog', 'Content-Type': 'text/plain; charset=utf-8' }
        : { 'X-OpenFaaS-Internal': 'of-watchdog' },
      Buffer.from(text),
    );
  }

  // of-watchdog pkg/watchdog.go and pkg/readiness.go: both probes answer GET only (405 otherwise);
  // /_/health writes "OK", /_/ready only a status (no body, so Go sends no Content-Type).
  function serveProbe(req, res, path) {
    if (req.method !== 'GET') {
      res.writeHead(405, cors).end();
      return;
    }
    const busy = path === '/_/ready' && config.maxInflight > 0 && inflight >= config.maxInflight;
    // A blocked handler does not show here: the watchdog answers its probes itself.
    const status = !ready && !hungSince ? 503 : busy ? 429 : 200;
    if (path === '/_/health' && status === 200)
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', ...cors }).end('OK');
    else res.writeHead(status, cors).end();
  }

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const path = (req.url || '/').split('?')[0];
    if (path === '/_/health' || path === '/_/ready') return serveProbe(req, res, path);
    if (
      cors['Access-Control-Allow-Origin'] &&
      req.method === 'OPTIONS' &&
      req.headers['access-control-request-method']
    ) {
      res
        .writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': '*',
          'Access-Control-Allow-Headers': '*',
          'Access-Control-Max-Age': '600',
        })
        .end();
      return;
    }
    if (config.maxInflight > 0 && inflight >= config.maxInflight) {
      log(
        `Concurrent request limit exceeded (max_inflight=${config.maxInflight}): ${req.method} ${req.url} - 429`,
      );
      return internal(
        res,
        started,
        429,
        `Concurrent request limit exceeded. Max concurrent requests: ${config.maxInflight}\n`,
      );
    }
    inflight++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inflight--;
      }
    };
    res.on('close', finish);
    // write_timeout: Go's http.Server closes the connection when the answer is not written in time.
    const writeTimer = setTimeout(() => {
      log(`write_timeout (${config.writeTimeoutMs} ms) reached: closing ${req.method} ${req.url}`);
      res.destroy();
    }, config.writeTimeoutMs);
    res.on('close', () => clearTimeout(writeTimer));

    const headers = req.headers;
    const limit = contract.bodyLimit(headers, config);
    const chunks = [];
    let size = 0;
    let refused = false;
    // Past the limit the body is not kept: 413 at once, then the connection closes as Go's does
    // (lingering-close.mjs), so a 600 MB upload costs the server nothing more than the answer.
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      log(`Request body over the limit (${limit} bytes): ${req.method} ${req.url} - 413`);
      // The socket closes after the 413, which says so (Go's http.MaxBytesReader, which of-watchdog
      // uses, makes the server answer "Connection: close").
      closeAfterAnswerLingering(req, res);
      const page = contract.errorPage(413);
      reply(res, started, 413, page.headers, Buffer.from(page.body.text));
    };
    req.on('data', (chunk) => {
      if (refused) return;
      size += chunk.length;
      if (limit > 0 && size > limit) return refuse();
      if (limit > 0) chunks.push(chunk);
    });
    const declared = Number(headers['content-length']);
    if (limit > 0 && Number.isFinite(declared) && declared > limit) refuse();
    req.on('end', () => {
      if (refused || res.headersSent) return;
      const forward = () => {
        if (res.headersSent || res.destroyed) return;
        if (hungSince) return timeOutBehindBlockedProcess();
        if (!worker || !ready) {
          waiting.push(forward);
          return;
        }
        dispatch();
      };
      forward();
    });

    // The process still spins on an earlier request: this one is never read, and exec_timeout answers it.
    function timeOutBehindBlockedProcess() {
      const execTimer = setTimeout(() => {
        log(`Upstream HTTP killed due to exec_timeout: ${config.execTimeoutMs / 1000}s`);
        log(
          `Function process still blocked since ${hungSince} by an earlier request: restart the Pod to recover.`,
        );
        internal(res, started, 504);
      }, config.execTimeoutMs);
      res.on('close', () => clearTimeout(execTimer));
    }

    function dispatch() {
      // exec_timeout counts from the hand-over to the handler thread: waiting for a thread that is
      // being replaced is this emulation's cost, not the function's.
      const execTimer = setTimeout(() => {
        log(`Upstream HTTP killed due to exec_timeout: ${config.execTimeoutMs / 1000}s`);
        internal(res, started, 504);
        restartIfStuck(worker);
      }, config.execTimeoutMs);
      res.on('close', () => clearTimeout(execTimer));
      const body = Buffer.concat(chunks);
      const id = nextId++;
      // type-is's hasBody: a Content-Length or Transfer-Encoding header means the request has a body.
      const hasBody =
        headers['transfer-encoding'] !== undefined ||
        (headers['content-length'] !== undefined && !Number.isNaN(Number(headers['content-length'])));
      pending.set(id, (answer) => {
        if (answer.crashed) return internal(res, started, 500);
        reply(res, started, answer.status, answer.headers, Buffer.from(answer.body));
        log(
          `${req.method} ${req.url} - ${answer.status} - ContentLength: ${answer.body.length}B (${((performance.now() - started) / 1000).toFixed(4)}s)`,
        );
      });
      worker.postMessage({ type: 'invoke', id, method: req.method, url: req.url, headers, hasBody, body });
    }
  });
  // read_timeout: Node answers 408 and closes when the request is not read in time (Go just closes).
  server.requestTimeout = config.readTimeoutMs;
  server.headersTimeout = Math.min(config.readTimeoutMs, 60000);

  function listen() {
    // FAASLAB_LISTEN_HOST: the Node runtime binds 127.0.0.1; in a container every interface (unset).
    server.listen(config.port, proc.env.FAASLAB_LISTEN_HOST || undefined, () => {
      log(`Forking - node ${handlerPath} (worker thread)`);
      log(
        `Timeouts: read: ${config.readTimeoutMs / 1000}s write: ${config.writeTimeoutMs / 1000}s exec: ${config.execTimeoutMs / 1000}s, max_inflight: ${config.maxInflight}`,
      );
      log(`Listening on port: ${server.address().port}`);
    });
  }

  const shutdown = () => {
    log('SIGTERM: no new connections, shutting down');
    server.close(() => proc.exit(0));
    setTimeout(() => proc.exit(0), 1000).unref();
  };
  proc.on('SIGTERM', shutdown);
  proc.on('SIGINT', shutdown);
  startWorker();
}
