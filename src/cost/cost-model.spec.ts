import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCostInput } from './cost-input.ts';
import { breakEvenRequests, compareFaasWithVm, faasCostAt, faasCostCurve } from './cost-model.ts';
import { faasLimitProblems, faasMonthlyCost, gbSecondsPerRequest, vmMonthlyCost } from './cost-model.ts';
import { AWS_LAMBDA_X86, DEFAULT_VM } from './price-table.ts';

const lambda = AWS_LAMBDA_X86;
const workload = { requestsPerMonth: 5_000_000, durationMs: 100, memoryMb: 128 };
const prices = { pricePerMillionRequests: 0.2, pricePerGbSecond: 0.0000166667, vmHourlyUsd: 0.0208 };

describe('faasMonthlyCost', () => {
  it('bills requests and GB-seconds beyond the free tier', () => {
    // 20M × 200 ms × 1 GB = 4,000,000 GB-s; minus 400,000 free → 3,600,000 × $0.0000166667 = $60.00012;
    // 19M billable requests × $0.20/M = $3.80.
    const cost = faasMonthlyCost({ requestsPerMonth: 20_000_000, durationMs: 200, memoryMb: 1024 }, lambda);
    expect(cost.gbSeconds).toBeCloseTo(4_000_000, 6);
    expect(cost.billableGbSeconds).toBeCloseTo(3_600_000, 6);
    expect(cost.requestCost).toBeCloseTo(3.8, 10);
    expect(cost.computeCost).toBeCloseTo(60.00012, 6);
    expect(cost.total).toBeCloseTo(63.80012, 6);
  });

  it('costs nothing inside the free tier', () => {
    // 1M × 100 ms × 0.125 GB = 12,500 GB-s: both counts inside the free tier.
    expect(
      faasMonthlyCost({ requestsPerMonth: 1_000_000, durationMs: 100, memoryMb: 128 }, lambda).total,
    ).toBe(0);
  });

  it('rounds the duration up to 1 ms and the memory up to 128 MB', () => {
    const cost = faasMonthlyCost({ requestsPerMonth: 1, durationMs: 1.2, memoryMb: 64 }, lambda);
    expect(cost.billedDurationMs).toBe(2);
    expect(cost.billedMemoryMb).toBe(128);
    expect(gbSecondsPerRequest(1.2, 64, lambda)).toBeCloseTo(0.125 * 0.002, 12);
  });
});

describe('vmMonthlyCost', () => {
  it('is the hourly price × 730 h', () => {
    expect(vmMonthlyCost(0.0208)).toBeCloseTo(15.184, 10);
    expect(vmMonthlyCost(DEFAULT_VM.hourlyUsd, 2)).toBeCloseTo(30.368, 10);
  });
});

describe('breakEvenRequests', () => {
  it('finds 54.0 million requests for 100 ms at 128 MB against a t3.small', () => {
    // 0.0125 GB-s per request; the GB-s free tier runs out at 32M requests, where FaaS costs 31M × $0.2/M = $6.20.
    // Beyond, each request costs $0.0000002 + 0.0125 × $0.0000166667 = $0.00000040833375;
    // ($15.184 − $6.20) / that = 22,001,610.2 more requests → 54,001,610.2.
    const n = breakEvenRequests(0.0125, lambda, 15.184);
    expect(n).not.toBeNull();
    expect(n as number).toBeCloseTo(54_001_610.2, 1);
  });

  it('is where FaaS costs exactly what the VM costs, for any workload (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-5, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        (perRequest, vm) => {
          const n = breakEvenRequests(perRequest, lambda, vm);
          expect(n).not.toBeNull();
          expect(faasCostAt(n as number, perRequest, lambda)).toBeCloseTo(vm, 6);
          // Just below the break-even FaaS is cheaper.
          expect(faasCostAt((n as number) * 0.99, perRequest, lambda)).toBeLessThan(vm);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is null when FaaS is free whatever the traffic, and 0 when the VM is free', () => {
    expect(
      breakEvenRequests(0.0125, { ...lambda, pricePerGbSecond: 0, pricePerMillionRequests: 0 }, 15),
    ).toBeNull();
    expect(breakEvenRequests(0.0125, lambda, 0)).toBe(0);
  });
});

