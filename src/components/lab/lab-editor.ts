/**
 * The lab's CodeMirror 6 editor with one tab per file (handler.js in JavaScript, package.json in
 * JSON). Each file keeps its own EditorState, so undo history survives switching tabs. Tab is not
 * bound inside the editor, so keyboard users can leave it (Escape then Tab also works).
 */
import { basicSetup } from 'codemirror';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { python } from '@codemirror/lang-python';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { FunctionFiles } from '../../../labs/index.ts';

/** Colours from the site's tokens, so light and dark themes both apply. */
const siteTheme = EditorView.theme({
  '&': { backgroundColor: 'var(--code-bg)', color: 'var(--text)', fontSize: '0.9rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine, .cm-activeLineGutter': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 8%, transparent)',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '-2px' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 28%, transparent) !important',
  },
});

/** Syntax colours from CSS variables (function-lab-frame.css), each with AA contrast in light and dark. */
const siteHighlight = syntaxHighlighting(
  HighlightStyle.define([
    {
      tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.bool, tags.null],
      color: 'var(--fl-syntax-keyword)',
    },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--fl-syntax-string)' },
    { tag: [tags.number], color: 'var(--fl-syntax-number)' },
    {
      tag: [tags.comment, tags.lineComment, tags.blockComment],
      color: 'var(--fl-syntax-comment)',
      fontStyle: 'italic',
    },
    {
      tag: [tags.propertyName, tags.function(tags.variableName), tags.definition(tags.variableName)],
      color: 'var(--fl-syntax-name)',
    },
    { tag: [tags.invalid], color: 'var(--danger)' },
  ]),
);

function languageOf(file: string): Extension {
  if (file.endsWith('.py')) return python();
  return file.endsWith('.json') ? json() : javascript();
}

/** Options of {@link LabEditor}. */
export interface LabEditorOptions {
  /** The tabpanel the editor lives in. */
  pane: HTMLElement;
  /** The tab buttons (`data-file` names the file). */
  tabs: HTMLButtonElement[];
  files: FunctionFiles;
  /** Accessible name of the editor for a file. */
  label: (file: string) => string;
  onChange: (file: string, text: string) => void;
}

/** The editor. */
export class LabEditor {
  private readonly states = new Map<string, EditorState>();
  private readonly view: EditorView;
  private active: string;

  constructor(private readonly options: LabEditorOptions) {
    this.active = options.tabs[0]?.dataset.file ?? Object.keys(options.files)[0] ?? 'handler.js';
    for (const [file, text] of Object.entries(options.files))
      this.states.set(file, this.createState(file, text));
    options.pane.replaceChildren();
    this.view = new EditorView({ state: this.stateOf(this.active), parent: options.pane });
    this.labelContent();
    this.wireTabs();
  }

  private createState(file: string, text: string): EditorState {
    return EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        languageOf(file),
        siteTheme,
        siteHighlight,
        lintGutter(),
        // contenteditable is focusable already; the explicit tabindex lets checkers (axe) see that its
        // scroll area is reachable by keyboard.
        EditorView.contentAttributes.of({ tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) this.options.onChange(file, update.state.doc.toString());
        }),
      ],
    });
  }

  private stateOf(file: string): EditorState {
    let state = this.states.get(file);
    if (!state) {
      state = this.createState(file, '');
      this.states.set(file, state);
    }
    return state;
  }

  private labelContent(): void {
    this.view.contentDOM.setAttribute('aria-label', this.options.label(this.active));
  }

  private wireTabs(): void {
    const { tabs } = this.options;
    tabs.forEach((tab, index) => {
      tab.addEventListener('click', () => this.show(tab.dataset.file ?? ''));
      // WAI-ARIA tabs pattern: arrows move between tabs, Home/End to the ends.
      tab.addEventListener('keydown', (event) => {
        const last = tabs.length - 1;
        const to = {
          ArrowRight: index === last ? 0 : index + 1,
          ArrowLeft: index === 0 ? last : index - 1,
          Home: 0,
          End: last,
        }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        tabs[to]?.focus();
        this.show(tabs[to]?.dataset.file ?? '');
      });
    });
  }

  /** Shows a file's tab. */
  show(file: string): void {
    if (!this.states.has(file) || file === this.active) return;
    this.states.set(this.active, this.view.state);
    this.active = file;
    this.view.setState(this.stateOf(file));
    this.labelContent();
    for (const tab of this.options.tabs) {
      const selected = tab.dataset.file === file;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected) this.options.pane.setAttribute('aria-labelledby', tab.id);
    }
  }

  /** The file shown now. */
  activeFile(): string {
    return this.active;
  }

  /** Every file's current text. */
  files(): FunctionFiles {
    this.states.set(this.active, this.view.state);
    return Object.fromEntries([...this.states].map(([file, state]) => [file, state.doc.toString()]));
  }

  /** Replaces the text of every file (reset, solution, undo) as one undoable change per file. */
  setFiles(files: FunctionFiles): void {
    this.states.set(this.active, this.view.state);
    for (const [file, text] of Object.entries(files)) {
      const state = this.stateOf(file);
      if (state.doc.toString() === text) continue;
      const next = state.update({ changes: { from: 0, to: state.doc.length, insert: text } }).state;
      this.states.set(file, next);
    }
    this.view.setState(this.stateOf(this.active));
    this.labelContent();
  }

  /**
   * Marks problems in the files (a syntax error from the runtime), or clears them with `[]`.
   * Lines and columns are 1-based; line 0 means the whole file (marked on its first line).
   */
  showProblems(problems: { file: string; line: number; column: number; message: string }[]): void {
    this.states.set(this.active, this.view.state);
    for (const [file, state] of this.states) {
      const marks = problems
        .filter((p) => p.file === file)
        .map((p) => {
          const line = state.doc.line(Math.min(Math.max(p.line, 1), state.doc.lines));
          const from = Math.min(line.from + Math.max(p.column - 1, 0), line.to);
          return { from, to: Math.max(from, line.to), severity: 'error' as const, message: p.message };
        });
      const next = state.update(setDiagnostics(state, marks)).state;
      if (file === this.active) this.view.dispatch(setDiagnostics(this.view.state, marks));
      else this.states.set(file, next);
    }
  }

  /** Shows a file at a line and column (1-based) with the cursor there. */
  goTo(file: string, line: number, column: number): void {
    this.show(file);
    const doc = this.view.state.doc;
    const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
    const pos = Math.min(target.from + Math.max(column - 1, 0), target.to);
    this.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    this.view.focus();
  }

  /** Puts the keyboard focus in the editor. */
  focus(): void {
    this.view.focus();
  }

  /** Removes the editor. */
  destroy(): void {
    this.view.destroy();
  }
}
