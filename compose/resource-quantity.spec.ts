import { describe, expect, it } from 'vitest';
import { cpuQuantity, memoryQuantity } from './resource-quantity.ts';

const QUANTITY = { memory: memoryQuantity, cpus: cpuQuantity };

describe('resource quantities', () => {
  it.each([
    ['memory', '512M', '512Mi'],
    ['memory', '1g', '1Gi'],
    ['memory', '1536m', '1536Mi'],
    ['memory', '64k', '64Ki'],
    ['memory', 1000, '1000'],
    ['memory', '1.5g', '1536Mi'],
    ['cpus', '0.5', '500m'],
    ['cpus', 2, '2'],
    ['cpus', '0.25', '250m'],
  ] as const)('%s %j → %s', (kind, value, quantity) => {
    expect(QUANTITY[kind](value)).toBe(quantity);
  });
  it.each([
    ['memory', 'lots'], // not a byte value
    ['memory', '5T'], // no such unit in Compose
    ['cpus', '0'], // zero, negative and empty CPU counts
    ['cpus', -1],
    ['cpus', ''],
  ] as const)('refuses %s %j', (kind, value) => {
    expect(QUANTITY[kind](value)).toBeUndefined();
  });
});
