/**
 * What a write request asks of the apiserver beyond its body (`?dryRun=`, `?fieldValidation=`) and the
 * `Warning` headers a Warn validation answers with.
 */
import type { ServerResponse } from 'node:http';
import type { Language } from '../../core/index.ts';
import type { WriteOptions } from '../kube-api/kube-api.ts';

/**
 * `?dryRun=All` and `?fieldValidation=`: without the parameter the apiserver warns (Warn is its default since
 * v1.23); kubectl sends Strict unless told `--validate=warn|false`. `lang` is that of the simulator's own refusals.
 */
export function writeOptions(url: URL, lang: Language): WriteOptions {
  const asked = url.searchParams.get('fieldValidation');
  return {
    dryRun: url.searchParams.get('dryRun') === 'All',
    fieldValidation: asked === 'Strict' || asked === 'Ignore' ? asked : 'Warn',
    warnings: [],
    lang,
  };
}

/**
 * One warning as a header value: `299 - "…"`, its text's UTF-8 bytes each carried as one Latin-1 char, since
 * Node writes header strings as Latin-1 and throws on a char above U+00FF (a field named `端口`), while Go's
 * net/http (kubectl) reads the bytes back as UTF-8 (apimachinery util/net NewWarningHeader requires UTF-8 text).
 */
export function warningHeader(text: string): string {
  return Buffer.from(`299 - ${JSON.stringify(text)}`, 'utf8').toString('latin1');
}

/** Warn's warnings as `Warning: 299 - "…"` headers, one per field, as the apiserver sends them. */
export function warn(res: ServerResponse, options: WriteOptions): void {
  const found = (options.warnings ?? []).map(warningHeader);
  if (found.length === 0) return;
  const before = res.getHeader('Warning');
  const kept = before === undefined ? [] : Array.isArray(before) ? before : [String(before)];
  res.setHeader('Warning', [...kept, ...found]);
}
