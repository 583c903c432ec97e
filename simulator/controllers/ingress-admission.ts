import type { KubeObject } from '../api-types.ts';
import type { IngressState } from '../model/cluster-state.ts';
import type { KindAdmission } from './kind-admission.ts';
import { isObject } from '../../core/index.ts';

/** Ingress: one without a class gets the default IngressClass (ingress.md "Default IngressClass"). */
export const ingressAdmission: KindAdmission = {
  store: ({ cp }, o, key, uid) => {
    const state = cp.state;
    const existing = state.ingresses.get(key);
    const ingress = ingressState(o, existing?.uid ?? uid, existing?.createdAtMs ?? cp.engine.nowMs);
    const defaults = [...state.ingressClasses.entries()].filter(([, c]) => c.isDefault);
    if (ingress.className === null && ingress.classAnnotation === null && defaults.length === 1)
      ingress.className = defaults[0]![0];
    state.ingresses.set(key, ingress);
  },
};

/** IngressClass: its controller and whether it is the cluster's default. */
export const ingressClassAdmission: KindAdmission = {
  store: ({ cp, system }, o, _key, _uid, spec) => {
    const annotations = o.metadata.annotations ?? {};
    cp.state.ingressClasses.set(o.metadata.name, {
      controller: String(spec.controller ?? ''),
      isDefault: annotations['ingressclass.kubernetes.io/is-default-class'] === 'true',
      manifest: system ? null : o,
      // creationTimestamp is set once, at creation; an update keeps it.
      createdAtMs: cp.state.ingressClasses.get(o.metadata.name)?.createdAtMs ?? cp.engine.nowMs,
    });
  },
};

function backendRef(raw: unknown): { service: string; port: number | string } | null {
  if (!isObject(raw) || !isObject(raw.service)) return null;
  const port = isObject(raw.service.port) ? raw.service.port : {};
  return {
    service: String(raw.service.name ?? ''),
    port: typeof port.number === 'number' ? port.number : String(port.name ?? ''),
  };
}

function ingressState(o: KubeObject, uid: number, createdAtMs: number): IngressState {
  const spec = isObject(o.spec) ? o.spec : {};
  const rules = (Array.isArray(spec.rules) ? spec.rules : []).filter(isObject).map((r) => ({
    host: typeof r.host === 'string' && r.host !== '' ? r.host : null,
    paths: (isObject(r.http) && Array.isArray(r.http.paths) ? r.http.paths : [])
      .filter(isObject)
      .flatMap((p) => {
        const backend = backendRef(p.backend);
        if (!backend) return [];
        return [
          {
            path: typeof p.path === 'string' && p.path !== '' ? p.path : '/',
            pathType:
              (p.pathType as 'Exact' | 'Prefix' | 'ImplementationSpecific') ?? 'ImplementationSpecific',
            backend,
          },
        ];
      }),
  }));
  const tls = (Array.isArray(spec.tls) ? spec.tls : [])
    .filter(isObject)
    .flatMap((t) => (Array.isArray(t.hosts) ? t.hosts.map(String) : []));
  const annotations = o.metadata.annotations ?? {};
  return {
    namespace: o.metadata.namespace ?? 'default',
    name: o.metadata.name,
    uid,
    className: typeof spec.ingressClassName === 'string' ? spec.ingressClassName : null,
    classAnnotation: annotations['kubernetes.io/ingress.class'] ?? null,
    rules,
    defaultBackend: backendRef(spec.defaultBackend),
    tlsHosts: tls,
    manifest: o,
    createdAtMs,
  };
}
