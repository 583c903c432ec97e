/**
 * The calculator's inputs, checked: what the student typed becomes numbers or problems with the field
 * and a message in Spanish and English. Nothing here throws for a student's typing.
 */
import { costMessage, type CostField, type CostMessageCode } from './cost-messages.ts';
import type { Bilingual } from '../../core/index.ts';

/** A workload and the prices to compare it with. */
export interface CostInput {
  requestsPerMonth: number;
  durationMs: number;
  memoryMb: number;
  pricePerMillionRequests: number;
  pricePerGbSecond: number;
  vmHourlyUsd: number;
}

/** Why a field was refused. */
export interface CostInputProblem {
  code: CostMessageCode;
  field: CostField;
  message: Bilingual;
}

/** Each field's rule: may it be 0, must it be whole, how large may it be. */
const RULES: Record<CostField, { zero: boolean; integer: boolean; max: number }> = {
  requestsPerMonth: { zero: true, integer: true, max: 1e13 },
  // Longer than Lambda's 15 minutes is allowed here: the model must be able to say "cannot run as FaaS".
  durationMs: { zero: false, integer: false, max: 7 * 24 * 3_600_000 },
  memoryMb: { zero: false, integer: true, max: 1_048_576 },
  pricePerMillionRequests: { zero: true, integer: false, max: 1e6 },
  pricePerGbSecond: { zero: true, integer: false, max: 1e3 },
  vmHourlyUsd: { zero: true, integer: false, max: 1e5 },
};

/** The fields in the order the calculator shows them. */
export const COST_FIELDS = Object.keys(RULES) as CostField[];

/** Checks raw values (numbers, or text from an input); returns the input or every problem found. */
export function validateCostInput(
  raw: Readonly<Record<CostField, unknown>>,
): { ok: true; input: CostInput } | { ok: false; problems: CostInputProblem[] } {
  const problems: CostInputProblem[] = [];
  const values = {} as CostInput;
  for (const field of COST_FIELDS) {
    const value = raw[field];
    const text = typeof value === 'string' ? value.trim() : value;
    const number =
      typeof text === 'number'
        ? text
        : typeof text === 'string' && text !== ''
          ? Number(text.replace(/[\s_]/g, ''))
          : NaN;
    const rule = RULES[field];
    const problem = (code: CostMessageCode, params: Record<string, string | number> = {}): void =>
      void problems.push({
        code,
        field,
        message: costMessage(code, { value: String(value), ...params }, field),
      });
    if (!Number.isFinite(number)) problem('not-a-number');
    else if (number < 0) problem('negative');
    else if (number === 0 && !rule.zero) problem('not-positive');
    else if (rule.integer && !Number.isInteger(number)) problem('not-integer');
    else if (number > rule.max) problem('too-large', { limit: rule.max });
    else values[field] = number;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, input: values };
}
