import { describe, expect, it } from 'vitest';
import { AWS_LAMBDA_X86 } from '../../cost/index.ts';
import { calculatorView, formatters } from './calculator-view.ts';
import { uiStrings } from '../../i18n/translate.ts';

const en = uiStrings('en', 'calculator');
const es = uiStrings('es', 'calculator');

const inputs = {
  requestsPerMonth: '5000000',
  durationMs: '100',
  memoryMb: '128',
  pricePerMillionRequests: '0.2',
  pricePerGbSecond: '0.0000166667',
  vmHourlyUsd: '0.0208',
};

describe('calculatorView', () => {
  it('summarises both costs, the break-even and the verdict in Spanish', () => {
    const view = calculatorView(inputs, AWS_LAMBDA_X86, 't3.small', es, 'es');
    expect(view.ok).toBe(true);
    if (!view.ok) return;
    expect(view.lines[0]).toMatch(/^FaaS \(AWS Lambda \(x86_64, us-east-1\)\): 0,80\sUS\$ al mes/);
    expect(view.lines[1]).toMatch(/^VM t3\.small encendida todo el mes \(730 h\): 15,18\sUS\$\.$/);
    expect(view.lines[2]).toBe('Punto de equilibrio: 54.001.610 peticiones al mes.');
    expect(view.lines[3]).toBe('Con 5.000.000 peticiones al mes, FaaS es más barato.');
    expect(view.limitMessages).toEqual([]);
  });

  it('moves the break-even when the duration changes, in English', () => {
    const short = calculatorView(inputs, AWS_LAMBDA_X86, 't3.small', en, 'en');
    const long = calculatorView({ ...inputs, durationMs: '400' }, AWS_LAMBDA_X86, 't3.small', en, 'en');
    if (!short.ok || !long.ok) throw new Error('expected valid inputs');
    expect(long.breakEven as number).toBeLessThan(short.breakEven as number);
    expect(long.lines[2]).toMatch(/^Break-even: [\d,]+ requests a month\.$/);
  });

  it('without the free tier bills every request', () => {
    const view = calculatorView(inputs, AWS_LAMBDA_X86, 't3.small', en, 'en', false);
    expect(view.ok && view.lines[0]).toMatch(
      /^FaaS \(AWS Lambda \(x86_64, us-east-1\)\): \$2\.04 a month \(\$1\.00 for requests \+ \$1\.04 for compute/,
    );
  });

  it('says a 20-minute workload cannot run as FaaS', () => {
    const view = calculatorView(
      { ...inputs, durationMs: String(20 * 60_000) },
      AWS_LAMBDA_X86,
      't3.small',
      en,
      'en',
    );
    expect(view.ok && view.canRunAsFaas).toBe(false);
    expect(view.ok && view.limitMessages[0]).toContain('Cannot run as FaaS');
    expect(view.ok && view.lines[3]).toBe(en.verdictCannotRun);
  });

  it('gives the chart a range that holds the workload and the break-even', () => {
    const view = calculatorView(inputs, AWS_LAMBDA_X86, 't3.small', en, 'en');
    if (!view.ok) throw new Error('expected valid inputs');
    expect(view.chart.xMax).toBeGreaterThanOrEqual(54_001_610 * 1.5);
    expect(view.chart.yMax).toBeGreaterThanOrEqual(view.chart.vmCost);
    expect(view.chart.faasPoints.at(-1)?.requests).toBe(view.chart.xMax);
  });

  it('returns the problems instead of numbers for invalid input', () => {
    const view = calculatorView({ ...inputs, memoryMb: 'abc' }, AWS_LAMBDA_X86, 't3.small', es, 'es');
    expect(view.ok).toBe(false);
    expect(!view.ok && view.problems.map((p) => p.field)).toEqual(['memoryMb']);
  });
});

describe('formatters', () => {
  it('groups thousands the way each language does', () => {
    expect(formatters('es').count(1234567)).toBe('1.234.567');
    expect(formatters('en').count(1234567)).toBe('1,234,567');
    expect(formatters('en').money(15.184)).toBe('$15.18');
  });
});
