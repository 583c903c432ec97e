/**
 * The only script an OpenFaaS island page loads up front: it waits until an island nears the viewport,
 * then imports its code (the simulator and D3 for the load generator, D3 for the diagram) and mounts it.
 */

import { eachNearViewport } from '../near-viewport.ts';

type Mount = (root: HTMLElement) => void;

function watch(doc: Document, selector: string, load: () => Promise<Mount>): void {
  const start = (root: HTMLElement): void => {
    root.dataset.state = 'loading';
    load()
      .then((mount) => mount(root))
      .catch((error: unknown) => {
        root.dataset.state = 'failed';
        const message = root.querySelector<HTMLElement>('[data-part="failed"]');
        if (message) message.hidden = false;
        console.error(error);
      });
  };
  eachNearViewport(Array.from(doc.querySelectorAll<HTMLElement>(selector)), start);
}

/** Lazily mounts every OpenFaaSLoad island in `doc`. */
export function watchLoadIslands(doc: Document): void {
  watch(doc, '[data-openfaas-load]', () => import('./load-island.ts').then((m) => m.mountOpenFaaSLoad));
}

/** Lazily mounts every ServerlessArchitecture island in `doc`. */
export function watchArchitectureIslands(doc: Document): void {
  watch(doc, '[data-serverless-architecture]', () =>
    import('./architecture-island.ts').then((m) => m.mountArchitecture),
  );
}
