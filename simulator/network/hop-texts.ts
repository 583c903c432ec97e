import type { Bilingual } from '../../core/index.ts';

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
    es: `${p.host} es una IP interna del clúster: fuera del clúster no hay ruta hacia ella (usa NodePort, LoadBalancer o Ingress).`,
    en: `${p.host} is a cluster-internal IP: outside the cluster there is no route to it (use a NodePort, LoadBalancer or Ingress).`,
  }),
  'no-nodes': () => ({ es: 'El clúster no tiene nodos.', en: 'The cluster has no nodes.' }),
  'dns-assumed-node': (p: { host: string; node: string; ip: string }) => ({
    es: `Se supone que el DNS de ${p.host} apunta al nodo ${p.node} (${p.ip}).`,
    en: `Assuming ${p.host}'s DNS record points at node ${p.node} (${p.ip}).`,
  }),
  'node-timeout': (p: { node: string }) => ({
    es: `El nodo ${p.node} está caído y no responde.`,
    en: `Node ${p.node} is down and does not answer.`,
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
    es: `El Pod de Traefik está en ${p.node}, que está caído.`,
    en: `The Traefik Pod is on ${p.node}, which is down.`,
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
    es: `El Pod está en ${p.node}, que está caído.`,
    en: `The Pod is on ${p.node}, which is down.`,
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
  'client-timeout': (p: { why: Bilingual; seconds: number }) => ({
    es: `${p.why.es} Nadie contesta: el cliente agota su espera de ${p.seconds} s.`,
    en: `${p.why.en} Nothing answers: the client gives up after its ${p.seconds} s timeout.`,
  }),
  'no-such-host': (p: { host: string }) => ({
    es: `Ninguna máquina tiene la IP ${p.host}: una IP no pasa por DNS, así que ni un nodo ni Traefik llegan a verla.`,
    en: `No machine has IP ${p.host}: an IP needs no DNS, so neither a node nor Traefik ever sees the packet.`,
  }),
  'svclb-local-drop': (p: { node: string; service: string; nodePort: number }) => ({
    es: `Descartado: el svclb de ${p.node} reenvía a la IP del nodo:${p.nodePort} (NodePort), y kube-proxy descarta el paquete porque ${p.node} no tiene endpoints listos de ${p.service} y la política es Local.`,
    en: `Dropped: ${p.node}'s svclb forwards to the node IP:${p.nodePort} (NodePort), and kube-proxy drops the packet because ${p.node} has no ready endpoint of ${p.service} and the policy is Local.`,
  }),
  'packet-client': () => ({
    es: 'El cliente abre la conexión desde un puerto efímero (32768–60999 en Linux).',
    en: 'The client opens the connection from an ephemeral port (32768–60999 on Linux).',
  }),
  'packet-dns': () => ({
    es: 'Consulta DNS por UDP al Service kube-dns (10.43.0.10:53), que kube-proxy lleva a un Pod de CoreDNS.',
    en: 'DNS query over UDP to the kube-dns Service (10.43.0.10:53), which kube-proxy sends to a CoreDNS Pod.',
  }),
  'packet-at-node': (p: { node: string }) => ({
    es: `El paquete llega a ${p.node} sin cambios; las reglas de kube-proxy lo reescriben en PREROUTING.`,
    en: `The packet reaches ${p.node} unchanged; kube-proxy's rules rewrite it in PREROUTING.`,
  }),
  'packet-dnat': (p: { to: string }) => ({
    es: `DNAT de kube-proxy: el destino pasa a ser el endpoint elegido ${p.to}; el origen no cambia.`,
    en: `kube-proxy DNAT: the destination becomes the chosen endpoint ${p.to}; the source is kept.`,
  }),
  'packet-dnat-masquerade': (p: { to: string; node: string }) => ({
    es: `DNAT de kube-proxy al endpoint ${p.to}, y masquerade (SNAT) a la IP del nodo ${p.node}: cliente externo con externalTrafficPolicy Cluster, para que la respuesta vuelva por este nodo.`,
    en: `kube-proxy DNAT to endpoint ${p.to}, and masquerade (SNAT) to node IP ${p.node}: an external client with externalTrafficPolicy Cluster, so the reply comes back through this node.`,
  }),
  'packet-no-rewrite': () => ({
    es: 'Sin reescritura: el paquete sigue igual.',
    en: 'No rewrite: the packet goes on unchanged.',
  }),
  'packet-service': () => ({
    es: 'Un Service no es una máquina: son las reglas de kube-proxy que acaban de reescribir el paquete.',
    en: "A Service is no machine: it is kube-proxy's rules, which have just rewritten the packet.",
  }),
  'packet-traefik-service': () => ({
    es: 'Traefik lee los endpoints del Service y marca directamente la IP de un Pod: ninguna regla de kube-proxy toca este paquete.',
    en: "Traefik reads the Service's endpoints and dials a Pod IP directly: no kube-proxy rule touches this packet.",
  }),
  'packet-vxlan': (p: { from: string; to: string }) => ({
    es: `El Pod está en otro nodo: flannel envuelve el paquete en VXLAN (UDP 8472, VNI 1) de ${p.from} a ${p.to}; dentro siguen las IPs de Pod.`,
    en: `The Pod is on another node: flannel wraps the packet in VXLAN (UDP 8472, VNI 1) from ${p.from} to ${p.to}; the Pod IPs stay inside.`,
  }),
  'packet-same-node': () => ({
    es: 'El Pod está en este mismo nodo: el paquete va por el bridge cni0, sin túnel.',
    en: 'The Pod is on this same node: the packet goes over the cni0 bridge, no tunnel.',
  }),
  'packet-pod': () => ({
    es: 'El Pod recibe el paquete (flannel.1 lo desenvolvió si venía por VXLAN).',
    en: 'The Pod receives the packet (flannel.1 unwrapped it if it came over VXLAN).',
  }),
  'packet-proxy': () => ({
    es: 'Traefik termina la conexión HTTP y abre otra desde su propia IP de Pod hacia el endpoint (la IP del cliente va en X-Forwarded-For).',
    en: 'Traefik ends the HTTP connection and opens another from its own Pod IP to the endpoint (the client IP travels in X-Forwarded-For).',
  }),
  'packet-reply-nat': () => ({
    es: 'Respuesta: conntrack deshace el NAT, así que el cliente la recibe desde la dirección a la que envió.',
    en: 'Reply: conntrack undoes the NAT, so the client gets it from the address it sent to.',
  }),
  'packet-reply': () => ({
    es: 'Respuesta: vuelve con origen y destino intercambiados; no hubo NAT que deshacer.',
    en: 'Reply: it comes back with source and destination swapped; there was no NAT to undo.',
  }),
  'policy-ingress-denied': (p: { pod: string; policies: string; from: string; port: number }) => ({
    es: `NetworkPolicy: ${p.pod} está seleccionado para Ingress por ${p.policies} y ninguna regla permite ${p.from} al puerto ${p.port}; el controlador de políticas de k3s (kube-router) descarta el paquete.`,
    en: `NetworkPolicy: ${p.pod} is selected for Ingress by ${p.policies} and no rule allows ${p.from} to port ${p.port}; k3s's policy controller (kube-router) drops the packet.`,
  }),
  'policy-egress-denied': (p: { pod: string; policies: string; to: string }) => ({
    es: `NetworkPolicy: ${p.pod} está seleccionado para Egress por ${p.policies} y ninguna regla permite salir hacia ${p.to}; kube-router descarta el paquete.`,
    en: `NetworkPolicy: ${p.pod} is selected for Egress by ${p.policies} and no rule allows it out to ${p.to}; kube-router drops the packet.`,
  }),
  'egress-outside': (p: { ip: string; node: string }) => ({
    es: `${p.ip} está fuera del clúster: el paquete sale enmascarado con la IP del nodo ${p.node}, pero el clúster simulado no tiene Internet y nadie contesta.`,
    en: `${p.ip} is outside the cluster: the packet leaves masqueraded to node IP ${p.node}, but the simulated cluster has no Internet and nothing answers.`,
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
