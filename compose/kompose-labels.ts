/**
 * The `kompose.*` labels of a Compose service that steer the conversion, as a table (kompose's
 * docs/user-guide.md "Labels"). These directive labels are consumed; every other label, including
 * `kompose.volume.size`, is copied to the objects' annotations, as kompose's fixtures show.
 */

/** How a service is exposed, read from its labels. */
export interface KomposeServiceOptions {
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'Headless';
  nodePort?: number;
  externalTrafficPolicy?: 'Cluster' | 'Local';
  /** Ingress rules from `kompose.service.expose`; a rule without host matches every host. */
  expose?: { host?: string; path: string }[];
  tlsSecret?: string;
  ingressClassName?: string;
  /** Default PVC size for this service's volumes (`kompose.volume.size`). */
  volumeSize?: string;
}

/** A label's problem, for a diagnostic. */
export interface KomposeLabelProblem {
  label: string;
  code: 'invalid-service-type' | 'invalid-node-port';
  value: string;
}

const SERVICE_TYPES: Record<string, KomposeServiceOptions['type']> = {
  clusterip: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
  headless: 'Headless',
};

/** Label → how it sets the options; returns a problem when the value is not allowed. */
const DIRECTIVES: Record<
  string,
  (options: KomposeServiceOptions, value: string) => KomposeLabelProblem['code'] | void
> = {
  'kompose.service.type': (o, v) => {
    const type = SERVICE_TYPES[v.toLowerCase()];
    if (!type) return 'invalid-service-type';
    o.type = type;
  },
  // NodePorts come from 30000–32767 by default: kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
  'kompose.service.nodeport.port': (o, v) => {
    const port = Number(v);
    if (!/^\d+$/.test(v) || port < 30000 || port > 32767) return 'invalid-node-port';
    o.nodePort = port;
  },
  'kompose.service.external-traffic-policy': (o, v) => {
    o.externalTrafficPolicy = v.toLowerCase() === 'local' ? 'Local' : 'Cluster';
  },
  'kompose.service.expose': (o, v) => {
    o.expose =
      v.toLowerCase() === 'true'
        ? [{ path: '/' }]
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
            .map(exposeRule);
  },
  'kompose.service.expose.tls-secret': (o, v) => {
    o.tlsSecret = v;
  },
  'kompose.service.expose.ingress-class-name': (o, v) => {
    o.ingressClassName = v;
  },
};

/** Reads the directive labels; `annotations` are the labels left to copy. */
export function readKomposeLabels(labels: Record<string, string>): {
  options: KomposeServiceOptions;
  annotations: Record<string, string>;
  problems: KomposeLabelProblem[];
} {
  const options: KomposeServiceOptions = { type: 'ClusterIP' };
  const annotations: Record<string, string> = {};
  const problems: KomposeLabelProblem[] = [];
  for (const [label, value] of Object.entries(labels)) {
    const apply = DIRECTIVES[label];
    if (!apply) annotations[label] = value;
    const code = apply?.(options, value);
    if (code) problems.push({ label, code, value });
  }
  if (labels['kompose.volume.size']) options.volumeSize = labels['kompose.volume.size'];
  return { options, annotations, problems };
}

/** `batman.example.com/dev` → host and path `/dev`; no path → `/`. */
function exposeRule(text: string): { host: string; path: string } {
  const slash = text.indexOf('/');
  return slash < 0 ? { host: text, path: '/' } : { host: text.slice(0, slash), path: text.slice(slash) };
}
