import { describe, expect, it } from 'vitest';
import { readSimState, writeSimState } from './url-state.ts';

describe('url state', () => {
  it('round-trips a state per scenario and keeps other keys', () => {
    const hash = writeSimState('#sim-nodeport=abc', 'flaskapp', 'eyJ2Ijox-_');
    expect(readSimState(hash, 'flaskapp')).toBe('eyJ2Ijox-_');
    expect(readSimState(hash, 'nodeport')).toBe('abc');
    expect(readSimState(writeSimState(hash, 'flaskapp', null), 'flaskapp')).toBeNull();
    expect(readSimState('', 'flaskapp')).toBeNull();
  });
});
