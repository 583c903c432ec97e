import type { Bilingual } from '../../core/index.ts';

/** The two OpenFaaS editions the simulator can play. */
export type OpenFaaSEdition = 'community' | 'pro';

/** What an edition does, as data the lessons and the island read. */
export interface EditionFeatures {
  label: Bilingual;
  /** Reads the com.openfaas.scale.* labels and scales on load. */
  autoscaler: boolean;
  /** Scales idle functions with com.openfaas.scale.zero=true to zero. */
  scaleToZero: boolean;
  /** The gateway holds a request to a function at 0 replicas and scales it to its minimum. */
  scaleFromZero: boolean;
  source: string;
}

/**
 * Community Edition (what `arkade install openfaas` installs) runs each function with fixed replicas;
 * the autoscaler and scale to zero are OpenFaaS Pro (docs.openfaas.com/openfaas-pro/introduction/).
 * Both gateways scale a function that is at zero back up on its first request (chart value
 * gateway.scaleFromZero, default true), so a function scaled to 0 by hand still answers.
 */
export const EDITIONS: Record<OpenFaaSEdition, EditionFeatures> = {
  community: {
    label: {
      es: 'OpenFaaS Community Edition (réplicas fijas)',
      en: 'OpenFaaS Community Edition (fixed replicas)',
    },
    autoscaler: false,
    scaleToZero: false,
    scaleFromZero: true,
    source: 'https://docs.openfaas.com/openfaas-pro/introduction/',
  },
  pro: {
    label: {
      es: 'OpenFaaS Pro (autoescalado y escala a cero)',
      en: 'OpenFaaS Pro (autoscaling and scale to zero)',
    },
    autoscaler: true,
    scaleToZero: true,
    scaleFromZero: true,
    source: 'https://docs.openfaas.com/architecture/autoscaling/',
  },
};
