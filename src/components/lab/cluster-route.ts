/// <reference types="vite/client" />
/**
 * "Send through the cluster": the lab's plain k3s export (with the student's handler) is applied to
 * a fresh simulated k3s cluster, and a request goes client → ServiceLB → Traefik → Ingress →
 * Service → Pod, where a PodBackend answers with the student's running function. Loaded lazily.
 */
import { exportableLab, exportK8sManifests, ingressPath } from '../../../labs/export/index.ts';
import type { FunctionRequest, FunctionRuntime, Lab } from '../../../labs/index.ts';
import { createSimulation, type Trace } from '../../../simulator/index.ts';
// The ConfigMap holds the real function server, as `faaslab lab export` writes it.
import { FUNCTION_SERVER_FILES } from '../../../labs/runtime/function-server/server-files.ts';
import pythonServerSource from '../../../labs/runtime/python/server.py?raw';
import type { Bilingual } from '../../../core/index.ts';

/** The outcome: a trace, or why the manifests did not apply. */
export type ClusterRouteResult = { ok: true; trace: Trace } | { ok: false; problems: Bilingual[] };

/** Routes `request` through a simulated cluster running the lab's export, answered by `runtime`. */
export async function routeThroughCluster(
  lab: Lab,
  files: Record<string, string>,
  request: FunctionRequest,
  runtime: Pick<FunctionRuntime, 'invoke'>,
): Promise<ClusterRouteResult> {
  // A Python lab's export ships handler.py and server.py (python3-http), a Node lab's server.mjs.
  const python = lab.language === 'python';
  const exported = exportK8sManifests(
    exportableLab(lab, { source: files[python ? 'handler.py' : 'handler.js'] ?? '' }),
    python ? { 'server.py': pythonServerSource } : FUNCTION_SERVER_FILES,
  );
  const errors = exported.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { ok: false, problems: errors.map((d) => d.message) };
  const sim = createSimulation({ seed: 1 });
  const applied = sim.apply(exported.text, `${lab.id}-k8s.yaml`);
  const rejected = applied.diagnostics.filter((d) => d.severity === 'error');
  if (rejected.length) return { ok: false, problems: rejected.map((d) => d.message) };
  sim.settle();
  sim.addBackend({
    handles: (pod) => pod.labels['app.kubernetes.io/name'] === lab.id,
    handle: async (backendRequest) => {
      const response = await runtime.invoke({
        method: backendRequest.method,
        path: request.path ?? '/',
        headers: backendRequest.headers,
        body: backendRequest.body,
      });
      return { status: response.status, headers: response.headers, body: response.body };
    },
  });
  const node = sim.snapshot().nodes[0];
  const prefix = ingressPath(lab.id, exported.settings.ingressHost).replace(/\/$/, '');
  const path = `${prefix}${request.path && request.path !== '/' ? request.path : prefix ? '' : '/'}`;
  const trace = await sim.routeRequestAsync({
    method: request.method,
    scheme: 'http',
    host: node?.internalIP ?? '192.168.1.10',
    port: 80,
    path,
    headers: request.headers ?? {},
    body: request.body ?? '',
  });
  return { ok: true, trace };
}
