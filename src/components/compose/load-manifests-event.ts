/**
 * The DOM event an island sends when the student wants manifests in the simulator. It bubbles from the
 * island to `document`, so a simulator island anywhere on the page can listen:
 *
 * ```ts
 * document.addEventListener(LOAD_MANIFESTS_EVENT, (e) => sim.apply((e as CustomEvent<LoadManifestsDetail>).detail.yaml, 'compose.yaml'));
 * ```
 */

/** The event's name. */
export const LOAD_MANIFESTS_EVENT = 'faaslab:load-manifests';

/** What the event carries: multi-document YAML and the file name to show in diagnostics. */
export interface LoadManifestsDetail {
  yaml: string;
  file: string;
}

/** Sends the event from `target`; returns false if a listener called preventDefault(). */
export function dispatchLoadManifests(target: EventTarget, detail: LoadManifestsDetail): boolean {
  return target.dispatchEvent(
    new CustomEvent<LoadManifestsDetail>(LOAD_MANIFESTS_EVENT, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}
