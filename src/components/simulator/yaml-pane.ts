/**
 * The YAML pane: a CodeMirror 6 editor in YAML mode whose lint runs the simulator's importer (errors
 * underlined at their line, removed-API warnings with a one-click migration), an Apply button, and the
 * export of the cluster's state as YAML (copy, download).
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { forceLinting, lintGutter, linter, lintKeymap } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { loadSchemaValidators, validateManifests, type ApplyResult } from '../../../simulator/index.ts';
import { element } from './dom-element.ts';
import { toLintDiagnostics } from './manifest-diagnostics.ts';
import { diagnosticOnPage, fill } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The editor in the site's colours: the default style's dark-blue keys were unreadable on the dark theme. */
const yamlTheme = EditorView.theme({
  '&': { backgroundColor: 'var(--code-bg)', color: 'var(--text)' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
});

/** Syntax colours from CSS variables (simulator-panels.css, simulator-diagram.css), each with AA contrast in light and dark. */
const yamlHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--sim-syntax-key)' },
    { tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--sim-syntax-string)' },
    { tag: [tags.number, tags.bool, tags.null, tags.keyword], color: 'var(--sim-syntax-value)' },
    { tag: [tags.comment, tags.lineComment], color: 'var(--muted)', fontStyle: 'italic' },
    { tag: [tags.meta, tags.punctuation, tags.separator], color: 'var(--muted)' },
    { tag: [tags.invalid], color: 'var(--danger)' },
  ]),
);

/** What the pane needs from the island. */
export interface YamlPaneActions {
  apply(text: string): ApplyResult;
  exportYaml(): string;
  fileName: string;
}

/** The pane and a way to replace its text. */
export interface YamlPane {
  element: HTMLElement;
  setText(text: string): void;
}

/** Creates the pane with `initial` text. */
export function createYamlPane(
  initial: string,
  actions: YamlPaneActions,
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
): YamlPane {
  const status = element('p', { class: 'sim-yaml-status', role: 'status' });
  const host = element('div', { class: 'sim-editor' });
  const yamlLint = linter(
    (view) => {
      const text = view.state.doc.toString();
      const result = validateManifests(text, actions.fileName);
      return toLintDiagnostics(
        view.state.doc,
        [...result.diagnostics, ...result.warnings],
        result.migrations,
        t,
        lang,
      );
    },
    { delay: 300 },
  );
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: initial,
      extensions: [
        lineNumbers(),
        history(),
        // lintKeymap: Ctrl-Shift-M opens the list of diagnostics with their actions (the migration) from the keyboard.
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        yaml(),
        yamlTheme,
        yamlHighlight,
        yamlLint,
        lintGutter(),
        EditorView.contentAttributes.of({ 'aria-label': t.yamlLabel, tabindex: '0' }),
      ],
    }),
  });

  // The kubernetes-models type checks are a chunk of their own: fetch them with the editor, then lint again so
  // a wrong type (image: 5) is underlined too. Until they arrive, fields, values and kinds are still checked.
  void loadSchemaValidators().then(() => forceLinting(view));

  const apply = element('button', { type: 'button', class: 'button' }, t.apply);
  apply.addEventListener('click', () => {
    const result = actions.apply(view.state.doc.toString());
    forceLinting(view);
    if (result.diagnostics.length) {
      status.className = 'sim-yaml-status error';
      status.textContent = `${fill(t.applyErrors, { n: result.diagnostics.length })} ${result.diagnostics.map((d) => diagnosticOnPage(d, lang).line).join(' ')}`;
    } else {
      status.className = 'sim-yaml-status ok';
      status.textContent = fill(t.applied, {
        list: result.applied.map((a) => `${a.kind}/${a.name} (${a.action})`).join(', ') || '—',
      });
    }
  });

  const copy = element('button', { type: 'button', class: 'button ghost' }, t.copy);
  copy.addEventListener('click', () => {
    const text = actions.exportYaml();
    void navigator.clipboard?.writeText(text).then(
      () => (status.textContent = t.copied),
      () => (status.textContent = text),
    );
  });
  const download = element('button', { type: 'button', class: 'button ghost' }, t.download);
  download.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([actions.exportYaml()], { type: 'application/yaml' }));
    const link = element('a', { href: url, download: 'cluster.yaml' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  const pane = element(
    'section',
    { class: 'sim-yaml', 'aria-label': t.yaml },
    element('h4', { class: 'sim-panel-title' }, t.yaml),
    host,
    element(
      'div',
      { class: 'sim-row' },
      apply,
      element('span', { class: 'sim-export-label' }, `${t.exportYaml}:`),
      copy,
      download,
    ),
    status,
  );
  return {
    element: pane,
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
  };
}
