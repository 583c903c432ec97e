/**
 * The "Send through the cluster" button: loads the simulator and the exporter on first use, routes
 * the invoke panel's request through Ingress → Service → Pod to the running function, and lists
 * the trace's hops with the real response.
 */
import { t as uiText } from '../../i18n/translate.ts';
import type { FunctionRequest, FunctionResponse, FunctionRuntime, Lab } from '../../../labs/index.ts';
import { labPart } from './lab-parts.ts';
import { fill, type Language } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** What the panel needs from the controller. */
export interface ClusterPanelOptions {
  lab: Lab;
  s: UiStrings<'lab'>;
  lang: Language;
  /** The invoke panel's request. */
  request: () => FunctionRequest;
  /** The student's files as they are now. */
  files: () => Record<string, string>;
  /** The running function, or null. */
  runtime: () => Pick<FunctionRuntime, 'invoke'> | null;
  /** Shows the real response in the invoke panel. */
  showResponse: (response: FunctionResponse) => void;
}

/** Wires the button. */
export function wireClusterPanel(root: HTMLElement, options: ClusterPanelOptions): void {
  const { s, lang } = options;
  const button = labPart<HTMLButtonElement>(root, 'cluster');
  const status = labPart(root, 'cluster-status');
  const list = labPart(root, 'cluster-trace');
  button.addEventListener('click', async () => {
    const runtime = options.runtime();
    list.replaceChildren();
    root.querySelector('[data-part="cluster-response"]')?.remove();
    if (!runtime) {
      status.textContent = s.notRunning;
      return;
    }
    button.disabled = true;
    status.textContent = s.clusterRouting;
    const began = performance.now();
    try {
      const { routeThroughCluster } = await import('./cluster-route.ts');
      const result = await routeThroughCluster(options.lab, options.files(), options.request(), runtime);
      if (!result.ok) {
        status.textContent = `${s.clusterApplyFailed} ${result.problems.map((p) => p[lang]).join(' ')}`;
        return;
      }
      const { trace } = result;
      list.replaceChildren(
        ...trace.hops.map((hop) => {
          const item = document.createElement('li');
          const kind = document.createElement('span');
          kind.className = 'fl-hop-kind';
          // The hop's name as the simulator shows it ("Ingress controller (Traefik)"), not its id.
          kind.textContent = uiText(lang, `simulator.hopKinds.${hop.kind}`);
          const name = document.createElement('code');
          name.textContent = hop.name;
          item.append(kind, ' ', name, ` — ${hop.detail[lang]}`);
          return item;
        }),
      );
      if (trace.response) {
        status.textContent = fill(s.clusterResult, { status: trace.response.status });
        const answer = document.createElement('pre');
        answer.className = 'fl-trace-response';
        answer.dataset.part = 'cluster-response';
        answer.textContent = `HTTP ${trace.response.status}\n${Object.entries(trace.response.headers)
          .map(([name, value]) => `${name}: ${value}`)
          .join('\n')}\n\n${trace.response.body}`;
        list.after(answer);
        options.showResponse({ ...trace.response, durationMs: performance.now() - began });
      } else
        status.textContent = fill(s.clusterNoAnswer, {
          detail: trace.error?.[lang] ?? String(trace.status),
        });
    } catch (error) {
      status.textContent = fill(s.clusterUnavailable, { detail: String(error) });
    } finally {
      button.disabled = false;
    }
  });
}
