import { describe, expect, it } from 'vitest';
import { isValidEntryId, parseProgressKey, progressKey } from './progress-key.ts';

describe('progress keys', () => {
  it('round-trips a current key', () => {
    expect(progressKey('quiz', 'intro-pay-per-use')).toBe('faaslab:v1:quiz:intro-pay-per-use');
    expect(parseProgressKey('faaslab:v1:quiz:intro-pay-per-use')).toEqual({
      kind: 'quiz',
      id: 'intro-pay-per-use',
      version: 1,
    });
  });

  it('reads an unversioned key as version 0', () => {
    expect(parseProgressKey('faaslab:lesson:intro')).toEqual({ kind: 'lesson', id: 'intro', version: 0 });
  });

  it('ignores keys that are not progress entries', () => {
    expect(parseProgressKey('other:v1:lesson:intro')).toBeNull();
    expect(parseProgressKey('faaslab-theme')).toBeNull();
    expect(parseProgressKey('faaslab:v1:draft:hello')).toBeNull();
    expect(parseProgressKey('faaslab:v1:lesson:Bad Id')).toBeNull();
  });

  it('refuses to build a key from an id that is not a slug', () => {
    expect(isValidEntryId('nested/lesson-2')).toBe(true);
    expect(isValidEntryId('')).toBe(false);
    expect(() => progressKey('task', 'Hello Lab')).toThrow(/Invalid progress id/);
  });
});
