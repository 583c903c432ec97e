/**
 * The control tabs beside the drawing (Send · Operations · Steps · YAML · kubectl): one panel shows at a
 * time, so every control is one click away instead of a long scroll below the diagram. WAI-ARIA tabs
 * pattern with automatic activation: www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
import { element } from './dom-element.ts';

/** One tab: its label, a key for tests and links (`data-tab`), and the panel's content. */
export interface WorkbenchTab {
  key: string;
  label: string;
  panel: HTMLElement;
  hidden?: boolean;
}

/** The tab strip with its panels, and a way to open a tab from elsewhere (the step bar). */
export interface WorkbenchTabs {
  element: HTMLElement;
  open(key: string, focus?: boolean): void;
}

let counter = 0;

/** Creates the tabs; the first visible one is open. */
export function createWorkbenchTabs(label: string, tabs: WorkbenchTab[]): WorkbenchTabs {
  const n = ++counter;
  const shown = tabs.filter((t) => !t.hidden);
  const buttons = shown.map((tab) =>
    element(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `sim-tab-${n}-${tab.key}`,
        'aria-controls': `sim-panel-${n}-${tab.key}`,
        'aria-selected': 'false',
        tabindex: -1,
        'data-tab': tab.key,
        class: 'sim-tab underline-tab',
      },
      tab.label,
    ),
  );
  const panels = shown.map((tab) =>
    element(
      'div',
      {
        role: 'tabpanel',
        id: `sim-panel-${n}-${tab.key}`,
        'aria-labelledby': `sim-tab-${n}-${tab.key}`,
        class: 'sim-tabpanel',
        'data-panel': tab.key,
        hidden: true,
      },
      tab.panel,
    ),
  );
  const open = (key: string, focus = false): void => {
    shown.forEach((tab, i) => {
      const selected = tab.key === key;
      buttons[i]!.setAttribute('aria-selected', String(selected));
      buttons[i]!.tabIndex = selected ? 0 : -1;
      panels[i]!.hidden = !selected;
      if (selected && focus) buttons[i]!.focus();
    });
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => {
      open(shown[i]!.key);
      // On a phone the panel may sit below the window: bring it up so one tap is all it takes.
      panels[i]!.scrollIntoView({ block: 'nearest' });
    });
    button.addEventListener('keydown', (event) => {
      const last = buttons.length - 1;
      const to =
        event.key === 'ArrowRight'
          ? (i + 1) % buttons.length
          : event.key === 'ArrowLeft'
            ? (i + last) % buttons.length
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : -1;
      if (to < 0) return;
      event.preventDefault();
      open(shown[to]!.key, true);
    });
  });
  if (shown[0]) open(shown[0].key);
  return {
    element: element(
      'div',
      { class: 'sim-controls' },
      element('div', { class: 'sim-tablist', role: 'tablist', 'aria-label': label }, ...buttons),
      ...panels,
    ),
    open,
  };
}
