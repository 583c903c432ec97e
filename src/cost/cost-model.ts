/**
 * FaaS versus an always-on VM, as pure functions. FaaS monthly cost = billable requests × price per
 * request + billable GB-seconds × price per GB-second, where the free tier is taken off each count
 * first; the VM costs its hourly price × 730 hours whatever the traffic. The break-even is the number
 * of requests a month at which both cost the same.
 */
import type { CostInput } from './cost-input.ts';
import { costMessage } from './cost-messages.ts';
import { HOURS_PER_MONTH, type FaasLimits, type FaasPricing } from './price-table.ts';
import type { Bilingual } from '../../core/index.ts';

/** What one month of the workload costs on FaaS, and how it was counted. */
export interface FaasCost {
  /** Duration rounded up to the billing granularity (1 ms on Lambda). */
  billedDurationMs: number;
  /** Memory billed: what was asked, but at least the platform's minimum. */
  billedMemoryMb: number;
  gbSecondsPerRequest: number;
  gbSeconds: number;
  billableRequests: number;
  billableGbSeconds: number;
  requestCost: number;
  computeCost: number;
  total: number;
}

/** A limit the workload meets; `blocking` problems mean it cannot run as FaaS at all. */
export interface FaasLimitProblem {
  code: 'duration-over-limit' | 'memory-over-limit' | 'memory-under-limit';
  blocking: boolean;
  message: Bilingual;
}

/** The whole comparison the calculator shows. */
export interface CostComparison {
  faas: FaasCost;
  vmMonthly: number;
  /** Requests a month at which FaaS costs as much as the VM; null if FaaS never does (all prices 0). */
  breakEvenRequests: number | null;
  cheaper: 'faas' | 'vm' | 'same';
  canRunAsFaas: boolean;
  limitProblems: FaasLimitProblem[];
}

/** Options of the comparison. */
export interface CompareOptions {
  /** Take the monthly free tier off (default true); off, the bill is what a heavy account pays. */
  freeTier?: boolean;
}

/** A FaaS price list with the student's prices in place of the table's, and the free tier on or off. */
export function pricingWith(
  base: FaasPricing,
  input: Pick<CostInput, 'pricePerMillionRequests' | 'pricePerGbSecond'>,
  options: CompareOptions = {},
): FaasPricing {
  const free = options.freeTier === false ? { freeRequestsPerMonth: 0, freeGbSecondsPerMonth: 0 } : {};
  return {
    ...base,
    pricePerMillionRequests: input.pricePerMillionRequests,
    pricePerGbSecond: input.pricePerGbSecond,
    ...free,
  };
}

/** GB-seconds one invocation is billed for: (memory / 1024) × rounded-up duration. */
export function gbSecondsPerRequest(durationMs: number, memoryMb: number, pricing: FaasPricing): number {
  const billedMs = Math.ceil(durationMs / pricing.billingGranularityMs) * pricing.billingGranularityMs;
  return (Math.max(memoryMb, pricing.limits.minMemoryMb) / 1024) * (billedMs / 1000);
}

/** The monthly FaaS cost of `requests` invocations of `perRequest` GB-seconds each. */
export function faasCostAt(requests: number, perRequest: number, pricing: FaasPricing): number {
  const billableRequests = Math.max(0, requests - pricing.freeRequestsPerMonth);
  const billableGbSeconds = Math.max(0, requests * perRequest - pricing.freeGbSecondsPerMonth);
  return (
    (billableRequests / 1e6) * pricing.pricePerMillionRequests + billableGbSeconds * pricing.pricePerGbSecond
  );
}

/** The monthly FaaS bill of a workload, itemised. */
export function faasMonthlyCost(
  workload: Pick<CostInput, 'requestsPerMonth' | 'durationMs' | 'memoryMb'>,
  pricing: FaasPricing,
): FaasCost {
  const billedDurationMs =
    Math.ceil(workload.durationMs / pricing.billingGranularityMs) * pricing.billingGranularityMs;
  const billedMemoryMb = Math.max(workload.memoryMb, pricing.limits.minMemoryMb);
  const perRequest = gbSecondsPerRequest(workload.durationMs, workload.memoryMb, pricing);
  const gbSeconds = workload.requestsPerMonth * perRequest;
  const billableRequests = Math.max(0, workload.requestsPerMonth - pricing.freeRequestsPerMonth);
  const billableGbSeconds = Math.max(0, gbSeconds - pricing.freeGbSecondsPerMonth);
  const requestCost = (billableRequests / 1e6) * pricing.pricePerMillionRequests;
  const computeCost = billableGbSeconds * pricing.pricePerGbSecond;
  return {
    billedDurationMs,
    billedMemoryMb,
    gbSecondsPerRequest: perRequest,
    gbSeconds,
    billableRequests,
    billableGbSeconds,
    requestCost,
    computeCost,
    total: requestCost + computeCost,
  };
}

