/// <reference types="vite/client" />
/**
 * The export dialog (loaded on the first click of its button): pick a format and settings, see the YAML,
 * copy or download it, and the commands that deploy it. The YAML comes from labs/export with the function
 * server's files bundled at build time, so what the browser offers is what `faaslab lab export` writes.
 */
import { getLab, labInLanguage } from '../../../labs/index.ts';
import pythonServer from '../../../labs/runtime/python/server.py?raw';
import { FUNCTION_SERVER_FILES } from '../../../labs/runtime/function-server/server-files.ts';
import { exportableLab, exportBundle, type ExportBundle } from '../../../labs/export/index.ts';
import { editsKey } from '../lab/saved-edits.ts';
import { formatOf, settingsFrom, studentFiles, type ExportFormValues } from './export-form.ts';
import { diagnosticOnPage, fill } from '../../../core/index.ts';
import { uiStrings, type UiStrings } from '../../i18n/translate.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function field(label: string, input: HTMLInputElement): HTMLLabelElement {
  return element('label', { className: 'ed-field' }, [element('span', {}, [label]), input]);
}

async function copyText(text: string, button: HTMLButtonElement, s: UiStrings<'export'>): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = s.copied;
  } catch {
    button.textContent = s.copyFailed;
  }
  setTimeout(() => (button.textContent = s.copy), 2000);
}

/** Opens the dialog for the lab named by `root.dataset.labId`; builds it the first time. */
export function openExportDialog(root: HTMLElement): void {
  const existing = root.querySelector('dialog');
  if (existing) return existing.showModal();
  const base = getLab(root.dataset.labId ?? '');
  if (!base) throw new Error(`ExportDialog: unknown lab ${root.dataset.labId}`);
  // Inside a lab, export the language the student is working in (the lab island keeps it on its root).
  const python = root.closest<HTMLElement>('[data-function-lab]')?.dataset.language === 'python';
  const lab = (python && labInLanguage(base, 'python')) || base;
  const lang = root.dataset.lang === 'en' ? 'en' : 'es';
  const s = uiStrings(lang, 'export');
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    // No storage (private mode): the starter is exported.
  }
  const { files, saved } = studentFiles(lab, storage, python ? editsKey(`${lab.id}:python`) : undefined);
  const handler = exportableLab({ ...lab, solution: files }, 'solution');
  const example = lab.examples[0]?.request ?? lab.checks[0]?.request;

  const titleId = `export-${lab.id}-title`;
  const dialog = element('dialog', { className: 'export-dialog' });
  dialog.setAttribute('aria-labelledby', titleId);
  const formats = element('fieldset', { className: 'ed-formats' }, [element('legend', {}, [s.format])]);
  for (const [value, label] of [
    ['k8s', s.formatK8s],
    ['stack', s.formatStack],
    ['crd', s.formatCrd],
  ] as const) {
    const radio = element('input', {
      type: 'radio',
      name: `export-${lab.id}-format`,
      value,
      checked: value === 'k8s',
    });
    radio.dataset.part = `format-${value}`;
    formats.append(element('label', { className: 'ed-radio' }, [radio, ` ${label}`]));
  }
  const inputs = {
    namespace: element('input', { type: 'text', name: 'namespace', autocomplete: 'off', spellcheck: false }),
    nodePort: element('input', { type: 'text', name: 'nodePort', inputMode: 'numeric', autocomplete: 'off' }),
    host: element('input', { type: 'text', name: 'host', autocomplete: 'off', spellcheck: false }),
    image: element('input', { type: 'text', name: 'image', autocomplete: 'off', spellcheck: false }),
  };
  const fields = {
    namespace: field(s.namespace, inputs.namespace),
    nodePort: field(s.nodePort, inputs.nodePort),
    host: field(s.host, inputs.host),
    image: field(s.image, inputs.image),
  };
  const problems = element('div', { className: 'ed-problems' });
  problems.setAttribute('role', 'alert');
  const fileLabel = element('p', { className: 'ed-file' });
  const yaml = element('pre', { className: 'ed-yaml', tabIndex: 0 });
  yaml.dataset.part = 'yaml';
  const note = element('p', { className: 'ed-note' });
  const copy = element('button', { type: 'button', className: 'button' }, [s.copy]);
  const download = element('button', { type: 'button', className: 'button button--ghost' });
  const commandList = element('ol', { className: 'ed-commands' });
  commandList.dataset.part = 'commands';
  const close = element('button', { type: 'button', className: 'button button--ghost ed-close' }, [s.close]);
  let current: ExportBundle | null = null;

  const values = (): ExportFormValues => ({
    format:
      dialog.querySelector<HTMLInputElement>(`input[name="export-${lab.id}-format"]:checked`)?.value ?? 'k8s',
    namespace: inputs.namespace.value,
    nodePort: inputs.nodePort.value,
    host: inputs.host.value,
    image: inputs.image.value,
  });

  const render = (): void => {
    const v = values();
    const format = formatOf(v);
    fields.nodePort.hidden = format !== 'k8s';
    fields.host.hidden = format !== 'k8s';
    fields.image.hidden = format === 'k8s';
    current = exportBundle(
      format,
      handler,
      python ? { 'server.py': pythonServer } : FUNCTION_SERVER_FILES,
      settingsFrom(v),
      example,
    );
    inputs.namespace.placeholder = current.settings.namespace;
    inputs.nodePort.placeholder = String(current.settings.nodePort);
    inputs.image.placeholder = current.settings.image;
    const messages = current.diagnostics.map((d) => diagnosticOnPage(d, lang).line);
    problems.replaceChildren(
      ...(messages.length
        ? [
            element('p', {}, [s.problems]),
            element(
              'ul',
              {},
              messages.map((m) => element('li', {}, [m])),
            ),
          ]
        : []),
    );
    const main = current.files[0];
    fileLabel.textContent = main ? fill(s.file, { file: main.path }) : '';
    yaml.textContent = main?.text ?? '';
    copy.disabled = download.disabled = !main;
    download.textContent = fill(s.download, { file: main?.path ?? '' });
    note.textContent = format === 'stack' ? fill(s.extraFiles, { lab: lab.id }) : '';
    commandList.replaceChildren(
      ...current.commands.map((c) => {
        const button = element(
          'button',
          { type: 'button', className: 'button button--ghost ed-copy-command' },
          [s.copy],
        );
        button.addEventListener('click', () => void copyText(c.command, button, s));
        return element('li', {}, [
          element('p', {}, [c.what[lang]]),
          element('code', {}, [c.command]),
          button,
        ]);
      }),
    );
  };

  copy.addEventListener('click', () => current?.files[0] && void copyText(current.files[0].text, copy, s));
  download.addEventListener('click', () => {
    for (const file of current?.files ?? []) {
      const url = URL.createObjectURL(new Blob([file.text], { type: 'text/plain;charset=utf-8' }));
      const a = element('a', { href: url, download: file.path.replace(/\//g, '-') });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('input', render);
  dialog.addEventListener('change', render);

  dialog.append(
    element('h2', { id: titleId }, [fill(s.title, { lab: lab.title[lang] })]),
    element('p', {}, [fill(s.intro, { source: saved ? s.sourceSaved : s.sourceStarter })]),
    formats,
    element('div', { className: 'ed-fields' }, Object.values(fields)),
    problems,
    fileLabel,
    yaml,
    note,
    element('div', { className: 'ed-actions' }, [copy, download]),
    element('h3', {}, [s.commands]),
    commandList,
    close,
  );
  root.append(dialog);
  render();
  dialog.showModal();
}
