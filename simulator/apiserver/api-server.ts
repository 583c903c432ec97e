/**
 * `faaslab sim serve`: the simulation behind a Kubernetes API on 127.0.0.1 (node:http, no framework), enough
 * for a real kubectl: discovery, list/get/watch, create/update/patch/delete, the scale, status and log
 * subresources, server-side Tables, and Status errors. Node-only: the browser bundle never imports it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Language } from '../../core/index.ts';
import type { Simulation } from '../api-types.ts';
import { KubeApi, type WatchEvent } from '../kube-api/kube-api.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { API_RESOURCES, type ApiResource, groupResource, groupVersion } from '../kube-api/resource-table.ts';
import { parseFieldSelector, parseLabelSelector, selectorsMatch } from '../kube-api/selectors.ts';
import {
  badRequest,
  expired,
  internalError,
  methodNotAllowed,
  notFound,
  pathNotFound,
  type StatusError,
} from '../kube-api/status-error.ts';
import { coreVersions, group, groupList, resourceList } from './discovery.ts';
import { openApiV2, openApiV3Index, openApiV3Group } from './openapi-documents.ts';
import { openApiV2Protobuf } from './openapi-v2-protobuf.ts';
import { deleteOptionsOf } from './delete-options.ts';
import { servePodLog } from './pod-log-stream.ts';
import { readBody, withoutNulls } from './request-body.ts';
import { warn, warningHeader, writeOptions } from './write-options.ts';
import { tableOf, wantsTable } from './table-response.ts';

/** The version `kubectl version` shows for the server (k3s v1.37.1+k3s1). */
export const SERVER_VERSION = {
  major: '1',
  minor: '37',
  gitVersion: 'v1.37.1+k3s1',
  gitCommit: '6f25b6cbb1c3ce9a8e3af2f5d6b3c2e0f0e3a4b1',
  gitTreeState: 'clean',
  buildDate: '2026-09-30T00:00:00Z',
  goVersion: 'go1.25.1',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** Options of {@link startApiServer}. */
export interface ApiServerOptions {
  sim: Simulation;
  /** 0 picks a free port. */
  port: number;
  /** Simulation ms per wall ms (default 1); the clock runs in real time when `tickMs` > 0. */
  speed?: number;
  /** How often the simulation clock advances (default 100 ms; 0 = never, for tests that drive time). */
  tickMs?: number;
  /** An API view to serve (tests share one with the console); default a new one on the wall clock. */
  api?: KubeApi;
  /** The language of the simulator's own refusals (the apiserver's messages stay English). */
  lang?: Language;
}

/** A running API server. */
export interface ApiServer {
  url: string;
  api: KubeApi;
  close(): Promise<void>;
}

/** /openapi/v2 as protobuf, built on first request (the same for every server of the process). */
let openApiV2Bytes: Uint8Array | null = null;

/** Starts the API server on 127.0.0.1; resolves once it listens. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const speed = options.speed ?? 1;
  const startWall = Date.now();
  const api =
    options.api ??
    new KubeApi(options.sim, {
      epochMs: startWall - options.sim.now() / speed,
      speed,
      now: Date.now,
    });
  const lang = options.lang ?? 'en';
  const server = createServer((req, res) => {
    handle(api, req, res, lang).catch((error: unknown) => {
      if (!res.headersSent) send(res, internalError(error instanceof Error ? error.message : String(error)));
      else res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const tickMs = options.tickMs ?? 100;
  let last = Date.now();
  const timer =
    tickMs > 0
      ? setInterval(() => {
          const now = Date.now();
          options.sim.advance((now - last) * speed);
          last = now;
          api.refresh();
        }, tickMs)
      : null;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    close: () =>
      new Promise<void>((resolve) => {
        if (timer) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, value: StatusError | Json, code = 200): void {
  const isStatus = 'body' in value && 'code' in value && typeof value.code === 'number' && isJson(value.body);
  const status = isStatus ? (value as StatusError).code : code;
  const body = JSON.stringify(isStatus ? (value as StatusError).body : value);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
  };
  // A Status asking for a retry sets Retry-After (apiserver endpoints/handlers/responsewriters/writers.go).
  const details = isStatus ? (value as StatusError).body.details : undefined;
  if (isJson(details) && typeof details.retryAfterSeconds === 'number' && details.retryAfterSeconds > 0)
    headers['Retry-After'] = String(details.retryAfterSeconds);
  res.writeHead(status, headers);
  res.end(body);
}

const isError = (v: Json | StatusError): v is StatusError =>
  'code' in v && 'body' in v && typeof v.code === 'number';

/** A parsed API path. */
interface Target {
  resource: ApiResource;
  namespace: string | null;
  name: string | null;
  sub: string | null;
}

function route(segments: string[], gv: string): Target | null {
  const find = (name: string): ApiResource | undefined =>
    API_RESOURCES.find((r) => groupVersion(r) === gv && r.resource === name);
  const [a, b, c, d, e] = segments;
  if (a === 'namespaces' && b && c && find(c)?.namespaced)
    return { resource: find(c)!, namespace: b, name: d ?? null, sub: e ?? null };
  const r = a ? find(a) : undefined;
  if (!r || segments.length > 3) return null;
  return { resource: r, namespace: null, name: b ?? null, sub: c ?? null };
}

/** `lang`: the language of the simulator's own refusals (the apiserver's messages stay English). */
async function handle(
  api: KubeApi,
  req: IncomingMessage,
  res: ServerResponse,
  lang: Language,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = req.method ?? 'GET';
  if (path === '/version') return send(res, SERVER_VERSION);
  if (path === '/api') return send(res, coreVersions(req.headers.host ?? '127.0.0.1'));
  if (path === '/apis') return send(res, groupList());
  if (path === '/openapi/v2') {
    if (!/com\.github\.proto-openapi\.spec\.v2[@.]v1\.0\+protobuf/.test(req.headers.accept ?? ''))
      return send(res, openApiV2());
    // kube-openapi answers the `@` media type (not a valid Content-Type) as application/octet-stream.
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    return void res.end((openApiV2Bytes ??= openApiV2Protobuf(openApiV2())));
  }
  if (path === '/openapi/v3') return send(res, openApiV3Index());
  if (path.startsWith('/openapi/v3/')) {
    const doc = openApiV3Group(path.slice('/openapi/v3/'.length));
    return send(res, doc ?? pathNotFound());
  }
  if (path === '/healthz' || path === '/livez' || path === '/readyz') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
    return;
  }
  const segments = path.split('/').filter(Boolean);
  let gv: string;
  let rest: string[];
  if (segments[0] === 'api' && segments[1] === 'v1') {
    gv = 'v1';
    rest = segments.slice(2);
  } else if (segments[0] === 'apis' && segments.length >= 2) {
    if (segments.length === 2) return send(res, group(segments[1]!) ?? pathNotFound());
    gv = `${segments[1]}/${segments[2]}`;
    rest = segments.slice(3);
  } else return send(res, pathNotFound());
  if (rest.length === 0) return send(res, resourceList(gv) ?? pathNotFound());
  const target = route(rest, gv);
  if (!target) return send(res, pathNotFound());
  const r = target.resource;
  const namespace = r.namespaced ? target.namespace : null;
  if (r.warning) res.setHeader('Warning', warningHeader(r.warning));
  if (target.sub) return subresource(api, req, res, target, url, lang);
  if (target.name === null) {
    if (method === 'GET') return getCollection(api, req, res, r, namespace, url);
    if (method === 'POST') {
      const body = await readBody(req);
      if (isJson(body) && isError(body as Json)) return send(res, body as unknown as StatusError);
      const options = writeOptions(url, lang);
      const created = api.create(r, namespace, withoutNulls(body), options);
      warn(res, options);
      return send(res, created, isError(created) ? 0 : 201);
    }
    return send(res, methodNotAllowed(`the server does not allow this method on the requested resource`));
  }
  const name = target.name;
  switch (method) {
    case 'GET': {
      const o = api.get(r.resource, namespace, name);
      if (!o) return send(res, notFound(groupResource(r), name));
      return send(
        res,
        wantsTable(req.headers.accept) ? tableOf(r.kind, [o], api.resourceVersion, api.nowMs()) : o,
      );
    }
    case 'PUT':
    case 'PATCH': {
      const body = await readBody(req);
      if (isJson(body) && isError(body as Json)) return send(res, body as unknown as StatusError);
      const options = writeOptions(url, lang);
      const existed = api.get(r.resource, namespace, name) !== undefined;
      const out =
        method === 'PUT'
          ? api.update(r, namespace, name, withoutNulls(body), options)
          : api.patch(r, namespace, name, req.headers['content-type'] ?? '', body, options);
      warn(res, options);
      return send(res, out, existed ? 200 : 201);
    }
    case 'DELETE': {
      const options = await deleteOptionsOf(req, url);
      if ('code' in options && 'body' in options) return send(res, options);
      return send(res, api.delete(r, namespace, name, { lang, ...options }));
    }
    default:
      return send(res, methodNotAllowed('the server does not allow this method on the requested resource'));
  }
}

