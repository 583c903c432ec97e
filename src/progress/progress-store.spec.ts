import { describe, expect, it } from 'vitest';
import {
  collectProgress,
  importEntries,
  isLessonDone,
  isTaskDone,
  markLessonDone,
  markTaskDone,
  readQuizAnswer,
  repairProgress,
  saveQuizAnswer,
  type ProgressStorage,
} from './progress-store.ts';

/** A Storage backed by a Map, in insertion order like the browser's. */
function memoryStorage(
  initial: Record<string, string> = {},
): ProgressStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const at = '2026-01-02T03:04:05.000Z';

describe('progress store', () => {
  it('marks and reads lessons, tasks and quiz answers', () => {
    const storage = memoryStorage();
    expect(isLessonDone('intro', storage)).toBe(false);
    markLessonDone('intro', true, storage);
    markTaskDone('hello-lab', true, storage);
    saveQuizAnswer('intro-limits', 1, true, storage);
    expect(isLessonDone('intro', storage)).toBe(true);
    expect(isTaskDone('hello-lab', storage)).toBe(true);
    expect(readQuizAnswer('intro-limits', storage)).toMatchObject({ choice: 1, correct: true });
    markLessonDone('intro', false, storage);
    expect(isLessonDone('intro', storage)).toBe(false);
    expect(Object.keys(collectProgress(storage)).sort()).toEqual([
      'faaslab:v1:lesson:intro',
      'faaslab:v1:quiz:intro-limits',
      'faaslab:v1:task:hello-lab',
    ]);
  });

  it('resets only the corrupted entry and keeps the others', () => {
    const good = JSON.stringify({ v: 1, done: true, at });
    const storage = memoryStorage({
      'faaslab:v1:quiz:broken': '%%garbage',
      'faaslab:v1:lesson:intro': good,
      'faaslab-theme': 'dark',
    });
    const notices = repairProgress(storage);
    expect(notices).toEqual([{ key: 'faaslab:v1:quiz:broken', action: 'reset', reason: 'not JSON' }]);
    expect(storage.data.get('faaslab:v1:lesson:intro')).toBe(good);
    expect(storage.data.get('faaslab-theme')).toBe('dark');
    expect(storage.data.has('faaslab:v1:quiz:broken')).toBe(false);
    expect(repairProgress(storage)).toEqual([]);
  });

  it('migrates an old entry to the current key without overwriting a newer one', () => {
    const current = JSON.stringify({ v: 1, done: false, at });
    const storage = memoryStorage({
      'faaslab:lesson:intro': 'true',
      'faaslab:lesson:serverless': 'true',
      'faaslab:v1:lesson:serverless': current,
    });
    const notices = repairProgress(storage);
    expect(notices.map((n) => n.action)).toEqual(['migrated', 'migrated']);
    expect(isLessonDone('intro', storage)).toBe(true);
    expect(storage.data.get('faaslab:v1:lesson:serverless')).toBe(current);
    expect(storage.data.has('faaslab:lesson:intro')).toBe(false);
  });

  it('imports entries over the same keys and keeps the others', () => {
    const storage = memoryStorage({ 'faaslab:v1:lesson:intro': JSON.stringify({ v: 1, done: true, at }) });
    const written = importEntries(
      {
        'faaslab:v1:task:hello-lab': { v: 1, done: true, at },
        'faaslab:v1:lesson:intro': { v: 1, done: false, at },
      },
      storage,
    );
    expect(written).toBe(2);
    expect(isTaskDone('hello-lab', storage)).toBe(true);
    expect(isLessonDone('intro', storage)).toBe(false);
  });

  it('imports all or nothing: a full quota puts back what was written and says so (issue 19)', () => {
    const before = JSON.stringify({ v: 1, done: true, at });
    const storage = memoryStorage({ 'faaslab:v1:lesson:intro': before });
    const write = storage.setItem.bind(storage);
    // A full quota: replacing a value fits, a new key does not.
    storage.setItem = (key: string, value: string) => {
      if (!storage.data.has(key)) throw new DOMException('quota', 'QuotaExceededError');
      write(key, value);
    };
    const written = importEntries(
      {
        'faaslab:v1:lesson:intro': { v: 1, done: false, at },
        'faaslab:v1:task:hello-lab': { v: 1, done: true, at },
      },
      storage,
    );
    expect(written).toBeNull();
    expect(storage.data.get('faaslab:v1:lesson:intro')).toBe(before);
    expect(storage.data.has('faaslab:v1:task:hello-lab')).toBe(false);
  });

  it('survives a storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(markLessonDone('intro', true, storage)).toBe(false);
    expect(isLessonDone('intro', null)).toBe(false);
  });
});
