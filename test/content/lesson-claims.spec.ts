/**
 * Every fact issue 16 and the December 2026 fact check corrected or added is taught where it belongs and backed by a source in that lesson's
 * Sources section, in both languages: the test walks each lesson's last section (Fuentes / Sources), collects
 * its links and checks each claim's source is among them, and that the lesson's body states the claim.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** One claim: where it is taught, text each language's body must contain, and the source it must cite. */
interface Claim {
  lesson: string;
  claim: string;
  body: { es: RegExp; en: RegExp };
  source: RegExp;
}

/** The same claim, taught (and sourced) in each of `lessons`. */
const taughtIn = (lessons: string[], claim: Omit<Claim, 'lesson'>): Claim[] =>
  lessons.map((lesson) => ({ lesson, ...claim }));

const both = (re: RegExp): { es: RegExp; en: RegExp } => ({ es: re, en: re });
const CE_LEGACY = /docs\.openfaas\.com\/architecture\/autoscaling\/#legacy-scaling-for-the-community-edition-ce/;
const NGINX_RETIRED = /kubernetes\.io\/blog\/2025\/11\/11\/ingress-nginx-retirement/;

const CLAIMS: Claim[] = [
  // OpenFaaS
  {
    lesson: 'openfaas-on-kubernetes',
    claim: 'CE autoscales with the APIHighInvocationRate rule',
    body: both(/APIHighInvocationRate/),
    source: CE_LEGACY,
  },
  {
    lesson: 'openfaas-on-kubernetes',
    claim: 'CE is capped at 5 replicas (comparison page)',
    body: { es: /nunca por\s+encima de \*\*5\*\*/, en: /never\s+above \*\*5\*\*/ },
    source: /docs\.openfaas\.com\/openfaas-pro\/comparison/,
  },
  {
    lesson: 'openfaas-on-kubernetes',
    claim: 'the rule: > 5 rps for 5 s (chart prometheus config)',
    body: both(/5 s/),
    source: /faas-netes\/blob\/master\/chart\/openfaas\/templates\/prometheus-cfg\.yaml/,
  },
  {
    lesson: 'openfaas-on-kubernetes',
    claim: 'docs say factor 20 %, code uses 10; scale-function clamped 1–5',
    body: both(/20 %[\s\S]*\*\*10\*\*/),
    source: /openfaas\/faas\/blob\/master\/gateway\/scaling\/ranges\.go/,
  },
  {
    lesson: 'openfaas',
    claim: 'AlertManager is how CE scales today',
    body: both(/APIHighInvocationRate/),
    source: CE_LEGACY,
  },
  {
    lesson: 'serverless',
    claim: 'CE scales with one AlertManager rule, up to 5 replicas',
    body: both(/AlertManager/),
    source: CE_LEGACY,
  },
  {
    lesson: 'openfaas',
    claim: 'CE is under the OpenFaaS CE EULA (commercial use: one installation, 60 days), not open source',
    body: { es: /EULA[\s\S]{0,200}60 días/, en: /EULA[\s\S]{0,200}60 days/ },
    source: /github\.com\/openfaas\/faas\/blob\/master\/EULA\.md/,
  },
  {
    lesson: 'openfaas',
    claim: 'the classic python3 template was removed (Jan 2025)',
    body: { es: /enero de\s+2025/, en: /January\s+2025/ },
    source: /github\.com\/openfaas\/templates\/commit\/c5224a6/,
  },
  {
    lesson: 'openfaas',
    claim: 'python3-http: handle(event, context)',
    body: both(/def handle\(event, context\)/),
    source: /github\.com\/openfaas\/python-flask-template/,
  },
  {
    lesson: 'openfaas',
    claim: 'a watchdog timeout is not a restart',
    body: { es: /Un timeout no es un reinicio/, en: /A timeout is not a restart/ },
    source: /of-watchdog\/blob\/master\/executor\/http_runner\.go/,
  },
  {
    lesson: 'openfaas',
    claim: 'node22: text/plain default, extended forms, unread types, string status crash',
    body: both(/extended|extendido/),
    source: /openfaas\/templates\/blob\/master\/template\/node22\/index\.js/,
  },
  {
    lesson: 'openfaas',
    claim: '/_/ready answers an empty body, 405 for other methods',
    body: both(/405/),
    source: /of-watchdog\/blob\/master\/pkg\/readiness\.go/,
  },
  {
    lesson: 'openfaas',
    claim: 'faas-cli new --list, template pull, store deploy --platform armhf',
    body: both(/faas-cli new --list[\s\S]*--platform armhf/),
    source: /github\.com\/openfaas\/faas-cli/,
  },
  {
    lesson: 'capstone',
    claim: 'the Function CRD is OpenFaaS Pro',
    body: both(/\*\*OpenFaaS Pro\*\*/),
    source: /docs\.openfaas\.com\/openfaas-pro\/(function-crd|comparison)/,
  },
  {
    lesson: 'openfaas',
    claim: 'faas-cli ≥ 0.17.1: new pulls a missing template from the store and writes stack.yaml unless -f',
    body: both(/0\.17\.1[\s\S]{0,300}stack\.yaml[\s\S]{0,200}-f hello\.yml/),
    source: /openfaas\/faas-cli\/blob\/master\/commands\/new_function\.go/,
  },
  {
    lesson: 'openfaas',
    claim: "faas-cli's store platform is the CLI's own build, not the cluster's; figlet is one multi-arch image",
    body: { es: /se\s+compiló él mismo[\s\S]*multiarquitectura/, en: /it was itself built for[\s\S]*multi-architecture/ },
    source: /openfaas\/faas-cli\/blob\/master\/commands\/store\.go/,
  },
  {
    lesson: 'openfaas',
    claim: "the Bash function's Dockerfile uses the dockerfile template's classic-watchdog (0.3.3)",
    body: both(/classic-watchdog:0\.3\.3/),
    source: /github\.com\/openfaas\/templates/,
  },
  {
    lesson: 'openfaas-on-kubernetes',
    claim: "CE's chart runs alertmanager beside gateway, nats, prometheus and queue-worker",
    body: both(/\nalertmanager-\S+\s+1\/1\s+Running/),
    source: /openfaas\/faas-netes\/(tree|blob)\/master\/chart\/openfaas/,
  },
  {
    lesson: 'capstone',
    claim: "CE's chart installs the Function CRD (createCRDs: true) but runs no operator for it",
    body: { es: /instala el CRD, pero sin operador/, en: /installs the CRD, but with no operator/ },
    source: /faas-netes\/blob\/master\/chart\/openfaas\/values\.yaml/,
  },
  ...taughtIn(['openfaas-on-kubernetes', 'serverless'], {
    claim: 'faas-netes sends a /function call to a ready Pod IP from the Endpoints, not through the Service (directFunctions: false)',
    body: {
      es: /faas-netes[\s\S]{0,200}Endpoints[\s\S]{0,200}directamente a la IP de\s+ese Pod[\s\S]{0,400}directFunctions: true/,
      en: /faas-netes[\s\S]{0,200}Endpoints[\s\S]{0,200}straight to that Pod's IP[\s\S]{0,400}directFunctions: true/,
    },
    source: /faas-netes\/blob\/master\/pkg\/k8s\/proxy\.go/,
  }),
  ...taughtIn(['openfaas-on-kubernetes', 'serverless'], {
    claim: 'arkade install openfaas-ce installs CE (arkade install openfaas installs Pro since 0.11.47)',
    body: both(/arkade install openfaas-ce/),
    source: /github\.com\/alexellis\/arkade/,
  }),
  {
    lesson: 'openfaas-on-kubernetes',
    claim: 'CE enforces its licence: 15 functions, openfaas-fn only, public images only',
    body: both(/\*\*15\*\*[\s\S]{0,300}openfaas-fn[\s\S]{0,300}only allows public images/),
    source: /faas-netes\/blob\/master\/pkg\/handlers\/deploy\.go/,
  },
  // Kubernetes and k3s
  {
    lesson: 'k3s',
    claim: 'requirements: server 2 cores / 2 GB, agent 1 core / 512 MB',
    body: { es: /2 núcleos y 2 GB[\s\S]*1 núcleo y 512 MB/, en: /2 cores and 2 GB[\s\S]*1 core and 512 MB/ },
    source: /docs\.k3s\.io\/installation\/requirements/,
  },
  {
    lesson: 'k3s',
    claim: '10250 is for metrics; logs/exec go through the agent tunnel',
    body: { es: /túnel/, en: /tunnel/ },
    source: /docs\.k3s\.io\/architecture/,
  },
  {
    lesson: 'k3s',
    claim: 'minikube and Docker Desktop beside k3s',
    body: both(/minikube[\s\S]*Docker Desktop/),
    source: /minikube\.sigs\.k8s\.io/,
  },
  {
    lesson: 'k3s',
    claim: 'Docker Desktop runs a single-node Kubernetes',
    body: both(/Docker Desktop/),
    source: /docs\.docker\.com\/desktop/,
  },
  {
    lesson: 'k3s',
    claim: 'ingress-nginx is retired, not the alternative',
    body: both(/ingress-nginx/),
    source: NGINX_RETIRED,
  },
  {
    lesson: 'services',
    claim: 'ingress-nginx retired (Nov 2025, March 2026)',
    body: { es: /noviembre de 2025[\s\S]*marzo de\s+2026/, en: /November 2025[\s\S]*March 2026/ },
    source: NGINX_RETIRED,
  },
  {
    lesson: 'services',
    claim: 'the Gateway API',
    body: both(/Gateway API/),
    source: /kubernetes\.io\/docs\/concepts\/services-networking\/gateway/,
  },
  {
    lesson: 'services',
    claim: "k3s's Traefik supports the Gateway API",
    body: both(/providers\.kubernetesGateway/),
    source: /doc\.traefik\.io\/traefik\/providers\/kubernetes-gateway/,
  },
  {
    lesson: 'services',
    claim: 'LoadBalancer: any protocol, one IP per Service',
    body: { es: /cualquier\s+protocolo/, en: /any protocol/ },
    source: /kubernetes\.io\/docs\/concepts\/services-networking\/service\/#loadbalancer/,
  },
  {
    lesson: 'services',
    claim: 'LoadBalancer: each one is billed',
    body: { es: /se\s+factura/, en: /billed/ },
    source: /aws\.amazon\.com\/elasticloadbalancing\/pricing/,
  },
  {
    lesson: 'services',
    claim: 'other.local/ is a 404 with the lesson Ingress, web in the scenario',
    body: both(/other\.local\/[\s\S]{0,200}\*\*404\*\*/),
    source: /kubernetes\.io\/docs\/concepts\/services-networking\/ingress/,
  },
  {
    lesson: 'services',
    claim: "k3s's kube-router rejects (REJECT) traffic no NetworkPolicy allows, and so does the simulator; Calico and Cilium drop it",
    body: {
      es: /\*\*rechaza\*\*[\s\S]*El simulador de abajo hace lo que kube-router[\s\S]*Calico o\s+Cilium/,
      en: /\*\*rejects\*\*[\s\S]*The simulator below does what kube-router does[\s\S]*Calico or\s+Cilium/,
    },
    source: /kube-router\/blob\/master\/pkg\/controllers\/netpol\/pod\.go/,
  },
  {
    lesson: 'compose-to-kubernetes',
    claim: 'kompose converts networks into NetworkPolicies',
    body: both(/NetworkPolicies/),
    source: /kompose\.io\/conversion/,
  },
  {
    lesson: 'kubernetes',
    claim: 'Kubernetes: created by Google, released in 2014',
    body: both(/Google[\s\S]*2014/),
    source: /kubernetes\.io\/docs\/concepts\/overview/,
  },
  {
    lesson: 'kubernetes',
    claim: 'the namespaces include kube-public and kube-node-lease',
    body: both(/kube-public[\s\S]*kube-node-lease/),
    source: /namespaces\/#initial-namespaces/,
  },
  {
    lesson: 'kubernetes',
    claim: 'node-monitor-grace-period is 50 s since 1.32, and a silent node still takes Pods until then',
    body: {
      es: /50 s[^.]*--node-monitor-grace-period[\s\S]*planificador aún puede ponerle Pods/,
      en: /50 s[^.]*--node-monitor-grace-period[\s\S]*scheduler may still place Pods/,
    },
    source: /kube-controller-manager\//,
  },
  {
    lesson: 'kubernetes',
    claim: 'kubectl delete --grace-period=0 --force',
    body: both(/--grace-period=0 --force/),
    source: /pod-lifecycle\/#pod-termination-forced/,
  },
  // FaaS and costs
  {
    lesson: 'intro',
    claim: 'Lambda: 15 min, 10,240 MB',
    body: { es: /15 minutos[\s\S]*10 240 MB/, en: /15 minutes[\s\S]*10,240 MB/ },
    source: /docs\.aws\.amazon\.com\/lambda\/latest\/dg\/gettingstarted-limits/,
  },
  ...taughtIn(['intro', 'faas'], {
    claim: 'Lambda documents exceptions (Managed Instances)',
    body: both(/Lambda Managed Instances/),
    source: /lambda-managed-instances-quotas/,
  }),
  ...taughtIn(['intro', 'faas'], {
    claim: 'one VM baseline: t3.small',
    body: both(/t3\.small/),
    source: /aws\.amazon\.com\/ec2\/pricing\/on-demand/,
  }),
  ...taughtIn(['intro', 'faas'], {
    claim: 'Azure: Flex Consumption (30 min, no maximum, HTTP 230 s), recommended for new apps; Consumption 5/10 min',
    body: {
      es: /Microsoft recomienda[\s\S]{0,200}230 s[\s\S]{0,200}(5 y 10\s+minutos en el plan de\s+consumo|plan de\s+consumo corta a los 5\s+minutos por defecto y a los 10)/,
      en: /Microsoft recommends[\s\S]{0,200}230 s[\s\S]{0,200}(5 and 10 minutes on\s+the Consumption plan|Consumption plan stops at 5 minutes by default and 10)/,
    },
    source: /learn\.microsoft\.com\/azure\/azure-functions\/functions-scale/,
  }),
  {
    lesson: 'intro',
    claim: 'hosting on Linux in the Azure Functions Consumption plan is being retired (September 2028)',
    body: {
      es: /alojamiento en Linux se está\s+retirando \(septiembre de 2028\)/,
      en: /Linux hosting is being retired \(September\s+2028\)/,
    },
    source: /learn\.microsoft\.com\/azure\/azure-functions\/functions-versions/,
  },
  {
    lesson: 'intro',
    claim: 'the history line from mainframes to the cloud',
    body: both(/mainframes[\s\S]*Internet[\s\S]*(web services|servicios web)/),
    source: /computerhistory\.org/,
  },
  {
    lesson: 'intro',
    claim: 'OS-level virtualisation after the hypervisor',
    body: { es: /nivel de\s+sistema operativo/, en: /operating-system-level/ },
    source: /man7\.org\/linux\/man-pages\/man7\/namespaces\.7/,
  },
];

