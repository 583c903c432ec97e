/** The objects a student applies and what apply answers: Kubernetes objects as JSON, applied objects, custom kinds. */
import type { Diagnostic } from '../../core/index.ts';

/** A JSON object (a YAML mapping as parsed): what code reads field by field before it knows the kind. */
export type Json = Record<string, unknown>;

/** A Kubernetes object as plain JSON (what YAML parses to). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** One object an apply touched. */
export interface AppliedObject {
  kind: string;
  namespace: string | null;
  name: string;
  action: 'created' | 'configured' | 'unchanged';
}

/** What `apply` returns. `applied` is empty when there is any error: apply is all or nothing. */
export interface ApplyResult {
  /** Errors (severity `error`); non-empty means nothing was applied. */
  diagnostics: Diagnostic[];
  /** Warnings (severity `warning`), e.g. an object the simulator keeps but does not run. */
  warnings: Diagnostic[];
  applied: AppliedObject[];
}

/** What `validateManifests` returns: the objects as they would be applied. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  objects: KubeObject[];
  /** YAML documents (0-based index) in a removed API version, migrated: the fix for a `removed-api-version` error. */
  migrations: Array<{ documentIndex: number; object: KubeObject }>;
}

/** What a kind extension reports about one object: a diagnostic whose place is only a field path. */
export type ExtensionDiagnostic = Omit<Diagnostic, 'place'> & { path: string };

/** A custom kind the simulator accepts and turns into built-in objects (Deployment, Service…). */
export interface KindExtension {
  apiVersion: string;
  kind: string;
  namespaced: boolean;
  /** Checks one object; each diagnostic names a field path relative to the object (the file, line and column are filled in). */
  validate?(object: KubeObject): ExtensionDiagnostic[];
  /** The built-in objects this object stands for; they are owned by it and removed with it. */
  expand(object: KubeObject): KubeObject[];
}
