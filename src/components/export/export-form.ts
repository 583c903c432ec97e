/**
 * The DOM-free half of the export dialog: the form's text values → export settings, and which handler to
 * export (the student's saved edits, else the starter).
 */
import type { FunctionFiles, Lab } from '../../../labs/index.ts';
import type { ExportFormat, ExportSettings } from '../../../labs/export/index.ts';
import { editsKey } from '../lab/saved-edits.ts';

/** The dialog's fields as the browser gives them: strings. */
export interface ExportFormValues {
  format: string;
  namespace: string;
  nodePort: string;
  host: string;
  image: string;
}

/** The format chosen, `k8s` for anything unknown. */
export function formatOf(values: ExportFormValues): ExportFormat {
  return values.format === 'stack' || values.format === 'crd' ? values.format : 'k8s';
}

/** Settings from the form: empty fields keep the defaults; a NodePort that is not a number is passed on as NaN so the exporter reports it. */
export function settingsFrom(values: ExportFormValues): ExportSettings {
  const text = (v: string) => v.trim();
  return {
    ...(text(values.namespace) ? { namespace: text(values.namespace) } : {}),
    ...(text(values.nodePort) ? { nodePort: Number(text(values.nodePort)) } : {}),
    ...(text(values.host) ? { ingressHost: text(values.host) } : {}),
    ...(text(values.image) ? { image: text(values.image) } : {}),
  };
}

/** The student's files saved by the lab island, or the starter when there are none (or they cannot be read). */
export function studentFiles(
  lab: Lab,
  storage: Pick<Storage, 'getItem'> | null,
  key: string = editsKey(lab.id),
): { files: FunctionFiles; saved: boolean } {
  const handlerFile = lab.language === 'python' ? 'handler.py' : 'handler.js';
  try {
    const raw = storage?.getItem(key);
    const record = raw ? (JSON.parse(raw) as { current?: { files?: unknown } }) : null;
    const files = record?.current?.files;
    if (
      files &&
      typeof files === 'object' &&
      typeof (files as Record<string, unknown>)[handlerFile] === 'string'
    ) {
      return { files: files as FunctionFiles, saved: true };
    }
  } catch {
    // An unreadable entry: export the starter, the lab island keeps the entry aside.
  }
  return { files: lab.files, saved: false };
}
