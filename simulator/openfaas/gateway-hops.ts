import type { Hop } from '../index.ts';
import { CORE_NAMESPACE, FUNCTION_NAMESPACE, WATCHDOG_PORT } from './function-spec.ts';
import type { Bilingual } from '../../core/index.ts';

/** The hops the gateway and faas-netes add to a request's trace, with their texts in both languages. */

/** The gateway receives a request on one of its routes. */
export function gatewayHop(kind: string, path: string): Hop {
  return {
    kind: 'backend',
    name: `${CORE_NAMESPACE}/gateway`,
    detail: {
      es: `El gateway de OpenFaaS recibe ${path} (ruta ${kind}).`,
      en: `The OpenFaaS gateway receives ${path} (route ${kind}).`,
    },
  };
}

/**
 * faas-netes, in the gateway's Pod (127.0.0.1:8081), resolves the function: it reads the function's
 * Endpoints, takes the ready addresses and picks one at random, then proxies to that Pod IP on 8080.
 * Source: openfaas/faas-netes pkg/k8s/proxy.go (FunctionLookup.Resolve); the chart's default
 * `gateway.directFunctions: false` (chart/openfaas/values.yaml) keeps the gateway off the Service's ClusterIP.
 */
export function providerHop(name: string, pod: string, ip: string, ready: number): Hop {
  const fn = `${name}.${FUNCTION_NAMESPACE}`;
  return {
    kind: 'backend',
    name: `${CORE_NAMESPACE}/faas-netes`,
    detail: {
      es: `El proveedor faas-netes (en el Pod del gateway, 127.0.0.1:8081) lee los Endpoints de ${fn}, elige al azar una de sus ${ready} réplica(s) lista(s), ${FUNCTION_NAMESPACE}/${pod}, y envía la petición directamente a su IP ${ip}:${WATCHDOG_PORT}, sin pasar por la ClusterIP del Service.`,
      en: `The faas-netes provider (in the gateway's Pod, 127.0.0.1:8081) reads the Endpoints of ${fn}, picks one of its ${ready} ready replica(s) at random, ${FUNCTION_NAMESPACE}/${pod}, and sends the request straight to its IP ${ip}:${WATCHDOG_PORT}, not through the Service's ClusterIP.`,
    },
  };
}

/** The gateway held the request while the function scaled from zero. */
export function coldStartHop(name: string, waitedMs: number): Hop {
  const s = (waitedMs / 1000).toFixed(1);
  return {
    kind: 'backend',
    name: `${CORE_NAMESPACE}/gateway`,
    detail: {
      es: `Arranque en frío: ${name} tenía 0 réplicas listas; el gateway la escaló y retuvo la petición ${s} s hasta que una réplica estuvo lista.`,
      en: `Cold start: ${name} had 0 ready replicas; the gateway scaled it up and held the request ${s} s until a replica was ready.`,
    },
  };
}

/** The note of a request the gateway held until its upstream timeout. */
export const UPSTREAM_TIMEOUT_NOTE: Bilingual = {
  es: 'El gateway esperó una réplica lista y se agotó su upstream_timeout.',
  en: 'The gateway waited for a ready replica and hit its upstream_timeout.',
};

/** What an answer's status means, for the statuses the gateway and watchdog give on their own. */
const STATUS_DETAILS: Readonly<Record<number, Bilingual>> = {
  429: {
    es: '429: el watchdog ya tiene max_inflight peticiones en curso.',
    en: '429: the watchdog already has max_inflight requests in flight.',
  },
  504: {
    es: '504: se agotó el tiempo (exec_timeout del watchdog o upstream_timeout del gateway).',
    en: "504: timed out (the watchdog's exec_timeout or the gateway's upstream_timeout).",
  },
  401: {
    es: '401: las rutas /system piden autenticación básica (usuario admin).',
    en: '401: /system routes need basic auth (user admin).',
  },
  404: {
    es: '404: el gateway no conoce esa ruta o función.',
    en: '404: the gateway does not know that route or function.',
  },
};

/** The detail of the last hop of a request that did not end 200. */
export function statusDetail(status: number): Bilingual {
  return (
    STATUS_DETAILS[status] ?? { es: `El gateway responde ${status}.`, en: `The gateway answers ${status}.` }
  );
}
