import type { Bilingual } from '../api-types.ts';

/**
 * Every text a routing trace can show (hop details, errors, warnings), by key, in Spanish and English, as
 * importer/diagnostic-messages.ts does for diagnostics. The routing code names a key and its parameters;
 * the wording lives only here. Messages that a real tool prints keep its wording in the English text.
 */
export const HOP_TEXTS = {
  // The request line reads the same in both languages.
  'client-request': (p: { line: string }) => ({ es: p.line, en: p.line }),
  'source-pod-missing': (p: { ns: string; name: string }) => ({
    es: `El Pod de origen ${p.ns}/${p.name} no existe o no tiene IP.`,
    en: `Source Pod ${p.ns}/${p.name} does not exist or has no IP.`,
  }),
  'headless-no-pods': (p: { service: string }) => ({
    es: `El Service headless ${p.service} no tiene Pods listos: el DNS no devuelve direcciones.`,
    en: `Headless Service ${p.service} has no ready Pods: DNS returns no addresses.`,
  }),
  'dns-headless': (p: { ip: string }) => ({
    es: `Service headless: CoreDNS devuelve las IPs de los Pods; se usa ${p.ip}.`,
    en: `Headless Service: CoreDNS returns the Pod IPs; using ${p.ip}.`,
  }),
  'dns-cluster-ip': (p: { host: string; ip: string }) => ({
    es: `CoreDNS resuelve ${p.host} a la ClusterIP ${p.ip}.`,
    en: `CoreDNS resolves ${p.host} to ClusterIP ${p.ip}.`,
  }),
  'kube-proxy-cluster-ip': () => ({
    es: 'kube-proxy: regla DNAT de la ClusterIP hacia un endpoint listo elegido al azar.',
    en: 'kube-proxy: ClusterIP DNAT rule to a ready endpoint chosen at random.',
  }),
  'pod-port-refused': (p: { host: string; port: number }) => ({
    es: `Conexión rechazada: nada escucha en ${p.host}:${p.port}.`,
    en: `Connection refused: nothing listens on ${p.host}:${p.port}.`,
  }),
  'unresolvable-in-cluster': (p: { host: string }) => ({
    es: `No se pudo resolver ${p.host} dentro del clúster.`,
    en: `Could not resolve ${p.host} inside the cluster.`,
  }),
  'cluster-internal-ip': (p: { host: string }) => ({
    es: `${p.host} es una IP interna del clúster: desde fuera no se alcanza (usa NodePort, LoadBalancer o Ingress).`,
    en: `${p.host} is a cluster-internal IP: unreachable from outside (use a NodePort, LoadBalancer or Ingress).`,
  }),
  'no-nodes': () => ({ es: 'El clúster no tiene nodos.', en: 'The cluster has no nodes.' }),
  'dns-assumed-node': (p: { host: string; node: string; ip: string }) => ({
    es: `Se supone que el DNS de ${p.host} apunta al nodo ${p.node} (${p.ip}).`,
    en: `Assuming ${p.host}'s DNS record points at node ${p.node} (${p.ip}).`,
  }),
  'node-timeout': (p: { node: string }) => ({
    es: `Tiempo agotado: el nodo ${p.node} no responde.`,
    en: `Timed out: node ${p.node} does not answer.`,
  }),
  'node-port-refused': (p: { node: string; ip: string; port: number }) => ({
    es: `Conexión rechazada: nada escucha en ${p.node} (${p.ip}):${p.port}. Los NodePort van de 30000 a 32767.`,
    en: `Connection refused: nothing listens on ${p.node} (${p.ip}):${p.port}. NodePorts range from 30000 to 32767.`,
  }),
  'local-no-endpoint': (p: { node: string; service: string }) => ({
    es: `Descartado: ${p.node} no tiene endpoints listos de ${p.service} y la política es Local.`,
    en: `Dropped: ${p.node} has no ready endpoint of ${p.service} and the policy is Local.`,
  }),
  'no-ready-endpoints': (p: { service: string }) => ({
    es: `Conexión rechazada: ${p.service} no tiene endpoints listos.`,
    en: `Connection refused: ${p.service} has no ready endpoints.`,
  }),
  'traefik-node-timeout': (p: { node: string }) => ({
    es: `Tiempo agotado: el Pod de Traefik está en ${p.node}, que no responde.`,
    en: `Timed out: the Traefik Pod is on ${p.node}, which does not answer.`,
  }),
  'traefik-mode-traefik': () => ({ es: 'Traefik 3 por defecto', en: 'Traefik 3 default' }),
  'traefik-mode-conformant': () => ({ es: 'conforme a la especificación', en: 'spec-conformant' }),
  'ingress-controller': (p: { mode: Bilingual }) => ({
    es: `Traefik (controlador Ingress de k3s), modo ${p.mode.es}: compara el Host y la ruta con las reglas de Ingress.`,
    en: `Traefik (k3s's Ingress controller), ${p.mode.en} mode: matches Host and path against the Ingress rules.`,
  }),
  'ingress-no-match': (p: { host: string; path: string }) => ({
    es: `Ninguna regla de Ingress coincide con ${p.host}${p.path}.`,
    en: `No Ingress rule matches ${p.host}${p.path}.`,
  }),
  'ingress-404': () => ({
    es: 'Sin coincidencias: 404 page not found.',
    en: 'No match: 404 page not found.',
  }),
  'ingress-no-tls': (p: { ingress: string; host: string }) => ({
    es: `El Ingress ${p.ingress} no tiene tls para ${p.host}: Traefik responde con su certificado autofirmado por defecto.`,
    en: `Ingress ${p.ingress} has no tls entry for ${p.host}: Traefik answers with its default self-signed certificate.`,
  }),
  'ingress-backend-missing': (p: { service: string; port: number | string }) => ({
    es: `El backend ${p.service}:${p.port} no existe.`,
    en: `Backend ${p.service}:${p.port} does not exist.`,
  }),
  'ingress-503': (p: { service: string }) => ({
    es: `${p.service} no tiene endpoints listos: 503.`,
    en: `${p.service} has no ready endpoints: 503.`,
  }),
  'pod-node-timeout': (p: { node: string }) => ({
    es: `Tiempo agotado: el Pod está en ${p.node}, que no responde.`,
    en: `Timed out: the Pod is on ${p.node}, which does not answer.`,
  }),
  'pod-port-undeclared': (p: { port: number }) => ({
    es: `Conexión rechazada: el Pod no declara el puerto ${p.port}.`,
    en: `Connection refused: the Pod declares no port ${p.port}.`,
  }),
  'backend-answer': (p: { status: number }) => ({
    es: `Respuesta ${p.status} del Pod.`,
    en: `Pod answered ${p.status}.`,
  }),
  'node-port-hop': (p: { port: number; service: string }) => ({
    es: `NodePort ${p.port} del Service ${p.service}, abierto en todos los nodos.`,
    en: `NodePort ${p.port} of Service ${p.service}, open on every node.`,
  }),
  'load-balancer-hop': (p: { node: string; port: number; service: string }) => ({
    es: `ServiceLB de k3s (svclb) en ${p.node}: el puerto ${p.port} del Service ${p.service}.`,
    en: `k3s ServiceLB (svclb) on ${p.node}: port ${p.port} of Service ${p.service}.`,
  }),
  'kube-proxy-local': () => ({
    es: 'kube-proxy, externalTrafficPolicy Local: solo endpoints de este nodo; se conserva la IP del cliente.',
    en: 'kube-proxy, externalTrafficPolicy Local: only endpoints on this node; the client IP is kept.',
  }),
  'kube-proxy-cluster': (p: { ip: string }) => ({
    es: `kube-proxy, externalTrafficPolicy Cluster: cualquier endpoint listo; SNAT a la IP del nodo ${p.ip}.`,
    en: `kube-proxy, externalTrafficPolicy Cluster: any ready endpoint; SNAT to node IP ${p.ip}.`,
  }),
  'endpoint-hop': (p: { service: string; node: string }) => ({
    es: `Endpoint listo de ${p.service} en el nodo ${p.node} (EndpointSlice).`,
    en: `Ready endpoint of ${p.service} on node ${p.node} (EndpointSlice).`,
  }),
  'pod-hop': (p: { pod: string; ip: string; node: string; port: number }) => ({
    es: `Pod ${p.pod} (${p.ip}) en ${p.node}, puerto del contenedor ${p.port}.`,
    en: `Pod ${p.pod} (${p.ip}) on ${p.node}, container port ${p.port}.`,
  }),
  'service-hop': (p: {
    service: string;
    type: string;
    clusterIP: string;
    port: number;
    targetPort: number | string;
    ready: number;
  }) => ({
    es: `Service ${p.service} (${p.type}, ClusterIP ${p.clusterIP}) puerto ${p.port} → targetPort ${p.targetPort}: ${p.ready} endpoint(s) listo(s).`,
    en: `Service ${p.service} (${p.type}, ClusterIP ${p.clusterIP}) port ${p.port} → targetPort ${p.targetPort}: ${p.ready} ready endpoint(s).`,
  }),
  'ingress-default-backend': (p: { ingress: string }) => ({
    es: `Ninguna regla coincide: responde el defaultBackend de ${p.ingress}.`,
    en: `No rule matches: the defaultBackend of ${p.ingress} answers.`,
  }),
  'ingress-conformant-rule': (p: { host: string; path: string; pathType: string; ingress: string }) => ({
    es: `Regla ${p.host} ${p.path} (${p.pathType}) de ${p.ingress}: host más preciso, ruta más larga, Exact antes que Prefix (especificación de Kubernetes).`,
    en: `Rule ${p.host} ${p.path} (${p.pathType}) of ${p.ingress}: most precise host, longest path, Exact before Prefix (Kubernetes spec).`,
  }),
  'traefik-router': (p: { rule: string; priority: number; ingress: string }) => ({
    es: `Router de Traefik ${p.rule} (prioridad ${p.priority} = longitud de la regla) de ${p.ingress}.`,
    en: `Traefik router ${p.rule} (priority ${p.priority} = rule length) of ${p.ingress}.`,
  }),
  'async-backend': () => ({
    es: 'El backend de este Pod es asíncrono: usa routeRequestAsync.',
    en: "This Pod's backend is asynchronous: use routeRequestAsync.",
  }),
  'handler-failed': (p: { text: string }) => ({
    es: `El manejador del Pod falló: ${p.text}`,
    en: `The Pod's handler failed: ${p.text}`,
  }),
  'no-answer': () => ({ es: 'Sin respuesta.', en: 'No answer.' }),
} satisfies Record<string, (p: never) => Bilingual>;

/** A key of the hop text table. */
export type HopTextKey = keyof typeof HOP_TEXTS;

/** The Spanish and English text of a key with its parameters. */
export function hopText<K extends HopTextKey>(
  key: K,
  ...params: Parameters<(typeof HOP_TEXTS)[K]>
): Bilingual {
  return (HOP_TEXTS[key] as (p: unknown) => Bilingual)(params[0]);
}
