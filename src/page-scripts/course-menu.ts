/**
 * On narrow screens the lesson sidebar folds behind a "Lessons" button; Escape closes it and returns
 * focus to the button. On wide screens the button is hidden by CSS and the sidebar is always shown.
 * The table of contents starts folded on narrow screens too.
 */

/** Wires `[data-menu-button]` to the element its aria-controls names. */
export function setUpCourseMenu(root: Document): void {
  const button = root.querySelector<HTMLButtonElement>('[data-menu-button]');
  const targetId = button?.getAttribute('aria-controls');
  const menu = targetId ? root.getElementById(targetId) : null;
  if (button && menu) {
    const setOpen = (open: boolean): void => {
      button.setAttribute('aria-expanded', String(open));
      menu.classList.toggle('is-open', open);
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    menu.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        button.focus();
      }
    });
  }
  const toc = root.querySelector<HTMLDetailsElement>('details[data-toc]');
  if (!toc) return;
  if (window.matchMedia('(max-width: 75rem)').matches) toc.open = false;
  // LessonToc.astro hides the list until now, so folding it does not move the lesson after first paint.
  toc.classList.add('is-ready');
}
