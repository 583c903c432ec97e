/**
 * The only code a page with a simulator loads up front: it waits until an island comes near the
 * viewport, then imports the simulator (engine, D3, CodeMirror) and mounts it.
 */

function mount(root: HTMLElement): void {
  root.dataset.simState = 'loading';
  import('./mount-simulator.ts')
    .then(({ mountSimulator }) => {
      mountSimulator(root);
      root.dataset.simState = 'ready';
    })
    .catch((error: unknown) => {
      root.dataset.simState = 'failed';
      const message = root.querySelector<HTMLElement>('.sim-load-failed');
      if (message) message.hidden = false;
      console.error(error);
    });
}

/** Mounts every `[data-cluster-sim]` in `doc` as it nears the viewport (at once without IntersectionObserver). */
export function watchSimulators(doc: Document): void {
  const roots = Array.from(doc.querySelectorAll<HTMLElement>('[data-cluster-sim]'));
  if (!('IntersectionObserver' in window)) {
    roots.forEach(mount);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        mount(entry.target as HTMLElement);
      }
    },
    { rootMargin: '1200px 0px' },
  );
  roots.forEach((r) => observer.observe(r));
}
