/** Every lab's Python side under python3: solutions pass, starters fail at least one check. */
import { describe, expect, it } from 'vitest';
import { labInLanguage, listLabs } from '../../labs/index.ts';
import { findPython, PythonRuntime } from '../../labs/runtime/python/index.ts';
import { judgeLab } from './lab-suite.ts';

const PYTHON_LABS = listLabs().flatMap((lab) => labInLanguage(lab, 'python') ?? []);

describe.skipIf(!findPython())('labs in the Python runtime (python3)', () => {
  it('offers the four course examples in Python', () => {
    expect(PYTHON_LABS.map((lab) => lab.id)).toEqual(
      expect.arrayContaining(['hello', 'search-term', 'banner', 'sensor-aggregation']),
    );
  });
  it.concurrent.each(PYTHON_LABS.map((lab) => [lab.id, lab] as const))('%s', async (_id, lab) => {
    expect(lab.files['handler.py']).toBeDefined();
    expect(await judgeLab(() => new PythonRuntime(), lab)).toEqual([]);
  });
});
