/**
 * Full-screen (focus) mode for an island: the island covers the window until the student presses the
 * button again or Esc, and then the focus returns to the button. A fixed overlay rather than the
 * Fullscreen API, so it works inside iframes and on phones that refuse element full screen.
 */
import { element } from './dom-element.ts';

/** The toggle button and its disposer. */
export interface FocusMode {
  button: HTMLButtonElement;
  dispose(): void;
}

/** Creates the toggle for `root`; `labels` are the button's words in and out of focus mode. */
export function createFocusMode(root: HTMLElement, labels: { enter: string; leave: string }): FocusMode {
  // Out of focus mode an icon (named for screen readers and as a tooltip), so the toolbar fits one row.
  const button = element(
    'button',
    {
      type: 'button',
      class: 'button ghost icon',
      'aria-pressed': 'false',
      'data-sim': 'focus',
      'aria-label': labels.enter,
      title: labels.enter,
    },
    '⤢',
  );
  const set = (on: boolean): void => {
    root.classList.toggle('sim-focused', on);
    document.documentElement.classList.toggle('sim-focus-open', on);
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? `✕ ${labels.leave}` : '⤢';
    button.setAttribute('aria-label', on ? labels.leave : labels.enter);
    button.title = on ? labels.leave : labels.enter;
  };
  button.addEventListener('click', () => set(!root.classList.contains('sim-focused')));
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !root.classList.contains('sim-focused')) return;
    // Esc inside an open <select> or the editor's own search closes those first.
    if (event.defaultPrevented) return;
    set(false);
    button.focus();
  };
  document.addEventListener('keydown', onKey);
  return {
    button,
    dispose() {
      document.removeEventListener('keydown', onKey);
      set(false);
    },
  };
}