describe('faasLimitProblems', () => {
  it('marks a 20-minute workload "cannot run as FaaS" with the reason', () => {
    const problems = faasLimitProblems({ durationMs: 20 * 60_000, memoryMb: 512 }, lambda.limits);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'duration-over-limit', blocking: true });
    expect(problems[0]?.message.es).toContain('1200 s');
    expect(problems[0]?.message.en).toContain('900 s');
  });

  it('allows exactly 900 s and 10,240 MB, refuses 10,241 MB, notes less than 128 MB', () => {
    expect(faasLimitProblems({ durationMs: 900_000, memoryMb: 10_240 }, lambda.limits)).toEqual([]);
    expect(faasLimitProblems({ durationMs: 1, memoryMb: 10_241 }, lambda.limits)[0]).toMatchObject({
      code: 'memory-over-limit',
      blocking: true,
    });
    expect(faasLimitProblems({ durationMs: 1, memoryMb: 64 }, lambda.limits)[0]).toMatchObject({
      code: 'memory-under-limit',
      blocking: false,
    });
  });
});

describe('compareFaasWithVm', () => {
  it('says FaaS is cheaper below the break-even and the VM above it', () => {
    const below = compareFaasWithVm({ ...workload, ...prices }, lambda);
    expect(below.cheaper).toBe('faas');
    expect(below.canRunAsFaas).toBe(true);
    const above = compareFaasWithVm({ ...workload, ...prices, requestsPerMonth: 60_000_000 }, lambda);
    expect(above.cheaper).toBe('vm');
    expect(above.breakEvenRequests).toBeCloseTo(below.breakEvenRequests as number, 6);
  });

  it("uses the student's prices", () => {
    const cheapRequests = compareFaasWithVm({ ...workload, ...prices, pricePerMillionRequests: 0 }, lambda);
    const normal = compareFaasWithVm({ ...workload, ...prices }, lambda);
    expect(cheapRequests.faas.requestCost).toBe(0);
    expect(cheapRequests.breakEvenRequests as number).toBeGreaterThan(normal.breakEvenRequests as number);
  });

  it("without the free tier gives the lesson's worked example: $5.60 and about 8.1 million requests", () => {
    // content/*/faas.mdx: 3M invocations of 512 MB × 200 ms against a t3.small, free tier left out.
    const r = compareFaasWithVm(
      { ...prices, requestsPerMonth: 3_000_000, durationMs: 200, memoryMb: 512 },
      lambda,
      { freeTier: false },
    );
    expect(r.faas.total).toBeCloseTo(5.60001, 4);
    // 15.184 / (0.0000002 + 0.1 × 0.0000166667) = 8,134,272 (the lesson rounds it to "about 8.1 million").
    expect((r.breakEvenRequests as number) / 1e6).toBeCloseTo(8.134, 3);
    const withFreeTier = compareFaasWithVm(
      { ...prices, requestsPerMonth: 3_000_000, durationMs: 200, memoryMb: 512 },
      lambda,
    );
    expect(withFreeTier.faas.total).toBeLessThan(r.faas.total);
  });

  it('flags a workload over the limits as unable to run as FaaS', () => {
    const long = compareFaasWithVm({ ...workload, ...prices, durationMs: 20 * 60_000 }, lambda);
    expect(long.canRunAsFaas).toBe(false);
  });
});

describe('faasCostCurve', () => {
  it('has the ends and the free-tier kinks, with the cost at each', () => {
    const points = faasCostCurve(0.0125, lambda, 100_000_000);
    expect(points.map((p) => p.requests)).toEqual([0, 1_000_000, 32_000_000, 100_000_000]);
    expect(points[2]?.cost).toBeCloseTo(6.2, 10);
  });
});

describe('validateCostInput', () => {
  const good = {
    requestsPerMonth: '5000000',
    durationMs: '100',
    memoryMb: 128,
    pricePerMillionRequests: '0.20',
    pricePerGbSecond: 0.0000166667,
    vmHourlyUsd: '0.0208',
  };

  it('turns typed text into numbers', () => {
    expect(validateCostInput(good)).toEqual({
      ok: true,
      // The same workload and prices as the model's tests above, now as numbers.
      input: { ...workload, ...prices },
    });
  });

  it('refuses each invalid field with a bilingual message naming it', () => {
    const result = validateCostInput({
      ...good,
      requestsPerMonth: '-5',
      durationMs: '0',
      memoryMb: 'mucho',
      vmHourlyUsd: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([
      ['requestsPerMonth', 'negative'],
      ['durationMs', 'not-positive'],
      ['memoryMb', 'not-a-number'],
      ['vmHourlyUsd', 'not-a-number'],
    ]);
    expect(result.problems[0]?.message).toEqual({
      es: 'Peticiones al mes no puede ser negativo (-5).',
      en: 'Requests per month cannot be negative (-5).',
    });
  });

  it('refuses fractional requests and absurd sizes', () => {
    const result = validateCostInput({ ...good, requestsPerMonth: 1.5, memoryMb: 10_000_000 });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['not-integer', 'too-large']);
  });
});
