/** Glossary entries for k3s (lesson 7) and for moving an app from Docker Compose (lesson 8). */
import type { GlossaryEntry } from './glossary-entry.ts';

/** k3s and Compose-to-Kubernetes terms. */
export const K3S_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'k3s',
    lesson: 'k3s',
    es: {
      term: 'k3s',
      definition:
        'Distribución de Kubernetes certificada y ligera: un solo binario de menos de 100 MB que corre con 512 MB de RAM e incluye containerd, Flannel, CoreDNS, Traefik, ServiceLB y local-path-provisioner.',
    },
    en: {
      term: 'k3s',
      definition:
        'A certified, lightweight Kubernetes distribution: a single binary under 100 MB that runs in 512 MB of RAM and bundles containerd, Flannel, CoreDNS, Traefik, ServiceLB and local-path-provisioner.',
    },
  },
  {
    id: 'k3s-server',
    lesson: 'k3s',
    es: {
      term: 'Servidor k3s',
      definition:
        'Nodo de k3s que ejecuta el plano de control (y, por defecto, también Pods). Se instala con curl -sfL https://get.k3s.io | sh -.',
    },
    en: {
      term: 'k3s server',
      definition:
        'A k3s node that runs the control plane (and, by default, Pods too). Installed with curl -sfL https://get.k3s.io | sh -.',
    },
  },
  {
    id: 'k3s-agent',
    lesson: 'k3s',
    es: {
      term: 'Agente k3s',
      definition:
        'Nodo de trabajo de k3s; se une al servidor instalándolo con las variables K3S_URL (https://servidor:6443) y K3S_TOKEN.',
    },
    en: {
      term: 'k3s agent',
      definition:
        'A k3s worker node; it joins the server when installed with the K3S_URL (https://server:6443) and K3S_TOKEN variables.',
    },
  },
  {
    id: 'node-token',
    lesson: 'k3s',
    es: {
      term: 'Token de nodo',
      definition:
        'Secreto que un agente presenta para unirse al clúster; en el servidor está en /var/lib/rancher/k3s/server/node-token.',
    },
    en: {
      term: 'Node token',
      definition:
        'The secret an agent presents to join the cluster; on the server it lives at /var/lib/rancher/k3s/server/node-token.',
    },
  },
  {
    id: 'kubeconfig',
    lesson: 'k3s',
    es: {
      term: 'kubeconfig',
      definition:
        'Archivo con la dirección del clúster y las credenciales que usa kubectl. En k3s está en /etc/rancher/k3s/k3s.yaml y da acceso total: trátalo como una contraseña.',
    },
    en: {
      term: 'kubeconfig',
      definition:
        'The file holding the cluster address and credentials kubectl uses. On k3s it is /etc/rancher/k3s/k3s.yaml and it grants full access: treat it like a password.',
    },
  },
  {
    id: 'kine',
    lesson: 'k3s',
    es: {
      term: 'kine',
      definition:
        'Capa de k3s que habla el protocolo de etcd hacia el apiserver y guarda los datos en SQLite (u otra base de datos).',
    },
    en: {
      term: 'kine',
      definition:
        'The k3s layer that speaks the etcd protocol to the apiserver and stores the data in SQLite (or another database).',
    },
  },
  {
    id: 'flannel',
    lesson: 'k3s',
    es: {
      term: 'Flannel',
      definition:
        'Red de Pods que trae k3s: da a cada nodo una subred /24 de 10.42.0.0/16 y lleva el tráfico entre nodos por VXLAN en el puerto UDP 8472.',
    },
    en: {
      term: 'Flannel',
      definition:
        'The Pod network k3s ships: it gives each node a /24 subnet of 10.42.0.0/16 and carries traffic between nodes over VXLAN on UDP port 8472.',
    },
  },
  {
    id: 'coredns',
    lesson: 'k3s',
    es: {
      term: 'CoreDNS',
      definition:
        'Servidor DNS del clúster (10.43.0.10 en k3s) que resuelve nombres como my-app.default.svc.cluster.local.',
    },
    en: {
      term: 'CoreDNS',
      definition:
        "The cluster's DNS server (10.43.0.10 on k3s), which resolves names such as my-app.default.svc.cluster.local.",
    },
  },
  {
    id: 'traefik',
    lesson: 'services',
    es: {
      term: 'Traefik',
      definition:
        'Proxy inverso y controlador de Ingress por defecto de k3s (IngressClass traefik, puertos 80 y 443). Con su configuración por defecto trata Prefix como un prefijo de texto.',
    },
    en: {
      term: 'Traefik',
      definition:
        "k3s's default reverse proxy and Ingress controller (IngressClass traefik, ports 80 and 443). With its default settings it treats Prefix as a string prefix.",
    },
  },
  {
    id: 'servicelb',
    lesson: 'services',
    es: {
      term: 'ServiceLB (klipper-lb)',
      definition:
        'Implementación de LoadBalancer de k3s: un DaemonSet svclb por Service que reserva su puerto en cada nodo y publica las IP de los nodos como IP externa.',
    },
    en: {
      term: 'ServiceLB (klipper-lb)',
      definition:
        "k3s's LoadBalancer implementation: one svclb DaemonSet per Service that reserves its port on every node and publishes the nodes' IPs as the external IP.",
    },
  },
  {
    id: 'local-path-provisioner',
    lesson: 'k3s',
    es: {
      term: 'local-path-provisioner',
      definition:
        'Componente de k3s que crea volúmenes persistentes en el disco del nodo (StorageClass local-path, en /var/lib/rancher/k3s/storage).',
    },
    en: {
      term: 'local-path-provisioner',
      definition:
        "The k3s component that creates persistent volumes on the node's disk (StorageClass local-path, in /var/lib/rancher/k3s/storage).",
    },
  },
  {
    id: 'docker-compose',
    lesson: 'compose-to-kubernetes',
    es: {
      term: 'Docker Compose',
      definition:
        'Herramienta que arranca varios contenedores en una máquina desde un compose.yaml; crea una red en la que cada servicio se encuentra por su nombre.',
    },
    en: {
      term: 'Docker Compose',
      definition:
        'A tool that starts several containers on one machine from a compose.yaml; it creates a network in which each service is found by its name.',
    },
  },
  {
    id: 'kompose',
    lesson: 'compose-to-kubernetes',
    es: {
      term: 'kompose',
      definition:
        'Conversor de archivos de Compose a manifiestos de Kubernetes: un Deployment por servicio y un Service solo para los servicios que declaran ports.',
    },
    en: {
      term: 'kompose',
      definition:
        'A converter from Compose files to Kubernetes manifests: a Deployment per service, and a Service only for services that declare ports.',
    },
  },
  {
    id: 'removed-api',
    lesson: 'compose-to-kubernetes',
    es: {
      term: 'API retirada',
      definition:
        'Versión de un tipo que el apiserver ya no sirve, como Ingress extensions/v1beta1 desde Kubernetes 1.22; los manifiestos que la usan deben migrar (aquí, a networking.k8s.io/v1).',
    },
    en: {
      term: 'Removed API',
      definition:
        'A version of a kind the apiserver no longer serves, such as Ingress extensions/v1beta1 since Kubernetes 1.22; manifests using it must be migrated (here, to networking.k8s.io/v1).',
    },
  },
];