/** An always-on VM for a month: hourly price × 730 h × instances. */
export function vmMonthlyCost(hourlyUsd: number, instances = 1): number {
  return hourlyUsd * HOURS_PER_MONTH * instances;
}

/**
 * The requests a month at which FaaS costs `vmMonthly`. FaaS cost is piecewise linear in the requests
 * (flat inside each free tier, steeper once both are used up), so the crossing is solved segment by segment.
 */
export function breakEvenRequests(
  perRequest: number,
  pricing: FaasPricing,
  vmMonthly: number,
): number | null {
  if (vmMonthly <= 0) return 0;
  const kinks = [
    pricing.freeRequestsPerMonth,
    perRequest > 0 ? pricing.freeGbSecondsPerMonth / perRequest : Infinity,
  ]
    .filter((n) => Number.isFinite(n) && n > 0)
    .sort((a, b) => a - b);
  let start = 0;
  for (const end of [...kinks, Infinity]) {
    const from = faasCostAt(start, perRequest, pricing);
    const probe = Number.isFinite(end) ? end : start + 1e6;
    const slope = (faasCostAt(probe, perRequest, pricing) - from) / (probe - start);
    if (slope > 0) {
      const crossing = start + (vmMonthly - from) / slope;
      if (crossing <= end) return crossing;
    }
    start = end;
  }
  return null;
}

/** The workload against the platform's limits (Lambda: 900 s, 128–10,240 MB). */
export function faasLimitProblems(
  workload: Pick<CostInput, 'durationMs' | 'memoryMb'>,
  limits: FaasLimits,
): FaasLimitProblem[] {
  const problems: FaasLimitProblem[] = [];
  if (workload.durationMs > limits.maxDurationMs) {
    const params = { value: round(workload.durationMs / 1000), limit: limits.maxDurationMs / 1000 };
    problems.push({
      code: 'duration-over-limit',
      blocking: true,
      message: costMessage('duration-over-limit', params),
    });
  }
  if (workload.memoryMb > limits.maxMemoryMb) {
    problems.push({
      code: 'memory-over-limit',
      blocking: true,
      message: costMessage('memory-over-limit', { value: workload.memoryMb, limit: limits.maxMemoryMb }),
    });
  } else if (workload.memoryMb < limits.minMemoryMb) {
    problems.push({
      code: 'memory-under-limit',
      blocking: false,
      message: costMessage('memory-under-limit', { value: workload.memoryMb, limit: limits.minMemoryMb }),
    });
  }
  return problems;
}

/** Compares a workload on FaaS (with the input's prices) with an always-on VM. */
export function compareFaasWithVm(
  input: CostInput,
  base: FaasPricing,
  options: CompareOptions = {},
): CostComparison {
  const pricing = pricingWith(base, input, options);
  const faas = faasMonthlyCost(input, pricing);
  const vmMonthly = vmMonthlyCost(input.vmHourlyUsd);
  const limitProblems = faasLimitProblems(input, pricing.limits);
  // Cents decide: a difference under half a cent a month is "the same".
  const difference = faas.total - vmMonthly;
  const cheaper = Math.abs(difference) < 0.005 ? 'same' : difference < 0 ? 'faas' : 'vm';
  return {
    faas,
    vmMonthly,
    breakEvenRequests: breakEvenRequests(faas.gbSecondsPerRequest, pricing, vmMonthly),
    cheaper,
    canRunAsFaas: !limitProblems.some((p) => p.blocking),
    limitProblems,
  };
}

/**
 * Points of the FaaS cost line from 0 to `maxRequests`: the ends and the kinks where a free tier runs
 * out. The line is straight between them, so these points draw it exactly.
 */
export function faasCostCurve(
  perRequest: number,
  pricing: FaasPricing,
  maxRequests: number,
): { requests: number; cost: number }[] {
  const kinks = [
    pricing.freeRequestsPerMonth,
    perRequest > 0 ? pricing.freeGbSecondsPerMonth / perRequest : Infinity,
  ];
  const xs = [0, ...kinks.filter((n) => n > 0 && n < maxRequests), maxRequests].sort((a, b) => a - b);
  return xs.map((requests) => ({ requests, cost: faasCostAt(requests, perRequest, pricing) }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
