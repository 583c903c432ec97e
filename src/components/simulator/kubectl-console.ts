/**
 * A kubectl console running the engine's interpreter: one command line, its output, and a history
 * walked with the up and down arrows like a shell's.
 */
import type { KubectlResult } from '../../../simulator/index.ts';
import { element } from './dom-element.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** Output entries kept (a command's text and its error count as two). */
const MAX_ENTRIES = 300;

/** Creates the console; `run` executes a command line (without the word `kubectl`). */
export function createKubectlConsole(
  t: UiStrings<'simulator'>,
  run: (args: string) => KubectlResult | Promise<KubectlResult>,
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
  let stopWatch: (() => void) | null = null;
  let cursor = 0;
  const form = element(
    'form',
    { class: 'sim-console-form' },
    element(
      'label',
      { for: id },
      element('span', { class: 'sim-prompt' }, '$ kubectl'),
      element('span', { class: 'visually-hidden' }, t.kubectlLabel),
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
    stopWatch?.();
    stopWatch = null;
    input.value = '';
    const answer = run(line);
    if (answer instanceof Promise) void answer.then((result) => show(line, result));
    else show(line, answer);
  });
  /** Prints one command's result (and starts its watch) after its command line. */
  function show(line: string, result: KubectlResult): void {
    // stdout as text, stderr in an error span (styled as an error, announced with the rest of the log).
    output.append(`$ kubectl ${line}\n${result.stdout}`);
    if (result.stderr)
      output.append(
        element(
          'span',
          { class: 'sim-console-error' },
          result.stderr.endsWith('\n') ? result.stderr : result.stderr + '\n',
        ),
      );
    while (output.childNodes.length > MAX_ENTRIES) output.firstChild?.remove();
    output.scrollTop = output.scrollHeight;
    // `get -w` streams until the next command, as a terminal's watch runs until Ctrl+C.
    if (result.watch)
      stopWatch = result.watch((text) => {
        output.append(text);
        while (output.childNodes.length > MAX_ENTRIES) output.firstChild?.remove();
        output.scrollTop = output.scrollHeight;
      });
  }
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
