/**
 * What the calculator shows for the values in its form, as plain data: the text summary (the same
 * words a screen reader hears), the limit warnings, the input problems and the chart's numbers. The
 * island only puts it in the DOM; the chart only draws it.
 */
import {
  compareFaasWithVm,
  faasCostCurve,
  pricingWith,
  validateCostInput,
  type CostField,
  type CostInputProblem,
  type FaasPricing,
} from '../../cost/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import { fill } from '../../../core/index.ts';

/** The chart's data: every number it needs, nothing it must compute. */
export interface BreakEvenChartData {
  faasPoints: { requests: number; cost: number }[];
  vmCost: number;
  breakEven: number | null;
  current: { requests: number; cost: number };
  xMax: number;
  yMax: number;
}

/** The calculator's state for one set of inputs. */
export type CalculatorView =
  | { ok: false; problems: CostInputProblem[]; message: string }
  | {
      ok: true;
      lines: string[];
      limitMessages: string[];
      canRunAsFaas: boolean;
      breakEven: number | null;
      cheaper: 'faas' | 'vm' | 'same';
      chart: BreakEvenChartData;
    };

/** Computes the view; `vmName` is the chosen instance type (or the word for "custom"); `freeTier` takes Lambda's monthly free tier off. */
export function calculatorView(
  raw: Readonly<Record<CostField, unknown>>,
  base: FaasPricing,
  vmName: string,
  strings: UiStrings<'calculator'>,
  lang: 'es' | 'en',
  freeTier = true,
): CalculatorView {
  const checked = validateCostInput(raw);
  if (!checked.ok) return { ok: false, problems: checked.problems, message: strings.fixInputs };
  const input = checked.input;
  const result = compareFaasWithVm(input, base, { freeTier });
  const format = formatters(lang);
  const n = format.count(input.requestsPerMonth);
  const lines = [
    fill(strings.faasLine, {
      platform: base.name,
      total: format.money(result.faas.total),
      requestCost: format.money(result.faas.requestCost),
      computeCost: format.money(result.faas.computeCost),
      gbSeconds: format.count(Math.round(result.faas.gbSeconds)),
    }),
    fill(strings.vmLine, { vm: vmName, total: format.money(result.vmMonthly) }),
    result.breakEvenRequests === null
      ? strings.breakEvenNone
      : fill(strings.breakEven, { n: format.count(Math.round(result.breakEvenRequests)) }),
    result.canRunAsFaas
      ? fill(
          result.cheaper === 'faas'
            ? strings.verdictFaas
            : result.cheaper === 'vm'
              ? strings.verdictVm
              : strings.verdictSame,
          { n },
        )
      : strings.verdictCannotRun,
  ];
  const limitMessages = result.limitProblems.map((p) => p.message[lang]);
  return {
    ok: true,
    lines,
    limitMessages,
    canRunAsFaas: result.canRunAsFaas,
    breakEven: result.breakEvenRequests,
    cheaper: result.cheaper,
    chart: chartData(
      input.requestsPerMonth,
      result.faas.total,
      result.faas.gbSecondsPerRequest,
      result.vmMonthly,
      result.breakEvenRequests,
      pricingWith(base, input, { freeTier }),
    ),
  };
}

/** Money, counts and compact counts in the page's language. */
export function formatters(lang: 'es' | 'en'): {
  money(v: number): string;
  count(v: number): string;
  compact(v: number): string;
  compactMoney(v: number): string;
} {
  const locale = lang === 'es' ? 'es-ES' : 'en-US';
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // es-ES leaves 4-digit numbers ungrouped by default; "always" groups them like the rest.
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const compactMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return {
    money: (v) => money.format(v),
    count: (v) => count.format(v),
    compact: (v) => compact.format(v),
    compactMoney: (v) => compactMoney.format(v),
  };
}

/**
 * The x range shows the student's workload and the break-even with room on the right; the y range shows
 * the VM line well above the floor and the workload's cost (the FaaS line may leave through the top).
 */
function chartData(
  requests: number,
  faasTotal: number,
  perRequest: number,
  vmCost: number,
  breakEven: number | null,
  pricing: FaasPricing,
): BreakEvenChartData {
  const xMax = niceCeiling(Math.max(requests * 1.25, (breakEven ?? 0) * 1.5, 1000));
  const faasPoints = faasCostCurve(perRequest, pricing, xMax);
  const yMax = niceCeiling(Math.max(vmCost * 1.6, faasTotal * 1.15, 1));
  return { faasPoints, vmCost, breakEven, current: { requests, cost: faasTotal }, xMax, yMax };
}

/** 1, 2 or 5 × a power of ten, at least `value`. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}
