import type { HopKind } from '../../simulator/index.ts';

/**
 * The hops of a request from outside through k3s's ServiceLB and Traefik to a Pod, in order: the
 * journey every Ingress spec expects.
 */
export const INGRESS_JOURNEY: readonly HopKind[] = [
  'client',
  'load-balancer',
  'kube-proxy',
  'service',
  'ingress-controller',
  'ingress-rule',
  'service',
  'endpoint',
  'pod',
  'backend',
];
