import { fillBilingual, type Bilingual, type FillValue } from '../../core/index.ts';

/**
 * Every text a routing trace can show (hop details, errors, warnings), by key, in Spanish and English, as
 * importer/diagnostic-messages.ts does for diagnostics. The routing code names a key and its parameters;
 * the wording lives only here, with `{name}` where a parameter goes (a translated parameter gives each
 * language its own text). Messages that a real tool prints keep its wording in the English text.
 */
export const HOP_TEXTS = {
  // The request line reads the same in both languages.
  'client-request': { es: '{line}', en: '{line}' },
  'source-pod-missing': {
    es: 'El Pod de origen {ns}/{name} no existe o no tiene IP.',
    en: 'Source Pod {ns}/{name} does not exist or has no IP.',
  },
  'headless-no-pods': {
    es: 'El Service headless {service} no tiene Pods listos: el DNS no devuelve direcciones.',
    en: 'Headless Service {service} has no ready Pods: DNS returns no addresses.',
  },
  'dns-headless': {
    es: 'Service headless: CoreDNS devuelve las IPs de los Pods; se usa {ip}.',
    en: 'Headless Service: CoreDNS returns the Pod IPs; using {ip}.',
  },
  'dns-cluster-ip': {
    es: 'CoreDNS resuelve {host} a la ClusterIP {ip}.',
    en: 'CoreDNS resolves {host} to ClusterIP {ip}.',
  },
  'kube-proxy-cluster-ip': {
    es: 'kube-proxy: regla DNAT de la ClusterIP hacia un endpoint listo elegido al azar.',
    en: 'kube-proxy: ClusterIP DNAT rule to a ready endpoint chosen at random.',
  },
  'pod-port-refused': {
    es: 'Conexión rechazada: nada escucha en {host}:{port}.',
    en: 'Connection refused: nothing listens on {host}:{port}.',
  },
  'unresolvable-in-cluster': {
    es: 'No se pudo resolver {host} dentro del clúster.',
    en: 'Could not resolve {host} inside the cluster.',
  },
  'cluster-internal-ip': {
    es: '{host} es una IP interna del clúster: fuera del clúster no hay ruta hacia ella (usa NodePort, LoadBalancer o Ingress).',
    en: '{host} is a cluster-internal IP: outside the cluster there is no route to it (use a NodePort, LoadBalancer or Ingress).',
  },
  'no-nodes': { es: 'El clúster no tiene nodos.', en: 'The cluster has no nodes.' },
  'dns-assumed-node': {
    es: 'Se supone que el DNS de {host} apunta al nodo {node} ({ip}).',
    en: "Assuming {host}'s DNS record points at node {node} ({ip}).",
  },
  'node-timeout': {
    es: 'El nodo {node} está caído y no responde.',
    en: 'Node {node} is down and does not answer.',
  },
  'node-port-refused': {
    es: 'Conexión rechazada: nada escucha en {node} ({ip}):{port}. Los NodePort van de 30000 a 32767.',
    en: 'Connection refused: nothing listens on {node} ({ip}):{port}. NodePorts range from 30000 to 32767.',
  },
  'local-no-endpoint': {
    es: 'Descartado: {node} no tiene endpoints listos de {service} y la política es Local.',
    en: 'Dropped: {node} has no ready endpoint of {service} and the policy is Local.',
  },
  'no-ready-endpoints': {
    es: 'Conexión rechazada: {service} no tiene endpoints listos.',
    en: 'Connection refused: {service} has no ready endpoints.',
  },
  'traefik-node-timeout': {
    es: 'El Pod de Traefik está en {node}, que está caído.',
    en: 'The Traefik Pod is on {node}, which is down.',
  },
  'traefik-mode-traefik': { es: 'Traefik 3 por defecto', en: 'Traefik 3 default' },
  'traefik-mode-conformant': { es: 'conforme a la especificación', en: 'spec-conformant' },
  'ingress-controller': {
    es: 'Traefik (controlador Ingress de k3s), modo {mode}: compara el Host y la ruta con las reglas de Ingress.',
    en: "Traefik (k3s's Ingress controller), {mode} mode: matches Host and path against the Ingress rules.",
  },
  'ingress-no-match': {
    es: 'Ninguna regla de Ingress coincide con {host}{path}.',
    en: 'No Ingress rule matches {host}{path}.',
  },
  'ingress-404': { es: 'Sin coincidencias: 404 page not found.', en: 'No match: 404 page not found.' },
  'ingress-no-tls': {
    es: 'El Ingress {ingress} no tiene tls para {host}: Traefik responde con su certificado autofirmado por defecto.',
    en: 'Ingress {ingress} has no tls entry for {host}: Traefik answers with its default self-signed certificate.',
  },
  'ingress-backend-missing': {
    es: 'El backend {service}:{port} no existe.',
    en: 'Backend {service}:{port} does not exist.',
  },
  'ingress-503': {
    es: '{service} no tiene endpoints listos: 503.',
    en: '{service} has no ready endpoints: 503.',
  },
  'pod-node-timeout': {
    es: 'El Pod está en {node}, que está caído.',
    en: 'The Pod is on {node}, which is down.',
  },
  'pod-port-undeclared': {
    es: 'Conexión rechazada: el Pod no declara el puerto {port}.',
    en: 'Connection refused: the Pod declares no port {port}.',
  },
  'backend-answer': { es: 'Respuesta {status} del Pod.', en: 'Pod answered {status}.' },
  'node-port-hop': {
    es: 'NodePort {port} del Service {service}, abierto en todos los nodos.',
    en: 'NodePort {port} of Service {service}, open on every node.',
  },
  'load-balancer-hop': {
    es: 'ServiceLB de k3s (svclb) en {node}: el puerto {port} del Service {service}.',
    en: 'k3s ServiceLB (svclb) on {node}: port {port} of Service {service}.',
  },
  'kube-proxy-local': {
    es: 'kube-proxy, externalTrafficPolicy Local: solo endpoints de este nodo; se conserva la IP del cliente.',
    en: 'kube-proxy, externalTrafficPolicy Local: only endpoints on this node; the client IP is kept.',
  },
  'kube-proxy-cluster': {
    es: 'kube-proxy, externalTrafficPolicy Cluster: cualquier endpoint listo; SNAT a la IP del nodo {ip}.',
    en: 'kube-proxy, externalTrafficPolicy Cluster: any ready endpoint; SNAT to node IP {ip}.',
  },
  'endpoint-hop': {
    es: 'Endpoint listo de {service} en el nodo {node} (EndpointSlice).',
    en: 'Ready endpoint of {service} on node {node} (EndpointSlice).',
  },
  'pod-hop': {
    es: 'Pod {pod} ({ip}) en {node}, puerto del contenedor {port}.',
    en: 'Pod {pod} ({ip}) on {node}, container port {port}.',
  },
  'service-hop': {
    es: 'Service {service} ({type}, ClusterIP {clusterIP}) puerto {port} → targetPort {targetPort}: {ready} endpoint(s) listo(s).',
    en: 'Service {service} ({type}, ClusterIP {clusterIP}) port {port} → targetPort {targetPort}: {ready} ready endpoint(s).',
  },
  'ingress-default-backend': {
    es: 'Ninguna regla coincide: responde el defaultBackend de {ingress}.',
    en: 'No rule matches: the defaultBackend of {ingress} answers.',
  },
  'ingress-conformant-rule': {
    es: 'Regla {host} {path} ({pathType}) de {ingress}: host más preciso, ruta más larga, Exact antes que Prefix (especificación de Kubernetes).',
    en: 'Rule {host} {path} ({pathType}) of {ingress}: most precise host, longest path, Exact before Prefix (Kubernetes spec).',
  },
  'traefik-router': {
    es: 'Router de Traefik {rule} (prioridad {priority} = longitud de la regla) de {ingress}.',
    en: 'Traefik router {rule} (priority {priority} = rule length) of {ingress}.',
  },
  'async-backend': {
    es: 'El backend de este Pod es asíncrono: usa routeRequestAsync.',
    en: "This Pod's backend is asynchronous: use routeRequestAsync.",
  },
  'handler-failed': { es: 'El manejador del Pod falló: {text}', en: "The Pod's handler failed: {text}" },
  'client-timeout': {
    es: '{why} Nadie contesta: el cliente agota su espera de {seconds} s.',
    en: '{why} Nothing answers: the client gives up after its {seconds} s timeout.',
  },
  'no-such-host': {
    es: 'Ninguna máquina tiene la IP {host}: una IP no pasa por DNS, así que ni un nodo ni Traefik llegan a verla.',
    en: 'No machine has IP {host}: an IP needs no DNS, so neither a node nor Traefik ever sees the packet.',
  },
  'svclb-local-drop': {
    es: 'Descartado: el svclb de {node} reenvía a la IP del nodo:{nodePort} (NodePort), y kube-proxy descarta el paquete porque {node} no tiene endpoints listos de {service} y la política es Local.',
    en: "Dropped: {node}'s svclb forwards to the node IP:{nodePort} (NodePort), and kube-proxy drops the packet because {node} has no ready endpoint of {service} and the policy is Local.",
  },
  'packet-client': {
    es: 'El cliente abre la conexión desde un puerto efímero (32768–60999 en Linux).',
    en: 'The client opens the connection from an ephemeral port (32768–60999 on Linux).',
  },
  'packet-dns': {
    es: 'Consulta DNS por UDP al Service kube-dns (10.43.0.10:53), que kube-proxy lleva a un Pod de CoreDNS.',
    en: 'DNS query over UDP to the kube-dns Service (10.43.0.10:53), which kube-proxy sends to a CoreDNS Pod.',
  },
  'packet-at-node': {
    es: 'El paquete llega a {node} sin cambios; las reglas de kube-proxy lo reescriben en PREROUTING.',
    en: "The packet reaches {node} unchanged; kube-proxy's rules rewrite it in PREROUTING.",
  },
  'packet-dnat': {
    es: 'DNAT de kube-proxy: el destino pasa a ser el endpoint elegido {to}; el origen no cambia.',
    en: 'kube-proxy DNAT: the destination becomes the chosen endpoint {to}; the source is kept.',
  },
  'packet-dnat-masquerade': {
    es: 'DNAT de kube-proxy al endpoint {to}, y masquerade (SNAT) a la IP del nodo {node}: cliente externo con externalTrafficPolicy Cluster, para que la respuesta vuelva por este nodo.',
    en: 'kube-proxy DNAT to endpoint {to}, and masquerade (SNAT) to node IP {node}: an external client with externalTrafficPolicy Cluster, so the reply comes back through this node.',
  },
  'packet-no-rewrite': {
    es: 'Sin reescritura: el paquete sigue igual.',
    en: 'No rewrite: the packet goes on unchanged.',
  },
  'packet-service': {
    es: 'Un Service no es una máquina: son las reglas de kube-proxy que acaban de reescribir el paquete.',
    en: "A Service is no machine: it is kube-proxy's rules, which have just rewritten the packet.",
  },
  'packet-traefik-service': {
    es: 'Traefik lee los endpoints del Service y marca directamente la IP de un Pod: ninguna regla de kube-proxy toca este paquete.',
    en: "Traefik reads the Service's endpoints and dials a Pod IP directly: no kube-proxy rule touches this packet.",
  },
  'packet-vxlan': {
    es: 'El Pod está en otro nodo: flannel envuelve el paquete en VXLAN (UDP 8472, VNI 1) de {from} a {to}; dentro siguen las IPs de Pod.',
    en: 'The Pod is on another node: flannel wraps the packet in VXLAN (UDP 8472, VNI 1) from {from} to {to}; the Pod IPs stay inside.',
  },
  'packet-same-node': {
    es: 'El Pod está en este mismo nodo: el paquete va por el bridge cni0, sin túnel.',
    en: 'The Pod is on this same node: the packet goes over the cni0 bridge, no tunnel.',
  },
  'packet-pod': {
    es: 'El Pod recibe el paquete (flannel.1 lo desenvolvió si venía por VXLAN).',
    en: 'The Pod receives the packet (flannel.1 unwrapped it if it came over VXLAN).',
  },
  'packet-proxy': {
    es: 'Traefik termina la conexión HTTP y abre otra desde su propia IP de Pod hacia el endpoint (la IP del cliente va en X-Forwarded-For).',
    en: 'Traefik ends the HTTP connection and opens another from its own Pod IP to the endpoint (the client IP travels in X-Forwarded-For).',
  },
  'packet-reply-nat': {
    es: 'Respuesta: conntrack deshace el NAT, así que el cliente la recibe desde la dirección a la que envió.',
    en: 'Reply: conntrack undoes the NAT, so the client gets it from the address it sent to.',
  },
  'packet-reply': {
    es: 'Respuesta: vuelve con origen y destino intercambiados; no hubo NAT que deshacer.',
    en: 'Reply: it comes back with source and destination swapped; there was no NAT to undo.',
  },
  'policy-ingress-denied': {
    es: 'NetworkPolicy: {pod} está seleccionado para Ingress por {policies} y ninguna regla permite {from} al puerto {port}; el controlador de políticas de k3s (kube-router) rechaza el paquete (iptables REJECT, ICMP port unreachable) y la conexión falla al instante.',
    en: "NetworkPolicy: {pod} is selected for Ingress by {policies} and no rule allows {from} to port {port}; k3s's policy controller (kube-router) rejects the packet (iptables REJECT, ICMP port unreachable) and the connection fails at once.",
  },
  'policy-egress-denied': {
    es: 'NetworkPolicy: {pod} está seleccionado para Egress por {policies} y ninguna regla permite salir hacia {to}; kube-router rechaza el paquete (iptables REJECT, ICMP port unreachable) y la conexión falla al instante.',
    en: 'NetworkPolicy: {pod} is selected for Egress by {policies} and no rule allows it out to {to}; kube-router rejects the packet (iptables REJECT, ICMP port unreachable) and the connection fails at once.',
  },
  'packet-policy-reject': {
    es: 'kube-router rechaza el paquete: responde con un ICMP port unreachable que lleva dentro la cabecera rechazada (conntrack lo traduce como la conexión), y el connect() del cliente falla al momento con ECONNREFUSED.',
    en: "kube-router rejects the packet: it answers with an ICMP port unreachable that carries the rejected header (conntrack translates it like the connection), and the client's connect() fails at once with ECONNREFUSED.",
  },
  'egress-outside': {
    es: '{ip} está fuera del clúster: el paquete sale enmascarado con la IP del nodo {node}, pero el clúster simulado no tiene Internet y nadie contesta.',
    en: '{ip} is outside the cluster: the packet leaves masqueraded to node IP {node}, but the simulated cluster has no Internet and nothing answers.',
  },
  'no-answer': { es: 'Sin respuesta.', en: 'No answer.' },
} as const satisfies Record<string, Bilingual>;

/** A key of the hop text table. */
export type HopTextKey = keyof typeof HOP_TEXTS;

/** The `{name}` placeholders of a template. */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters a key's texts name: each placeholder of its Spanish and English templates. */
export type HopTextParams<K extends HopTextKey> = Record<
  Placeholders<(typeof HOP_TEXTS)[K]['es'] | (typeof HOP_TEXTS)[K]['en']>,
  FillValue
>;

/** The Spanish and English text of a key with its parameters (none for a text without placeholders). */
export function hopText<K extends HopTextKey>(
  key: K,
  ...params: keyof HopTextParams<K> extends never ? [] : [HopTextParams<K>]
): Bilingual {
  return fillBilingual(HOP_TEXTS[key], params[0]);
}
