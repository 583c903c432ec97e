import { describe, expect, it } from 'vitest';
import { decodeEntry, entryProblem } from './progress-entry.ts';

const at = '2026-01-02T03:04:05.000Z';

describe('decodeEntry', () => {
  it('accepts current entries as they are', () => {
    expect(decodeEntry('lesson', 1, JSON.stringify({ v: 1, done: true, at }))).toEqual({
      status: 'ok',
      entry: { v: 1, done: true, at },
    });
    const quiz = { v: 1, choice: 2, correct: false, at };
    expect(decodeEntry('quiz', 1, JSON.stringify(quiz))).toEqual({ status: 'ok', entry: quiz });
  });

  it('rejects garbage and says why', () => {
    expect(decodeEntry('lesson', 1, '{not json')).toEqual({ status: 'invalid', reason: 'not JSON' });
    expect(decodeEntry('quiz', 1, JSON.stringify({ v: 1, choice: -1, correct: true, at }))).toMatchObject({
      status: 'invalid',
      reason: expect.stringContaining('choice'),
    });
    expect(decodeEntry('task', 1, JSON.stringify({ v: 1, done: 'yes', at }))).toMatchObject({
      status: 'invalid',
    });
    expect(decodeEntry('lesson', 1, JSON.stringify({ v: 1, done: true, at: 'yesterday' }))).toMatchObject({
      status: 'invalid',
      reason: expect.stringContaining('at'),
    });
  });

  it('refuses entries written by a newer schema instead of guessing', () => {
    expect(decodeEntry('lesson', 2, JSON.stringify({ v: 2, done: true, at }))).toMatchObject({
      status: 'invalid',
      reason: expect.stringContaining('newer'),
    });
  });

  it('migrates version 0 values', () => {
    expect(decodeEntry('lesson', 0, 'true')).toMatchObject({
      status: 'migrated',
      entry: { v: 1, done: true },
      fromVersion: 0,
    });
    expect(decodeEntry('task', 0, 'done')).toMatchObject({ status: 'migrated', entry: { v: 1, done: true } });
    expect(decodeEntry('quiz', 0, '2')).toMatchObject({
      status: 'migrated',
      entry: { v: 1, choice: 2, correct: false },
    });
    expect(decodeEntry('quiz', 0, JSON.stringify({ choice: 1, correct: true, at }))).toEqual({
      status: 'migrated',
      entry: { v: 1, choice: 1, correct: true, at },
      fromVersion: 0,
    });
    expect(decodeEntry('quiz', 0, '"two"')).toMatchObject({ status: 'invalid' });
  });

  it('entryProblem names the field at fault', () => {
    expect(entryProblem('quiz', { v: 1, choice: 0, at })).toContain('correct');
    expect(entryProblem('lesson', [])).toBe('not an object');
    expect(entryProblem('lesson', { v: 1, done: false, at })).toBeNull();
  });
});
