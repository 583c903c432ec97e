import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { editsKey, SavedEdits, type EditsStorage } from './saved-edits.ts';

function memoryStorage(): EditsStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const STARTER = { 'handler.js': 'starter', 'package.json': '{}' };

describe('SavedEdits', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts from the starter and writes edits only after the debounce', () => {
    const storage = memoryStorage();
    const edits = new SavedEdits('hello', STARTER, { storage, debounceMs: 300 });
    expect(edits.restored).toBe(false);
    edits.update('handler.js', 'a');
    edits.update('handler.js', 'ab');
    expect(storage.map.has(editsKey('hello'))).toBe(false);
    vi.advanceTimersByTime(300);
    expect(new SavedEdits('hello', STARTER, { storage }).files()['handler.js']).toBe('ab');
  });

  it('restores edits on reload and keeps files the lab added since', () => {
    const storage = memoryStorage();
    const first = new SavedEdits('hello', { 'handler.js': 'starter' }, { storage });
    first.update('handler.js', 'mine');
    first.flush();
    const again = new SavedEdits('hello', STARTER, { storage });
    expect(again.restored).toBe(true);
    expect(again.files()).toEqual({ 'handler.js': 'mine', 'package.json': '{}' });
  });

  it('keeps the replaced version for undo after a reset, and undo can be undone', () => {
    const storage = memoryStorage();
    const edits = new SavedEdits('hello', STARTER, { storage });
    edits.update('handler.js', 'mine');
    edits.replaceAll(STARTER);
    expect(edits.files()['handler.js']).toBe('starter');
    expect(new SavedEdits('hello', STARTER, { storage }).canUndo()).toBe(true);
    expect(edits.undo()?.['handler.js']).toBe('mine');
    expect(edits.undo()?.['handler.js']).toBe('starter');
  });

  it("keeps another tab's newer files as the previous version instead of overwriting them", () => {
    const storage = memoryStorage();
    let clock = 1;
    const now = (): number => clock++;
    let noticed = 0;
    const tabA = new SavedEdits('hello', STARTER, { storage, now });
    const tabB = new SavedEdits('hello', STARTER, { storage, now, onOtherTab: () => noticed++ });
    tabA.update('handler.js', 'from A');
    tabA.flush();
    tabB.update('handler.js', 'from B');
    tabB.flush();
    expect(noticed).toBe(1);
    expect(new SavedEdits('hello', STARTER, { storage }).files()['handler.js']).toBe('from B');
    expect(tabB.undo()?.['handler.js']).toBe('from A');
  });

  it("does not mistake its own earlier writes for another tab's", () => {
    const storage = memoryStorage();
    let noticed = 0;
    let clock = 1;
    const edits = new SavedEdits('hello', STARTER, {
      storage,
      now: () => clock++,
      onOtherTab: () => noticed++,
    });
    edits.update('handler.js', 'a');
    edits.flush();
    edits.update('handler.js', 'ab');
    edits.flush();
    expect(noticed).toBe(0);
    expect(edits.canUndo()).toBe(false);
  });

  it('moves an unreadable entry aside instead of overwriting it', () => {
    const storage = memoryStorage();
    storage.setItem(editsKey('hello'), '{not json');
    const edits = new SavedEdits('hello', STARTER, { storage, now: () => 7 });
    expect(edits.files()).toEqual(STARTER);
    expect(storage.map.get(`${editsKey('hello')}:unreadable:7`)).toBe('{not json');
  });

  it('reports a failed write (full or blocked storage) without throwing', () => {
    const saved: boolean[] = [];
    const storage: EditsStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const edits = new SavedEdits('hello', STARTER, { storage, onSaved: (ok) => saved.push(ok) });
    edits.update('handler.js', 'x');
    expect(edits.flush()).toBe(false);
    expect(saved).toEqual([false]);
    expect(edits.files()['handler.js']).toBe('x');
  });
});
