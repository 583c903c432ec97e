/**
 * Animates the ServerlessArchitecture diagram: a request token travels the synchronous or asynchronous
 * path link by link while the caption says what each OpenFaaS part does. Under prefers-reduced-motion
 * nothing moves: the whole path is highlighted and the caption lists every step.
 */
import { select } from 'd3';
import { ARCH_FLOWS, ARCH_LINKS } from './architecture-layout.ts';
import { uiStrings } from '../../i18n/translate.ts';

const STEP_MS = 900;

/** Mounts the island in `root` (a `[data-serverless-architecture]` element). */
export function mountArchitecture(root: HTMLElement): void {
  const s = uiStrings(root.dataset.lang === 'en' ? 'en' : 'es', 'openfaas');
  const svg = root.querySelector<SVGSVGElement>('svg');
  const caption = root.querySelector<HTMLElement>('[data-part="caption"]');
  if (!svg || !caption) throw new Error('ServerlessArchitecture: missing svg or caption');
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  let frame = 0;
  const token = select(svg).append('circle').attr('class', 'arch-token').attr('r', 9).attr('opacity', 0);

  const highlight = (linkIds: readonly string[]): void => {
    select(svg)
      .selectAll<SVGLineElement, unknown>('[data-link]')
      .classed('is-active', function () {
        return linkIds.includes(this.dataset.link ?? '');
      });
    const nodes = new Set(ARCH_LINKS.filter((l) => linkIds.includes(l.id)).flatMap((l) => [l.from, l.to]));
    select(svg)
      .selectAll<SVGGElement, unknown>('[data-node]')
      .classed('is-active', function () {
        return nodes.has(this.dataset.node as never);
      });
  };

  const play = (kind: 'sync' | 'async'): void => {
    const flow = ARCH_FLOWS[kind];
    root.dataset.flow = kind;
    if (reduced) {
      highlight(flow.links);
      const list = document.createElement('ol');
      list.append(
        ...flow.steps.map((k) => Object.assign(document.createElement('li'), { textContent: s[k] })),
      );
      caption.replaceChildren(
        Object.assign(document.createElement('p'), { textContent: s.archReduced }),
        list,
      );
      root.dataset.step = String(flow.steps.length);
      return;
    }
    clearTimeout(frame);
    const links = flow.links.map((id) => ARCH_LINKS.find((l) => l.id === id)!);
    // With as many steps as links, step i narrates link i; the sync flow has one more step (the answer).
    const say = (i: number): void => {
      const k = Math.min(i, flow.steps.length - 1);
      caption.textContent = s[flow.steps[k]!];
      root.dataset.step = String(k + 1);
    };
    const started = performance.now();
    const animate = (now: number): void => {
      const elapsed = now - started;
      const i = Math.floor(elapsed / STEP_MS);
      if (i >= links.length) {
        highlight(flow.links);
        say(flow.steps.length - 1);
        token.attr('opacity', 0);
        return;
      }
      const link = links[i]!;
      const f = (elapsed % STEP_MS) / STEP_MS;
      const [x1, y1, x2, y2] = link.points;
      token
        .attr('cx', x1 + (x2 - x1) * f)
        .attr('cy', y1 + (y2 - y1) * f)
        .attr('opacity', 1);
      highlight(flow.links.slice(0, i + 1));
      say(i);
      frame = window.setTimeout(() => animate(performance.now()), 16);
    };
    animate(performance.now());
  };

  root.querySelectorAll<HTMLButtonElement>('button[data-flow]').forEach((button) => {
    button.disabled = false;
    button.addEventListener('click', () => play(button.dataset.flow === 'async' ? 'async' : 'sync'));
  });
  root.dataset.state = 'ready';
}
