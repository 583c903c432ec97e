/**
 * The cost model's messages by code, in Spanish and English: invalid inputs and FaaS limits.
 */

import { fillBilingual, type Bilingual } from '../../core/index.ts';

/** Code → templates; `{field}`, `{value}`, `{limit}` are filled in. */
export const COST_MESSAGES = {
  'not-a-number': {
    es: '{field}: "{value}" no es un número.',
    en: '{field}: "{value}" is not a number.',
  },
  negative: {
    es: '{field} no puede ser negativo ({value}).',
    en: '{field} cannot be negative ({value}).',
  },
  'not-positive': {
    es: '{field} debe ser mayor que 0 ({value}).',
    en: '{field} must be greater than 0 ({value}).',
  },
  'not-integer': {
    es: '{field} debe ser un número entero ({value}).',
    en: '{field} must be a whole number ({value}).',
  },
  'too-large': {
    es: '{field} es demasiado grande ({value}; máximo {limit}).',
    en: '{field} is too large ({value}; at most {limit}).',
  },
  'duration-over-limit': {
    es: 'No puede ejecutarse como FaaS: dura {value} s y Lambda corta cada invocación a los {limit} s (15 min). Divide el trabajo o usa un contenedor o una VM.',
    en: 'Cannot run as FaaS: it takes {value} s and Lambda stops every invocation at {limit} s (15 min). Split the work or use a container or a VM.',
  },
  'memory-over-limit': {
    es: 'No puede ejecutarse como FaaS: pide {value} MB y Lambda da como máximo {limit} MB.',
    en: 'Cannot run as FaaS: it needs {value} MB and Lambda gives at most {limit} MB.',
  },
  'memory-under-limit': {
    es: 'Lambda asigna al menos {limit} MB; se factura {limit} MB aunque pidas {value} MB.',
    en: 'Lambda allocates at least {limit} MB; {limit} MB is billed even though you asked for {value} MB.',
  },
} satisfies Record<string, Bilingual>;

/** Every code of the cost model's messages. */
export type CostMessageCode = keyof typeof COST_MESSAGES;

/** Field names as the student sees them. */
export const COST_FIELD_NAMES = {
  requestsPerMonth: { es: 'Peticiones al mes', en: 'Requests per month' },
  durationMs: { es: 'Duración (ms)', en: 'Duration (ms)' },
  memoryMb: { es: 'Memoria (MB)', en: 'Memory (MB)' },
  pricePerMillionRequests: { es: 'Precio por millón de peticiones', en: 'Price per million requests' },
  pricePerGbSecond: { es: 'Precio por GB-s', en: 'Price per GB-s' },
  vmHourlyUsd: { es: 'Precio de la VM por hora', en: 'VM price per hour' },
} satisfies Record<string, Bilingual>;

/** A field of the cost input. */
export type CostField = keyof typeof COST_FIELD_NAMES;

/** Fills a code's templates in both languages. */
export function costMessage(
  code: CostMessageCode,
  params: Record<string, string | number>,
  field?: CostField,
): Bilingual {
  // `{field}` is the field's name in each language; a parameter of the same name does not override it.
  return fillBilingual(COST_MESSAGES[code], field ? { ...params, field: COST_FIELD_NAMES[field] } : params);
}