/**
 * The lesson's text before its Sources heading, without its `{/* source … *\/}` comments (a claim must be in
 * the prose a student reads, not only in the note that cites it), and the links listed under the heading.
 */
function split(lang: 'es' | 'en', slug: string): { body: string; links: string[] } {
  const text = readFileSync(join(CONTENT, lang, `${slug}.mdx`), 'utf8');
  const heading = lang === 'es' ? '\n## Fuentes\n' : '\n## Sources\n';
  const at = text.lastIndexOf(heading);
  const body = (at < 0 ? text : text.slice(0, at)).replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  if (at < 0) return { body, links: [] };
  const sources = text.slice(at + heading.length);
  return { body, links: sources.match(/https?:\/\/[^\s)\]·]+/g) ?? [] };
}

describe('the facts the fact checks corrected carry their sources', () => {
  it.each(CLAIMS.map((c) => [c.lesson, c.claim, c] as const))('%s: %s', (_lesson, _claim, claim) => {
    for (const lang of ['es', 'en'] as const) {
      const { body, links } = split(lang, claim.lesson);
      expect(body, `${lang}/${claim.lesson} states it`).toMatch(claim.body[lang]);
      expect(
        links.some((link) => claim.source.test(link)),
        `${lang}/${claim.lesson} Sources cite ${claim.source}`,
      ).toBe(true);
    }
  });

  it('teaches no CE-has-fixed-replicas claim any more', () => {
    for (const lang of ['es', 'en'] as const)
      for (const slug of ['serverless', 'openfaas', 'openfaas-on-kubernetes']) {
        const { body } = split(lang, slug);
        expect(body, `${lang}/${slug}`).not.toMatch(
          /fixed number of\s+replicas|keeps the number of replicas|número\s+fijo de réplicas|mantiene el número de réplicas/,
        );
      }
  });

  it('never has students run `arkade install openfaas` without -ce (it installs Pro and needs a licence)', () => {
    for (const lang of ['es', 'en'] as const)
      for (const slug of ['serverless', 'openfaas', 'openfaas-on-kubernetes', 'capstone']) {
        const { body } = split(lang, slug);
        expect(body, `${lang}/${slug}`).not.toMatch(/^arkade install openfaas(?!-ce)\b|\(`arkade install openfaas`\)/m);
      }
  });

  it('calls the Azure Functions Consumption plan neither legacy nor old (Microsoft recommends Flex for new apps)', () => {
    for (const lang of ['es', 'en'] as const)
      for (const slug of ['intro', 'faas', 'serverless']) {
        const text = readFileSync(join(CONTENT, lang, `${slug}.mdx`), 'utf8');
        expect(text, `${lang}/${slug}`).not.toMatch(/legacy\)? Consumption|Consumption is legacy|antiguo plan de\s+consumo|consumo[^.\n]{0,40}\*legacy\*/);
      }
  });

  it('tells students to use python3-http, never `--lang python3 `', () => {
    for (const lang of ['es', 'en'] as const)
      for (const slug of ['openfaas', 'openfaas-on-kubernetes']) {
        const { body } = split(lang, slug);
        expect(body).not.toMatch(/--lang python3 |lang: python3\n/);
      }
  });
});
