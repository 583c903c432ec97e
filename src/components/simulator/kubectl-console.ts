/**
 * A kubectl console running the engine's interpreter: one command line, its output, and a history
 * walked with the up and down arrows like a shell's.
 */
import type { KubectlResult } from '../../../simulator/index.ts';
import { element } from './dom-element.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** Creates the console; `run` executes a command line (without the word `kubectl`). */
export function createKubectlConsole(
  t: UiStrings<'simulator'>,
  run: (args: string) => KubectlResult,
): HTMLElement {
  const id = `kubectl-${Math.floor(performance.now() * 1000) % 1e9}`;
  const output = element('pre', {
    class: 'sim-console-output',
    tabindex: 0,
    role: 'log',
    'aria-label': t.kubectl,
  });
  const input = element('input', {
    id,
    type: 'text',
    class: 'sim-console-input',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'get pods -o wide',
  });
  const history: string[] = [];
  let cursor = 0;
  const form = element(
    'form',
    { class: 'sim-console-form' },
    element(
      'label',
      { for: id },
      element('span', { class: 'sim-prompt' }, '$ kubectl'),
      element('span', { class: 'sr-only' }, t.kubectlLabel),
    ),
    input,
    element('button', { type: 'submit', class: 'button' }, t.run),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const line = input.value.trim().replace(/^kubectl\s+/, '');
    if (!line) return;
    history.push(line);
    cursor = history.length;
    const result = run(line);
    const text = `$ kubectl ${line}\n${result.stdout}${result.stderr}`;
    output.textContent = `${output.textContent ?? ''}${text}${text.endsWith('\n') ? '' : '\n'}`
      .split('\n')
      .slice(-400)
      .join('\n');
    output.scrollTop = output.scrollHeight;
    input.value = '';
  });
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    cursor = Math.max(0, Math.min(history.length, cursor + (event.key === 'ArrowUp' ? -1 : 1)));
    input.value = history[cursor] ?? '';
  });
  return element(
    'section',
    { class: 'sim-console', 'aria-label': t.kubectl },
    element('h4', { class: 'sim-panel-title' }, t.kubectl),
    element('p', { class: 'sim-help' }, t.kubectlHelp),
    output,
    form,
  );
}
