/**
 * The bar under the editor: reset to the starter and reveal the solution (after a confirmation),
 * both keeping the replaced version, and undo to get it back.
 */
import type { Lab } from '../../../labs/index.ts';
import type { LabEditor } from './lab-editor.ts';
import { labPart } from './lab-parts.ts';
import type { SavedEdits } from './saved-edits.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** What the bar needs. */
export interface EditorBarOptions {
  s: UiStrings<'lab'>;
  lab: Lab;
  edits: SavedEdits;
  editor: LabEditor;
  /** Called after the editor's files were replaced (the editor's own change events do not fire then). */
  onReplaced: () => void;
}

/** Wires the bar's buttons. */
export function wireEditorBar(
  root: HTMLElement,
  { s, lab, edits, editor, onReplaced }: EditorBarOptions,
): void {
  const undo = labPart<HTMLButtonElement>(root, 'undo');
  const status = labPart(root, 'save-status');
  const replace = (files: Record<string, string>, message: string): void => {
    // The editor's current text is what gets kept, even if the debounce has not written it yet.
    for (const [file, text] of Object.entries(editor.files())) edits.update(file, text);
    editor.setFiles(edits.replaceAll(files));
    undo.hidden = false;
    status.textContent = message;
    onReplaced();
  };
  undo.hidden = !edits.canUndo();
  labPart(root, 'reset').addEventListener('click', () => replace(lab.files, s.resetDone));
  labPart(root, 'solution').addEventListener('click', () => {
    if (window.confirm(s.solutionConfirm)) replace(lab.solution, s.solutionShown);
  });
  undo.addEventListener('click', () => {
    const files = edits.undo();
    if (!files) return;
    editor.setFiles(files);
    onReplaced();
    status.textContent = s.undone;
    editor.focus();
  });
}