/** The request's label and field selectors as one matcher, or the 400 a malformed one gets. */
function selectorsOf(url: URL): ((o: Json) => boolean) | StatusError {
  const labels = parseLabelSelector(url.searchParams.get('labelSelector') ?? '');
  if ('error' in labels) return badRequest(labels.error);
  const fields = parseFieldSelector(url.searchParams.get('fieldSelector') ?? '');
  if ('error' in fields) return badRequest(fields.error);
  return (o) => selectorsMatch(o, labels, fields);
}

/** What a list and a watch of one collection both read from the request. */
interface Collection {
  r: ApiResource;
  namespace: string | null;
  selected: (o: Json) => boolean;
  /** The client asked for a Table (`kubectl get` does), not the objects. */
  table: boolean;
}

/** GET on a collection: its selectors first (a malformed one is a 400 for both), then a list or a watch. */
function getCollection(
  api: KubeApi,
  req: IncomingMessage,
  res: ServerResponse,
  r: ApiResource,
  namespace: string | null,
  url: URL,
): void {
  const selected = selectorsOf(url);
  if (typeof selected !== 'function') return send(res, selected);
  const c: Collection = { r, namespace, selected, table: wantsTable(req.headers.accept) };
  const watching = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
  return watching ? watch(api, req, res, c, url) : list(api, res, c);
}

