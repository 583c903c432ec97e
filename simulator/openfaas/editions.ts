import type { Bilingual } from '../../core/index.ts';

/** The two OpenFaaS editions the simulator can play. */
export type OpenFaaSEdition = 'community' | 'pro';

/** What an edition does, as data the lessons and the island read. */
export interface EditionFeatures {
  label: Bilingual;
  /** The Pro autoscaler: reads com.openfaas.scale.type/target and scales on rps, capacity or cpu. */
  autoscaler: boolean;
  /** The legacy AlertManager rule (APIHighInvocationRate) that steps replicas up by scale.factor. */
  alertScaling: boolean;
  /** Hard cap on a function's replicas (CE gateway: 5), or null for none. */
  maxReplicas: number | null;
  /** Scales idle functions with com.openfaas.scale.zero=true to zero. */
  scaleToZero: boolean;
  /** The gateway holds a request to a function at 0 replicas and scales it to its minimum. */
  scaleFromZero: boolean;
  source: string;
}

/**
 * Community Edition (what `arkade install openfaas-ce` installs) keeps the legacy scaling: one AlertManager
 * rule for all functions, +⌈max × factor %⌉ replicas per alert, at most 5, back to min when it resolves
 * (docs.openfaas.com/architecture/autoscaling/#legacy-scaling-for-the-community-edition-ce; "Maximum replicas
 * per function: 5", docs.openfaas.com/openfaas-pro/comparison/). The rps/capacity/cpu autoscaler and scale
 * to zero are OpenFaaS Pro. The CE gateway still holds a request to a function at zero (chart value
 * gateway.scaleFromZero, default true), so a function scaled to 0 with kubectl still answers.
 */
export const EDITIONS: Record<OpenFaaSEdition, EditionFeatures> = {
  community: {
    label: {
      es: 'OpenFaaS Community Edition (escalado por alerta, hasta 5 réplicas)',
      en: 'OpenFaaS Community Edition (alert-based scaling, up to 5 replicas)',
    },
    autoscaler: false,
    alertScaling: true,
    maxReplicas: 5,
    scaleToZero: false,
    scaleFromZero: true,
    source: 'https://docs.openfaas.com/architecture/autoscaling/#legacy-scaling-for-the-community-edition-ce',
  },
  pro: {
    label: {
      es: 'OpenFaaS Pro (autoescalado y escala a cero)',
      en: 'OpenFaaS Pro (autoscaling and scale to zero)',
    },
    autoscaler: true,
    alertScaling: false,
    maxReplicas: null,
    scaleToZero: true,
    scaleFromZero: true,
    source: 'https://docs.openfaas.com/architecture/autoscaling/',
  },
};
