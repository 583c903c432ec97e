/** The deploy command's messages in Spanish and English, looked up by code. */
import type { Bilingual } from '../../core/index.ts';

/** Code → message; `{name}` placeholders are filled by fillBilingual. */
export const DEPLOY_MESSAGES = {
  'deploy.usage': {
    es: `Uso: faaslab deploy ID [--context CTX] [--namespace NS] [--node-port N] [--host HOST] [--handler ARCHIVO]
                      [--node-ip IP] [--ingress-url URL] [--timeout SEGUNDOS] [--lang es|en]
  Exporta los manifiestos k3s del laboratorio, los aplica con kubectl, espera el despliegue y llama a la función
  por el NodePort y por el Ingress (Traefik).
`,
    en: `Usage: faaslab deploy ID [--context CTX] [--namespace NS] [--node-port N] [--host HOST] [--handler FILE]
                      [--node-ip IP] [--ingress-url URL] [--timeout SECONDS] [--lang es|en]
  Exports the lab's k3s manifests, applies them with kubectl, waits for the rollout and calls the function
  through the NodePort and the Ingress (Traefik).
`,
  },
  'deploy.kubectl-missing': {
    es: `No se encuentra kubectl en el PATH.
  · Con k3s ya lo tienes: el instalador crea /usr/local/bin/kubectl (o usa "sudo k3s kubectl").
  · ¿Sin clúster? Instala k3s en Linux:  curl -sfL https://get.k3s.io | sh -
  · Sólo el cliente: https://kubernetes.io/docs/tasks/tools/ (kubectl).`,
    en: `kubectl is not on your PATH.
  · With k3s you already have it: the installer creates /usr/local/bin/kubectl (or use "sudo k3s kubectl").
  · No cluster yet? Install k3s on Linux:  curl -sfL https://get.k3s.io | sh -
  · Just the client: https://kubernetes.io/docs/tasks/tools/ (kubectl).`,
  },
  'deploy.cluster-unreachable': {
    es: `kubectl no llega a ningún clúster{context}. kubectl dijo:
    {reason}
  · En el servidor k3s:  export KUBECONFIG=/etc/rancher/k3s/k3s.yaml   (legible sólo por root: usa sudo,
    o instala k3s con --write-kubeconfig-mode 644)
  · Desde otro equipo: copia /etc/rancher/k3s/k3s.yaml a ~/.kube/config y cambia 127.0.0.1 por la IP del servidor.
  · ¿Sin clúster? curl -sfL https://get.k3s.io | sh -     KUBECONFIG ahora: {kubeconfig}`,
    en: `kubectl cannot reach a cluster{context}. kubectl said:
    {reason}
  · On the k3s server:  export KUBECONFIG=/etc/rancher/k3s/k3s.yaml   (readable by root only: use sudo,
    or install k3s with --write-kubeconfig-mode 644)
  · From another machine: copy /etc/rancher/k3s/k3s.yaml to ~/.kube/config and replace 127.0.0.1 with the server's IP.
  · No cluster yet? curl -sfL https://get.k3s.io | sh -     KUBECONFIG now: {kubeconfig}`,
  },
  'deploy.apply-failed': {
    es: 'kubectl apply falló:\n    {reason}',
    en: 'kubectl apply failed:\n    {reason}',
  },
  'deploy.rollout-failed': {
    es: 'El despliegue no terminó:\n    {reason}\n  Mira por qué:  kubectl -n {namespace} describe pod -l app.kubernetes.io/name={id}   y   kubectl -n {namespace} logs deploy/{id}',
    en: 'The rollout did not finish:\n    {reason}\n  See why:  kubectl -n {namespace} describe pod -l app.kubernetes.io/name={id}   and   kubectl -n {namespace} logs deploy/{id}',
  },
  'deploy.no-node-ip': {
    es: 'No encuentro la IP de ningún nodo (kubectl get nodes). Indícala con --node-ip.',
    en: 'Cannot find any node IP (kubectl get nodes). Give it with --node-ip.',
  },
  'deploy.call-failed': {
    es: 'La llamada por {route} ({url}) falló: {reason}',
    en: 'The call through {route} ({url}) failed: {reason}',
  },
  'deploy.step': { es: '→ {step}', en: '→ {step}' },
  'deploy.answered': {
    es: '{route}: {url} respondió {status}: {body}',
    en: '{route}: {url} answered {status}: {body}',
  },
  'deploy.done': {
    es: `Listo. La función {id} está en:
  NodePort:  curl {nodePortCurl}
  Ingress:   curl {ingressCurl}
  Borrar:    kubectl{contextFlag} delete namespace {namespace}`,
    en: `Done. Function {id} is at:
  NodePort:  curl {nodePortCurl}
  Ingress:   curl {ingressCurl}
  Clean up:  kubectl{contextFlag} delete namespace {namespace}`,
  },
} as const satisfies Record<string, Bilingual>;

/** A code of {@link DEPLOY_MESSAGES}. */
export type DeployMessageCode = keyof typeof DEPLOY_MESSAGES;