function list(api: KubeApi, res: ServerResponse, { r, namespace, selected, table }: Collection): void {
  const items = api.list(r.resource, namespace).filter(selected);
  if (table) return send(res, tableOf(r.kind, items, api.resourceVersion, api.nowMs()));
  send(res, {
    kind: `${r.kind}List`,
    apiVersion: groupVersion(r),
    metadata: { resourceVersion: api.resourceVersion },
    items: items.map((o) => ({ apiVersion: groupVersion(r), kind: r.kind, ...o })),
  });
}

/** A chunked watch stream: one JSON event per line until the client leaves or timeoutSeconds pass. */
function watch(api: KubeApi, req: IncomingMessage, res: ServerResponse, c: Collection, url: URL): void {
  const { r, namespace, selected, table } = c;
  const since = Number(url.searchParams.get('resourceVersion') ?? '0') || 0;
  const matches = (o: Json): boolean => {
    const m = o.metadata as Json;
    return (namespace === null || m.namespace === namespace) && selected(o);
  };
  const encode = (type: string, o: Json): string =>
    JSON.stringify({
      type,
      object: table ? tableOf(r.kind, [o], String((o.metadata as Json).resourceVersion), api.nowMs()) : o,
    }) + '\n';
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
    'Cache-Control': 'no-cache, private',
  });
  res.flushHeaders();
  if (since === 0) {
    for (const o of api.list(r.resource, namespace)) if (matches(o)) res.write(encode('ADDED', o));
  } else {
    // A resumed watch first gets what changed since its version, or 410 when that is no longer held.
    api.refresh();
    const missed = api.history.after(since);
    if (!Array.isArray(missed)) {
      const gone = expired(`too old resource version: ${since} (${missed.tooOld})`);
      res.end(JSON.stringify({ type: 'ERROR', object: gone.body }) + '\n');
      return;
    }
    for (const e of missed)
      if (e.resource === r.resource && matches(e.object)) res.write(encode(e.type, e.object));
  }
  const stop = api.watch((events: WatchEvent[]) => {
    for (const e of events)
      if (
        e.resource === r.resource &&
        Number((e.object.metadata as Json).resourceVersion) > since &&
        matches(e.object)
      )
        res.write(encode(e.type, e.object));
  });
  const timeout = Number(url.searchParams.get('timeoutSeconds') ?? '1800');
  const timer = setTimeout(() => res.end(), Math.max(1, Math.min(timeout, 3600)) * 1000);
  const free = (): void => {
    stop();
    clearTimeout(timer);
  };
  req.on('close', free);
  res.on('close', free);
}

