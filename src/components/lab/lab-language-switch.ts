/**
 * Node or Python in one lab: which language the student picked (kept per lab in this browser), the
 * lab's markup turned to that language before the editor mounts (tabs, starter code, instructions),
 * and the menu that switches it. The page renders one language; switching reloads it in the other,
 * so every panel starts from one consistent lab. Each language keeps its own saved edits.
 */
import { labInLanguage, labLanguages, type FunctionLanguage, type Lab } from '../../../labs/index.ts';
import { instructionsHtml } from './instructions-html.ts';
import { labPart } from './lab-parts.ts';

const key = (id: string): string => `faaslab:lab-language:${id}`;

/** The language to show: the student's choice for this lab, else the one the page rendered. */
export function chosenLanguage(root: HTMLElement, lab: Lab, storage: Storage | null): FunctionLanguage {
  const rendered: FunctionLanguage = root.dataset.language === 'python' ? 'python' : 'node';
  const stored = storage?.getItem(key(lab.id));
  return (stored === 'python' || stored === 'node') && labLanguages(lab).includes(stored) ? stored : rendered;
}

/** The lab in `language` with the markup rewritten to it when the page rendered the other one. */
export function applyLanguage(
  root: HTMLElement,
  base: Lab,
  language: FunctionLanguage,
  lang: 'es' | 'en',
): Lab {
  const lab = labInLanguage(base, language) ?? base;
  if ((root.dataset.language ?? 'node') === language) return lab;
  root.dataset.language = language;
  const files = Object.keys(lab.files);
  const tabs = [...root.querySelectorAll<HTMLButtonElement>('.fl-tabs [role="tab"]')];
  const fallbacks = [...root.querySelectorAll<HTMLElement>('[data-part="fallback"]')];
  tabs.forEach((tab, i) => {
    if (i >= files.length) return tab.remove();
    tab.dataset.file = files[i];
    tab.textContent = files[i]!;
  });
  fallbacks.forEach((pre, i) => {
    if (i >= files.length) return pre.remove();
    pre.dataset.file = files[i];
    pre.querySelector('code')!.textContent = lab.files[files[i]!]!;
  });
  const body = root.querySelector<HTMLElement>('.fl-instructions-body');
  if (body) body.innerHTML = instructionsHtml(lab.instructions[lang]);
  return lab;
}

/** Shows the language menu when the lab has both; a change is remembered and the page reloads. */
export function wireLanguageSelect(
  root: HTMLElement,
  base: Lab,
  language: FunctionLanguage,
  storage: Storage | null,
  beforeReload: () => void,
): void {
  const field = root.querySelector<HTMLElement>('[data-part="language-field"]');
  if (!field || labLanguages(base).length < 2) return;
  const select = labPart<HTMLSelectElement>(root, 'language-select');
  select.value = language;
  field.hidden = false;
  select.addEventListener('change', () => {
    try {
      storage?.setItem(key(base.id), select.value);
    } catch {
      return;
    }
    beforeReload();
    window.location.reload();
  });
}
