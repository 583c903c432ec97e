import type { Diagnostic, KubeObject } from '../api-types.ts';

/** One imported object with where it came from. */
export interface ImportedObject {
  object: KubeObject;
  file: string;
  /** 0-based index of the YAML document. */
  documentIndex: number;
}

/** Result of importing YAML text. */
export interface ImportResult {
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  objects: ImportedObject[];
}

/** Parses, validates and migrates multi-document YAML (being implemented). */
export function importManifests(_yamlText: string, _fileName: string): ImportResult {
  return { diagnostics: [], warnings: [], objects: [] };
}
