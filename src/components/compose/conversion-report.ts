/**
 * What the converter island says about a conversion, as plain data: the status line and the list of
 * positioned diagnostics in the page's language. The island only puts it in the DOM.
 */
import type { ComposeConversion, ComposeLanguage } from '../../../simulator/compose/index.ts';
import type { ComposeConverterStrings } from './strings.ts';

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
  strings: ComposeConverterStrings,
  lang: ComposeLanguage,
): ConversionReport {
  const items = conversion.diagnostics.map((d) => ({
    severity: d.severity,
    line: d.line,
    column: d.column,
    location: `${d.file}:${d.line}:${d.column}`,
    path: d.path,
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

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
