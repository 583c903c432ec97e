import { describe, expect, it } from 'vitest';
import { cpuQuantity, memoryQuantity } from './resource-quantity.ts';

describe('resource quantities', () => {
  it.each([
    ['512M', '512Mi'],
    ['1g', '1Gi'],
    ['1536m', '1536Mi'],
    ['64k', '64Ki'],
    [1000, '1000'],
    ['1.5g', '1536Mi'],
  ])('memory %j → %s', (v, q) => {
    expect(memoryQuantity(v)).toBe(q);
  });
  it('refuses a memory value that is not bytes', () => {
    expect(memoryQuantity('lots')).toBeUndefined();
    expect(memoryQuantity('5T')).toBeUndefined();
  });
  it.each([
    ['0.5', '500m'],
    [2, '2'],
    ['0.25', '250m'],
  ])('cpus %j → %s', (v, q) => {
    expect(cpuQuantity(v)).toBe(q);
  });
  it('refuses zero, negative and empty CPU counts', () => {
    expect(cpuQuantity('0')).toBeUndefined();
    expect(cpuQuantity(-1)).toBeUndefined();
    expect(cpuQuantity('')).toBeUndefined();
  });
});
