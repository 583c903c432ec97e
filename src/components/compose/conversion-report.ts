/**
 * What the converter island says about a conversion, as plain data: the status line and the list of
 * positioned diagnostics in the page's language. The island only puts it in the DOM.
 */
import type { ComposeConversion } from '../../../compose/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import { type Language, fill, formatPlace } from '../../../core/index.ts';

/** One line of the diagnostics list. */
export interface ReportItem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  /** `compose.yaml:4:13` */
  location: string;
  path: string;
  message: string;
}

/** The island's text for one conversion. */
export interface ConversionReport {
  ok: boolean;
  status: string;
  items: ReportItem[];
  yaml: string;
}

/** Builds the report of `conversion` in `lang`. */
export function conversionReport(
  conversion: ComposeConversion,
  strings: UiStrings<'compose'>,
  lang: Language,
): ConversionReport {
  const items = conversion.diagnostics.map((d) => ({
    severity: d.severity,
    line: d.place.line,
    column: d.place.column,
    location: formatPlace(d.place),
    path: d.place.path,
    message: d.message[lang],
  }));
  const errors = items.filter((i) => i.severity === 'error');
  const status = conversion.ok
    ? fill(strings.converted, { n: conversion.manifests.length })
    : fill(errors.length === 1 ? strings.failedOne : strings.failed, {
        n: errors.length,
        line: errors[0]?.line ?? 1,
      });
  return { ok: conversion.ok, status, items, yaml: conversion.yaml };
}
