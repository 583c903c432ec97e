/**
 * What a fresh k3s server runs before the student applies anything (k3s-io/docs packaged-components.md):
 * CoreDNS, Traefik (LoadBalancer Service on 80/443 through ServiceLB, default IngressClass `traefik`),
 * metrics-server and local-path-provisioner, plus the `kubernetes` Service at 10.43.0.1.
 */
export const K3S_ADDONS_YAML = `
apiVersion: v1
kind: Service
metadata: {name: kubernetes, namespace: default, labels: {component: apiserver, provider: kubernetes}}
spec:
  clusterIP: 10.43.0.1
  ports: [{name: https, port: 443, targetPort: 6443}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system, labels: {k8s-app: kube-dns}}
spec:
  replicas: 1
  selector: {matchLabels: {k8s-app: kube-dns}}
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec:
      tolerations: [{key: CriticalAddonsOnly, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
      - name: coredns
        image: rancher/mirrored-coredns-coredns:1.14.7
        ports: [{name: dns, containerPort: 53, protocol: UDP}, {name: dns-tcp, containerPort: 53}, {name: metrics, containerPort: 9153}]
        resources: {requests: {cpu: 100m, memory: 70Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: kube-dns, namespace: kube-system, labels: {k8s-app: kube-dns}}
spec:
  clusterIP: 10.43.0.10
  selector: {k8s-app: kube-dns}
  ports: [{name: dns, port: 53, protocol: UDP, targetPort: 53}, {name: dns-tcp, port: 53, targetPort: 53}, {name: metrics, port: 9153, targetPort: 9153}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: traefik, namespace: kube-system, labels: {app.kubernetes.io/name: traefik}}
spec:
  replicas: 1
  selector: {matchLabels: {app.kubernetes.io/name: traefik, app.kubernetes.io/instance: traefik-kube-system}}
  template:
    metadata: {labels: {app.kubernetes.io/name: traefik, app.kubernetes.io/instance: traefik-kube-system}}
    spec:
      tolerations: [{key: CriticalAddonsOnly, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
      - name: traefik
        image: rancher/mirrored-library-traefik:3.7.13
        ports: [{name: web, containerPort: 8000}, {name: websecure, containerPort: 8443}, {name: metrics, containerPort: 9100}]
---
apiVersion: v1
kind: Service
metadata: {name: traefik, namespace: kube-system, labels: {app.kubernetes.io/name: traefik}}
spec:
  type: LoadBalancer
  selector: {app.kubernetes.io/name: traefik, app.kubernetes.io/instance: traefik-kube-system}
  ports: [{name: web, port: 80, targetPort: web}, {name: websecure, port: 443, targetPort: websecure}]
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: traefik, annotations: {ingressclass.kubernetes.io/is-default-class: "true"}}
spec: {controller: traefik.io/ingress-controller}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: metrics-server, namespace: kube-system, labels: {k8s-app: metrics-server}}
spec:
  replicas: 1
  selector: {matchLabels: {k8s-app: metrics-server}}
  template:
    metadata: {labels: {k8s-app: metrics-server}}
    spec:
      tolerations: [{key: CriticalAddonsOnly, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
      - name: metrics-server
        image: rancher/mirrored-metrics-server:v0.9.0
        ports: [{name: https, containerPort: 10250}]
        resources: {requests: {cpu: 100m, memory: 70Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: metrics-server, namespace: kube-system}
spec:
  selector: {k8s-app: metrics-server}
  ports: [{name: https, port: 443, targetPort: https}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: local-path-provisioner, namespace: kube-system, labels: {app: local-path-provisioner}}
spec:
  replicas: 1
  selector: {matchLabels: {app: local-path-provisioner}}
  template:
    metadata: {labels: {app: local-path-provisioner}}
    spec:
      tolerations: [{key: CriticalAddonsOnly, operator: Exists}, {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      containers:
      - name: local-path-provisioner
        image: rancher/local-path-provisioner:v0.0.37
`;

/** Namespaces every k3s cluster has. */
export const K3S_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'] as const;
