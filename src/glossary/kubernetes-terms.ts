/** Glossary entries for Kubernetes: its components and objects (lesson 5) and networking (lesson 6). */
import type { GlossaryEntry } from './glossary-entry.ts';

/** Kubernetes architecture, objects and networking terms. */
export const KUBERNETES_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'kubernetes',
    lesson: 'kubernetes',
    es: {
      term: 'Kubernetes',
      definition:
        'Orquestador de contenedores: guarda el estado que deseas (por ejemplo, tres copias de nginx) y sus bucles de control corrigen sin descanso cualquier diferencia con lo que realmente hay.',
    },
    en: {
      term: 'Kubernetes',
      definition:
        'A container orchestrator: it stores the state you want (say, three copies of nginx) and its control loops tirelessly fix any difference from what actually exists.',
    },
  },
  {
    id: 'control-plane',
    lesson: 'kubernetes',
    es: {
      term: 'Plano de control',
      definition:
        'Los componentes que toman las decisiones del clúster: kube-apiserver, etcd, kube-scheduler y kube-controller-manager.',
    },
    en: {
      term: 'Control plane',
      definition:
        "The components that make the cluster's decisions: kube-apiserver, etcd, kube-scheduler and kube-controller-manager.",
    },
  },
  {
    id: 'kube-apiserver',
    lesson: 'kubernetes',
    es: {
      term: 'kube-apiserver',
      definition:
        'La API REST del clúster y su única puerta: valida cada objeto antes de aceptarlo y es el único componente que lee y escribe en etcd.',
    },
    en: {
      term: 'kube-apiserver',
      definition:
        "The cluster's REST API and its one front door: it validates every object before accepting it and is the only component that reads and writes etcd.",
    },
  },
  {
    id: 'etcd',
    lesson: 'kubernetes',
    es: {
      term: 'etcd',
      definition:
        'Base de datos clave-valor distribuida donde vive el estado del clúster. k3s usa por defecto SQLite a través de kine en su lugar.',
    },
    en: {
      term: 'etcd',
      definition:
        "The distributed key-value database holding the cluster's state. k3s uses SQLite through kine instead, by default.",
    },
  },
  {
    id: 'kube-scheduler',
    lesson: 'kubernetes',
    es: {
      term: 'kube-scheduler',
      definition:
        'Asigna cada Pod nuevo a un nodo en dos fases: filtrado (qué nodos pueden alojarlo) y puntuación (cuál es mejor). Si ningún nodo pasa el filtro, el Pod queda en Pending.',
    },
    en: {
      term: 'kube-scheduler',
      definition:
        'Assigns every new Pod to a node in two phases: filtering (which nodes can take it) and scoring (which one is best). If no node passes the filter, the Pod stays Pending.',
    },
  },
  {
    id: 'controller-manager',
    lesson: 'kubernetes',
    es: {
      term: 'kube-controller-manager',
      definition:
        'Reúne los bucles de control del clúster: Deployments, ReplicaSets, nodos, EndpointSlices y otros, cada uno acercando lo que hay a lo deseado.',
    },
    en: {
      term: 'kube-controller-manager',
      definition:
        "Bundles the cluster's control loops: Deployments, ReplicaSets, nodes, EndpointSlices and more, each one moving what exists towards what is wanted.",
    },
  },
  {
    id: 'kubelet',
    lesson: 'kubernetes',
    es: {
      term: 'kubelet',
      definition:
        'Agente de cada nodo: arranca los contenedores de los Pods asignados al nodo a través del runtime, ejecuta sus sondas e informa de su estado al apiserver. Escucha en el puerto 10250.',
    },
    en: {
      term: 'kubelet',
      definition:
        "Every node's agent: it starts the containers of the Pods assigned to the node through the runtime, runs their probes and reports their status to the apiserver. It listens on port 10250.",
    },
  },
  {
    id: 'kube-proxy',
    lesson: 'kubernetes',
    es: {
      term: 'kube-proxy',
      definition:
        'Programa de cada nodo que traduce los Services en reglas de red (iptables por defecto, o nftables; IPVS está obsoleto desde 1.35) para que el tráfico dirigido a un Service llegue a uno de sus Pods listos.',
    },
    en: {
      term: 'kube-proxy',
      definition:
        'A program on every node that turns Services into network rules (iptables by default, or nftables; IPVS is deprecated since 1.35) so that traffic sent to a Service reaches one of its ready Pods.',
    },
  },
  {
    id: 'container-runtime',
    lesson: 'kubernetes',
    es: {
      term: 'Runtime de contenedores',
      definition:
        'Programa que crea y ejecuta los contenedores en un nodo, como containerd (el de k3s) o CRI-O; el kubelet le habla a través de la interfaz CRI.',
    },
    en: {
      term: 'Container runtime',
      definition:
        "The program that creates and runs containers on a node, such as containerd (k3s's) or CRI-O; the kubelet talks to it through the CRI interface.",
    },
  },
  {
    id: 'pod',
    lesson: 'kubernetes',
    es: {
      term: 'Pod',
      definition:
        'Unidad mínima que se despliega: uno o varios contenedores que comparten IP y volúmenes y van siempre juntos al mismo nodo. Es efímero: si muere, lo sustituye otro con otra IP.',
    },
    en: {
      term: 'Pod',
      definition:
        'The smallest thing you deploy: one or more containers that share an IP and volumes and always land on the same node together. It is ephemeral: if it dies, another one with another IP replaces it.',
    },
  },
  {
    id: 'deployment',
    lesson: 'kubernetes',
    es: {
      term: 'Deployment',
      definition:
        'Objeto que mantiene un número de réplicas de una plantilla de Pod a través de un ReplicaSet y hace actualizaciones progresivas cuando cambias la plantilla.',
    },
    en: {
      term: 'Deployment',
      definition:
        'An object that keeps a number of replicas of a Pod template through a ReplicaSet and performs rolling updates when you change the template.',
    },
  },
  {
    id: 'replicaset',
    lesson: 'kubernetes',
    es: {
      term: 'ReplicaSet',
      definition:
        'Objeto que crea o borra Pods hasta que haya exactamente el número de réplicas pedido; normalmente lo gestiona un Deployment.',
    },
    en: {
      term: 'ReplicaSet',
      definition:
        'An object that creates or deletes Pods until exactly the requested number of replicas exists; usually managed by a Deployment.',
    },
  },
  {
    id: 'namespace',
    lesson: 'kubernetes',
    es: {
      term: 'Namespace',
      definition:
        'Partición lógica del clúster que separa nombres, permisos y cuotas, como default, kube-system, openfaas u openfaas-fn.',
    },
    en: {
      term: 'Namespace',
      definition:
        'A logical partition of the cluster that separates names, permissions and quotas, such as default, kube-system, openfaas or openfaas-fn.',
    },
  },
  {
    id: 'volume',
    lesson: 'kubernetes',
    es: {
      term: 'Volume',
      definition:
        'Directorio que montan los contenedores de un Pod. Un emptyDir vive lo que el Pod; un PersistentVolumeClaim pide almacenamiento que sobrevive al Pod.',
    },
    en: {
      term: 'Volume',
      definition:
        "A directory mounted by a Pod's containers. An emptyDir lives as long as the Pod; a PersistentVolumeClaim asks for storage that outlives the Pod.",
    },
  },
  {
    id: 'configmap',
    lesson: 'capstone',
    es: {
      term: 'ConfigMap',
      definition:
        'Objeto que guarda datos de configuración no secretos como pares clave-valor; un Pod puede leerlos como variables de entorno o montarlos como archivos.',
    },
    en: {
      term: 'ConfigMap',
      definition:
        'An object that stores non-secret configuration data as key-value pairs; a Pod can read them as environment variables or mount them as files.',
    },
  },
  {
    id: 'secret',
    lesson: 'openfaas-on-kubernetes',
    es: {
      term: 'Secret',
      definition:
        'Objeto para datos sensibles, como la contraseña basic-auth del gateway de OpenFaaS. Sus valores van codificados en base64, que no es cifrado.',
    },
    en: {
      term: 'Secret',
      definition:
        "An object for sensitive data, such as the OpenFaaS gateway's basic-auth password. Its values are base64-encoded, which is not encryption.",
    },
  },
  {
    id: 'label-selector',
    lesson: 'kubernetes',
    es: {
      term: 'Etiqueta y selector',
      definition:
        'Las etiquetas son pares clave-valor en metadata (app: nginx); un selector elige objetos por sus etiquetas. Así sabe un Service o un Deployment qué Pods son suyos.',
    },
    en: {
      term: 'Label and selector',
      definition:
        'Labels are key-value pairs in metadata (app: nginx); a selector picks objects by their labels. That is how a Service or a Deployment knows which Pods are its own.',
    },
  },
  {
    id: 'manifest',
    lesson: 'kubernetes',
    es: {
      term: 'Manifiesto',
      definition:
        'Archivo YAML (o JSON) que describe un objeto con apiVersion, kind, metadata y spec; el status lo rellena el clúster.',
    },
    en: {
      term: 'Manifest',
      definition:
        'A YAML (or JSON) file describing an object with apiVersion, kind, metadata and spec; the cluster fills in the status.',
    },
  },
  {
    id: 'kubectl',
    lesson: 'kubernetes',
    es: {
      term: 'kubectl',
      definition:
        'Cliente de línea de órdenes de la API de Kubernetes: get, describe, apply, logs, exec, port-forward, delete…',
    },
    en: {
      term: 'kubectl',
      definition:
        "The Kubernetes API's command-line client: get, describe, apply, logs, exec, port-forward, delete…",
    },
  },
  {
    id: 'readiness-probe',
    lesson: 'services',
    es: {
      term: 'Sonda de disponibilidad (readiness)',
      definition:
        'Comprobación periódica que decide si un Pod puede recibir tráfico; si falla, el Pod sale de los endpoints de sus Services sin reiniciarse.',
    },
    en: {
      term: 'Readiness probe',
      definition:
        "A periodic check that decides whether a Pod may receive traffic; if it fails, the Pod drops out of its Services' endpoints without being restarted.",
    },
  },
  {
    id: 'service',
    lesson: 'services',
    es: {
      term: 'Service',
      definition:
        'Nombre DNS e IP virtual estables delante de un conjunto cambiante de Pods elegidos por etiquetas; reparte las conexiones entre los que están listos.',
    },
    en: {
      term: 'Service',
      definition:
        'A stable DNS name and virtual IP in front of a changing set of Pods chosen by labels; it spreads connections across the ready ones.',
    },
  },
  {
    id: 'endpointslice',
    lesson: 'services',
    es: {
      term: 'EndpointSlice',
      definition:
        'Objeto que lista las direcciones de los Pods detrás de un Service y si están listos; lo mantiene un controlador y lo leen kube-proxy y los controladores de Ingress.',
    },
    en: {
      term: 'EndpointSlice',
      definition:
        'An object listing the addresses of the Pods behind a Service and whether they are ready; a controller maintains it and kube-proxy and Ingress controllers read it.',
    },
  },
  {
    id: 'clusterip',
    lesson: 'services',
    es: {
      term: 'ClusterIP',
      definition:
        'Tipo de Service por defecto: una IP virtual (en k3s, del rango 10.43.0.0/16) alcanzable solo desde dentro del clúster.',
    },
    en: {
      term: 'ClusterIP',
      definition:
        'The default Service type: a virtual IP (on k3s, from the 10.43.0.0/16 range) reachable only from inside the cluster.',
    },
  },
  {
    id: 'nodeport',
    lesson: 'services',
    es: {
      term: 'NodePort',
      definition:
        'Tipo de Service que abre el mismo puerto, del rango 30000–32767, en todos los nodos, y reenvía a un Pod listo aunque el nodo no tenga ninguno.',
    },
    en: {
      term: 'NodePort',
      definition:
        'A Service type that opens the same port, from the 30000–32767 range, on every node, and forwards to a ready Pod even if that node has none.',
    },
  },
  {
    id: 'loadbalancer',
    lesson: 'services',
    es: {
      term: 'LoadBalancer',
      definition:
        'Tipo de Service que pide una IP externa a un balanceador de carga; se construye sobre un NodePort. En k3s lo implementa ServiceLB con las IP de los nodos.',
    },
    en: {
      term: 'LoadBalancer',
      definition:
        "A Service type that asks a load balancer for an external IP; it is built on a NodePort. On k3s, ServiceLB implements it with the nodes' IPs.",
    },
  },
  {
    id: 'external-traffic-policy',
    lesson: 'services',
    es: {
      term: 'externalTrafficPolicy',
      definition:
        'Campo de los Services NodePort y LoadBalancer. Cluster (por defecto) reenvía desde cualquier nodo con SNAT; Local solo atiende en nodos con un Pod listo y conserva la IP del cliente.',
    },
    en: {
      term: 'externalTrafficPolicy',
      definition:
        "A field of NodePort and LoadBalancer Services. Cluster (the default) forwards from any node with SNAT; Local only serves on nodes with a ready Pod and keeps the client's IP.",
    },
  },
  {
    id: 'ingress',
    lesson: 'services',
    es: {
      term: 'Ingress',
      definition:
        'Objeto con reglas HTTP por host y ruta para un proxy inverso compartido: una IP y un puerto delante de muchos Services. Lo hace cumplir un controlador de Ingress.',
    },
    en: {
      term: 'Ingress',
      definition:
        'An object with HTTP rules by host and path for a shared reverse proxy: one IP and one port in front of many Services. An Ingress controller carries it out.',
    },
  },
  {
    id: 'ingress-controller',
    lesson: 'services',
    es: {
      term: 'Controlador de Ingress',
      definition:
        'Proxy inverso que lee los Ingress y enruta el tráfico según sus reglas: Traefik (el que trae k3s), Contour, HAProxy o Istio; ingress-nginx se retiró en marzo de 2026.',
    },
    en: {
      term: 'Ingress controller',
      definition:
        'A reverse proxy that reads Ingresses and routes traffic by their rules: Traefik (the one k3s ships), Contour, HAProxy or Istio; ingress-nginx was retired in March 2026.',
    },
  },
  {
    id: 'path-type',
    lesson: 'services',
    es: {
      term: 'pathType',
      definition:
        'Cómo compara un Ingress la ruta: Exact (idéntica), Prefix (por elementos separados por /) o ImplementationSpecific (lo que decida el controlador). Es obligatorio en networking.k8s.io/v1.',
    },
    en: {
      term: 'pathType',
      definition:
        'How an Ingress compares the path: Exact (identical), Prefix (element by element, split on /) or ImplementationSpecific (whatever the controller decides). Required in networking.k8s.io/v1.',
    },
  },
  {
    id: 'hpa',
    lesson: 'openfaas-on-kubernetes',
    es: {
      term: 'HorizontalPodAutoscaler (HPA)',
      definition:
        'Objeto de Kubernetes que ajusta las réplicas de un Deployment según una métrica: réplicas deseadas = ⌈réplicas actuales × valor actual / valor objetivo⌉. No baja de una réplica.',
    },
    en: {
      term: 'HorizontalPodAutoscaler (HPA)',
      definition:
        "A Kubernetes object that adjusts a Deployment's replicas by a metric: desired replicas = ⌈current replicas × current value / target value⌉. It does not go below one replica.",
    },
  },
];
