/**
 * The lab on a phone (< 768 px): its parts become tabs — Code · Invoke · Checks · Logs — under the Run bar,
 * so the answer to Invoke or Check is in the panel the student is looking at, not 2,000 px further down.
 * The markup carries the strip and `data-lab-tab="code"` from the first paint (FunctionLab.astro) and CSS
 * hides the other panels only on a phone; a wide screen keeps the side-by-side workbench, so the tab roles
 * are set only while the phone layout is on. WAI-ARIA tabs: www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */

/** The lab's parts, in the strip's order. */
export const LAB_TABS = ['code', 'invoke', 'checks', 'logs'] as const;
/** One of the lab's parts. */
export type LabTab = (typeof LAB_TABS)[number];

/** The width below which the lab's parts are tabs (the same as function-lab-layout.css). */
export const PHONE_QUERY = '(max-width: 47.99rem)';

/** What the controller does with the tabs. */
export interface LabTabs {
  /** Opens a part (on a phone; on a wide screen every part is already shown). */
  open(tab: LabTab, focus?: boolean): void;
  /** Marks a part as having news (new log lines) when it is not the open one. */
  markNew(tab: LabTab): void;
}

/** Wires the strip of the lab in `root`. */
export function wireLabTabs(root: HTMLElement): LabTabs {
  const strip = root.querySelector<HTMLElement>('.fl-worktabs');
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-worktab]')];
  const media = window.matchMedia(PHONE_QUERY);
  const current = (): LabTab => (root.dataset.labTab as LabTab | undefined) ?? 'code';
  const panel = (tab: LabTab): HTMLElement | null =>
    root.querySelector<HTMLElement>(`[data-lab-panel="${tab}"]`);

  /** The tab roles describe the page only while the panels are tabs. */
  const setRoles = (): void => {
    for (const tab of LAB_TABS) {
      const element = panel(tab);
      if (!element) continue;
      if (media.matches) {
        element.setAttribute('role', 'tabpanel');
        element.setAttribute('aria-labelledby', `${root.querySelector(`[data-worktab="${tab}"]`)?.id}`);
      } else if (element.getAttribute('role') === 'tabpanel') {
        element.removeAttribute('role');
        // The logs and checks panels are labelled by their own titles on a wide screen.
        const title = element.querySelector('.fl-panel-title')?.id;
        if (title) element.setAttribute('aria-labelledby', title);
        else element.removeAttribute('aria-labelledby');
      }
    }
  };

  const open = (tab: LabTab, focus = false): void => {
    root.dataset.labTab = tab;
    for (const button of buttons) {
      const selected = button.dataset.worktab === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      if (selected) {
        button.querySelector<HTMLElement>('.fl-worktab-new')?.setAttribute('hidden', '');
        if (focus) button.focus();
      }
    }
    if (!media.matches || !strip) return;
    // The strip sticks under the site header: when the student is further down than the panel's top,
    // bring the new panel's top just under the strip instead of leaving them in its middle.
    const shown = panel(tab);
    const gap = shown ? shown.getBoundingClientRect().top - strip.getBoundingClientRect().bottom : 0;
    if (gap < 0) window.scrollBy(0, gap - 8);
  };

  buttons.forEach((button, i) => {
    button.addEventListener('click', () => open(button.dataset.worktab as LabTab));
    button.addEventListener('keydown', (event) => {
      const last = buttons.length - 1;
      const keys: Record<string, number> = {
        ArrowRight: (i + 1) % buttons.length,
        ArrowLeft: (i + last) % buttons.length,
        Home: 0,
        End: last,
      };
      const to = keys[event.key];
      if (to === undefined) return;
      event.preventDefault();
      open(buttons[to]!.dataset.worktab as LabTab, true);
    });
  });
  setRoles();
  media.addEventListener('change', setRoles);
  open(current());

  return {
    open: (tab, focus) => media.matches && open(tab, focus),
    markNew(tab) {
      if (media.matches && current() === tab) return;
      root.querySelector<HTMLElement>(`[data-part="new-${tab}"]`)?.removeAttribute('hidden');
    },
  };
}
