/**
 * Brings every ComposeConverter on the page to life: converts as the student types (and on the button),
 * lists positioned diagnostics that move the caret to their line, copies and downloads the YAML, and
 * sends it to a simulator island with the `faaslab:load-manifests` event.
 */
import { convertCompose } from '../../../compose/index.ts';
import { conversionReport, type ConversionReport } from './conversion-report.ts';
import { dispatchLoadManifests } from './load-manifests-event.ts';
import { uiStrings, type UiStrings } from '../../i18n/translate.ts';
import { type Language, fill } from '../../../core/index.ts';

/** Waits this long after the last keystroke before converting again. */
const TYPING_PAUSE_MS = 250;

/** Mounts every `[data-compose-converter]` under `root` once. */
export function mountComposeConverters(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-compose-converter]:not([data-mounted])')) {
    element.dataset.mounted = '';
    mountOne(element);
  }
}

function mountOne(element: HTMLElement): void {
  const lang: Language = element.dataset.lang === 'en' ? 'en' : 'es';
  const strings: UiStrings<'compose'> = uiStrings(lang, 'compose');
  const file = element.dataset.file ?? 'compose.yaml';
  const input = part<HTMLTextAreaElement>(element, 'input');
  const output = part<HTMLTextAreaElement>(element, 'output');
  const status = part<HTMLElement>(element, 'status');
  const list = part<HTMLOListElement>(element, 'diagnostics');
  const notice = part<HTMLElement>(element, 'notice');
  let report: ConversionReport | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = (): void => {
    clearTimeout(timer);
    report = conversionReport(convertCompose(input.value, { file }), strings, lang);
    render(report);
  };

  const render = (r: ConversionReport): void => {
    element.dataset.state = r.ok ? 'ok' : 'error';
    status.textContent = r.status;
    output.value = r.yaml;
    input.setAttribute('aria-invalid', String(!r.ok));
    list.replaceChildren(...r.items.map((item) => diagnosticItem(item, strings, input)));
    list.hidden = r.items.length === 0;
    for (const button of element.querySelectorAll<HTMLButtonElement>('[data-needs-yaml]'))
      button.disabled = !r.ok;
    notice.textContent = '';
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  part<HTMLButtonElement>(element, 'convert').addEventListener('click', run);
  part<HTMLButtonElement>(element, 'copy').addEventListener('click', () => {
    if (report?.ok)
      void copy(report.yaml, output).then(
        (done) => (notice.textContent = done ? strings.copied : strings.copyFailed),
      );
  });
  part<HTMLButtonElement>(element, 'download').addEventListener('click', () => {
    if (report?.ok) download(report.yaml, file.replace(/\.(ya?ml)$/i, '') + '-k8s.yaml');
  });
  element.querySelector<HTMLButtonElement>('[data-part="load"]')?.addEventListener('click', () => {
    if (!report?.ok) return;
    // A simulator that takes the manifests cancels the event; if none did, say so instead of claiming success.
    const unclaimed = dispatchLoadManifests(element, { yaml: report.yaml, file });
    notice.textContent = unclaimed ? strings.noSimulator : strings.loaded;
  });
  for (const hidden of element.querySelectorAll<HTMLElement>('[data-js-only]')) hidden.hidden = false;
  run();
}

function diagnosticItem(
  item: ConversionReport['items'][number],
  strings: UiStrings<'compose'>,
  input: HTMLTextAreaElement,
): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `diagnostic diagnostic--${item.severity}`;
  const badge = document.createElement('span');
  badge.className = 'diagnostic-badge';
  badge.textContent = item.severity === 'error' ? strings.error : strings.warning;
  const where = document.createElement('button');
  where.type = 'button';
  where.className = 'diagnostic-place';
  where.textContent = item.location;
  // The accessible name starts with the visible text, so voice control users can say what they see.
  where.setAttribute(
    'aria-label',
    `${item.location} (${fill(strings.goToLine, { line: item.line, column: item.column })})`,
  );
  where.addEventListener('click', () => selectPosition(input, item.line, item.column));
  const text = document.createElement('span');
  text.className = 'diagnostic-message';
  text.textContent = `${item.path ? `${item.path}: ` : ''}${item.message}`;
  li.append(badge, ' ', where, ' ', text);
  return li;
}

/** Puts the caret at line:column of the textarea and scrolls it into view. */
function selectPosition(input: HTMLTextAreaElement, line: number, column: number): void {
  const lines = input.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  const end = offset + Math.max(1, (lines[line - 1]?.length ?? 0) - column + 1);
  input.focus();
  input.setSelectionRange(offset, Math.min(end, input.value.length));
  const lineHeight = parseFloat(getComputedStyle(input).lineHeight) || 20;
  input.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

async function copy(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission, select the text so the student can copy it by hand.
    fallback.focus();
    fallback.select();
    return false;
  }
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function part<T extends HTMLElement>(element: HTMLElement, name: string): T {
  const found = element.querySelector<T>(`[data-part="${name}"]`);
  if (!found) throw new Error(`ComposeConverter: missing part "${name}"`);
  return found;
}
