/**
 * The dark/light toggle. The theme script (src/layouts/theme-init-script.mjs) applied the theme before
 * paint; this keeps the button's state in sync and saves an explicit choice. Without a saved choice the
 * page follows the system.
 */

/** localStorage key of the explicit choice (outside the `faaslab:` progress keys on purpose). */
export const THEME_KEY = 'faaslab-theme';

type Theme = 'light' | 'dark';

function apply(theme: Theme, button: HTMLElement | null): void {
  document.documentElement.dataset.theme = theme;
  button?.setAttribute('aria-pressed', String(theme === 'dark'));
}

/** Wires the `[data-theme-toggle]` button. */
export function setUpThemeToggle(root: Document): void {
  const button = root.querySelector<HTMLElement>('[data-theme-toggle]');
  const current = (): Theme => (root.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  apply(current(), button);
  button?.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    apply(next, button);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // No storage: the choice lasts for this page only.
    }
  });
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', (event) => {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(THEME_KEY);
    } catch {
      saved = null;
    }
    if (!saved) apply(event.matches ? 'dark' : 'light', button);
  });
}
