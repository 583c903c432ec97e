import type { ClusterState, IngressState } from '../model/cluster-state.ts';

/** k3s's Traefik: its LoadBalancer Service key, IngressClass name and controller. */
export const TRAEFIK_SERVICE = 'kube-system/traefik';
export const TRAEFIK_CLASS = 'traefik';
export const TRAEFIK_CONTROLLER = 'traefik.io/ingress-controller';

/**
 * Whether k3s's Traefik processes an Ingress (traefik pkg/provider/kubernetes/ingress shouldProcessIngress):
 * with ingressClassName, only if that IngressClass exists with Traefik's controller; without it, if the
 * legacy annotation is empty or `traefik`.
 */
export function ingressHandledByTraefik(state: ClusterState, ingress: IngressState): boolean {
  if (ingress.className !== null)
    return state.ingressClasses.get(ingress.className)?.controller === TRAEFIK_CONTROLLER;
  return (
    ingress.classAnnotation === null ||
    ingress.classAnnotation === '' ||
    ingress.classAnnotation === TRAEFIK_CLASS
  );
}
