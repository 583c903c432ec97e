/**
 * The apiserver's field validation of a write (kubernetes.io/docs/reference/using-api/api-concepts/#field-validation):
 * Strict refuses an unknown field (the simulator's importer reports it), Warn drops it and says so in a
 * `Warning` header, Ignore drops it silently. kubectl asks Strict unless told `--validate=warn|false`.
 */
import type { Language } from '../../core/index.ts';
import { findUnknownFields } from '../importer/unknown-fields.ts';
import { formatFieldPath, type FieldPath } from '../importer/yaml-locator.ts';
import { isJson, type Json } from './object-meta.ts';

/** The apiserver's `fieldValidation` (kubectl --validate=strict|warn|false): what to do with unknown fields. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** How a write is made: `?dryRun=All`, `?fieldValidation=`, and where Warn's warnings go. */
export interface WriteOptions {
  dryRun?: boolean;
  /** Default Strict (refuse unknown fields), as kubectl asks by default. */
  fieldValidation?: FieldValidation;
  /** Receives Warn's warnings (`unknown field "spec.foo"`), sent as `Warning` headers. */
  warnings?: string[];
  /** The language of the simulator's own refusals (a kind it does not write, a node it cannot change). */
  lang?: Language;
}

/** Under Warn or Ignore, removes the unknown fields from `object` (its nested objects copied, not changed). */
export function dropUnknownFields(object: Json, options: WriteOptions): void {
  const validation = options.fieldValidation ?? 'Strict';
  if (validation === 'Strict') return;
  for (const unknown of findUnknownFields(object, String(object.apiVersion), String(object.kind))) {
    dropField(object, unknown.path);
    if (validation === 'Warn') options.warnings?.push(`unknown field "${formatFieldPath(unknown.path)}"`);
  }
}

/** Removes one field, copying the objects and lists on its way (the body's nested objects are the client's). */
function dropField(object: Json, path: FieldPath): void {
  let parent: Json | unknown[] = object;
  for (const step of path.slice(0, -1)) {
    const child: unknown = Array.isArray(parent) ? parent[step as number] : parent[step as string];
    const copy: unknown = Array.isArray(child) ? [...child] : isJson(child) ? { ...child } : child;
    if (Array.isArray(parent)) parent[step as number] = copy;
    else parent[step as string] = copy;
    if (!Array.isArray(copy) && !isJson(copy)) return;
    parent = copy;
  }
  const last = path[path.length - 1];
  if (!Array.isArray(parent) && last !== undefined) delete parent[String(last)];
}
