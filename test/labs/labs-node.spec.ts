/** Every lab in the Node runtime: solutions pass, starters fail at least one check. */
import { describe, expect, it } from 'vitest';
import { getLab } from '../../labs/index.ts';
import { NodeRuntime } from '../../labs/runtime/node/index.ts';
import { judgeLab, LAB_IDS } from './lab-suite.ts';

describe('labs in the Node runtime', () => {
  it.concurrent.each(LAB_IDS)('%s', async (id) => {
    expect(await judgeLab(() => new NodeRuntime(), getLab(id)!)).toEqual([]);
  });
});