async function subresource(
  api: KubeApi,
  req: IncomingMessage,
  res: ServerResponse,
  t: Target,
  url: URL,
  lang: Language,
): Promise<void> {
  const r = t.resource;
  const name = t.name ?? '';
  const namespace = r.namespaced ? t.namespace : null;
  const live = api.get(r.resource, namespace, name);
  if (!live) return send(res, notFound(groupResource(r), name));
  const method = req.method ?? 'GET';
  if (t.sub === 'log' && r.resource === 'pods') {
    const error = servePodLog(api, req, res, { live, namespace, name }, url);
    return error ? send(res, error) : undefined;
  }
  if (t.sub === 'scale' && (r.resource === 'deployments' || r.resource === 'replicasets')) {
    const scaleOf = (o: Json): Json => {
      const m = o.metadata as Json;
      return {
        kind: 'Scale',
        apiVersion: 'autoscaling/v1',
        metadata: {
          name: m.name,
          namespace: m.namespace,
          uid: m.uid,
          resourceVersion: m.resourceVersion,
          creationTimestamp: m.creationTimestamp,
        },
        spec: { replicas: (o.spec as Json).replicas },
        status: {
          replicas: (o.status as Json).replicas ?? 0,
          selector: Object.entries(((o.spec as Json).selector as Json).matchLabels as Json)
            .map(([k, v]) => `${k}=${String(v)}`)
            .join(','),
        },
      };
    };
    if (method === 'GET') return send(res, scaleOf(live));
    const body = await readBody(req);
    if (!isJson(body)) return send(res, badRequest('the body of the request was not a Scale'));
    if (isError(body as Json)) return send(res, body as unknown as StatusError);
    const replicas = Number((isJson(body.spec) ? body.spec : {}).replicas);
    if (r.resource !== 'deployments')
      return send(
        res,
        methodNotAllowed(
          lang === 'es' ? 'el simulador escala Deployments' : 'the simulator scales Deployments',
        ),
      );
    const error = api.scale(namespace ?? 'default', name, replicas);
    if (error) return send(res, error);
    return send(res, scaleOf(api.get(r.resource, namespace, name) ?? live));
  }
  if (t.sub === 'eviction' && r.resource === 'pods' && method === 'POST') {
    // The Eviction API (policy/v1) as kubectl drain uses it: no PodDisruptionBudgets are modelled.
    const gone = api.delete(r, namespace, name, { lang });
    if ('code' in gone && 'body' in gone) return send(res, gone as StatusError);
    return send(res, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 }, 201);
  }
  if (t.sub === 'status') return send(res, live);
  return send(res, pathNotFound());
}
