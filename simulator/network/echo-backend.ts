import type { BackendRequest, BackendResponse, PodBackend } from '../api-types.ts';

/**
 * The built-in backend: every Pod answers like the ingress-conformance echoserver, with JSON naming the
 * pod, service, host, path and method, so routes are visible without a lab.
 * (kubernetes-sigs/ingress-controller-conformance images/echoserver/echoserver.go)
 */
export const echoBackend: PodBackend = {
  handles: () => true,
  handle(request: BackendRequest): BackendResponse {
    const body = JSON.stringify({
      path: request.path,
      host: request.host,
      method: request.method,
      proto: 'HTTP/1.1',
      headers: request.headers,
      namespace: request.pod.namespace,
      service: request.service ? request.service.slice(request.service.indexOf('/') + 1) : null,
      pod: request.pod.name,
      podIP: request.pod.ip,
      node: request.pod.nodeName,
      sourceIP: request.sourceIP,
    });
    return { status: 200, headers: { 'content-type': 'application/json' }, body };
  },
};
