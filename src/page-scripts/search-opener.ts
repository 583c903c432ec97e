/**
 * Opens the search dialog from the header button, Ctrl+K (⌘K) or "/". The dialog's code and Pagefind
 * load only on the first opening.
 */

/** True when the key press is typing into a field, where "/" must stay a character. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Wires `[data-search-open]` and the keyboard shortcuts to `dialog[data-search-dialog]`. */
export function setUpSearchOpener(root: Document): void {
  const dialog = root.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) return;
  let ready: Promise<void> | null = null;
  const open = (): void => {
    if (!dialog.open) dialog.showModal();
    ready ??= import('./search-dialog.ts').then(({ setUpSearchDialog }) => setUpSearchDialog(dialog));
  };
  root.querySelector('[data-search-open]')?.addEventListener('click', open);
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // Enter in the field opens the first result.
  dialog.querySelector('[data-search-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.querySelector<HTMLAnchorElement>('[data-search-results] a')?.click();
  });
  // A search field eats the first Escape (it clears the text); the student expects Escape to close.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  root.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (
      shortcut ||
      (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)
    ) {
      event.preventDefault();
      open();
    }
  });
}
