import { describe, expect, it } from 'vitest';
import { buildProgressFile, parseProgressFile } from './progress-file.ts';

const at = '2026-01-02T03:04:05.000Z';
const entries = {
  'faaslab:v1:lesson:intro': { v: 1 as const, done: true, at },
  'faaslab:v1:quiz:intro-limits': { v: 1 as const, choice: 1, correct: true, at },
};

describe('progress file', () => {
  it('round-trips an export', () => {
    const text = JSON.stringify(buildProgressFile(entries, new Date(at)));
    expect(parseProgressFile(text)).toEqual({ ok: true, entries });
  });

  it('gives line and column of a JSON syntax error', () => {
    const result = parseProgressFile('{\n  "format": "faaslab-progress",\n  oops\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-json');
    expect(result.error.line).toBe(3);
    expect(result.error.column).toBeGreaterThan(0);
  });

  it('refuses other JSON documents', () => {
    expect(parseProgressFile('[]')).toMatchObject({ ok: false, error: { code: 'not-progress-file' } });
    expect(parseProgressFile('{"format":"other"}')).toMatchObject({
      ok: false,
      error: { code: 'not-progress-file', path: 'format' },
    });
    expect(parseProgressFile('{"format":"faaslab-progress","version":1,"entries":3}')).toMatchObject({
      ok: false,
      error: { path: 'entries' },
    });
  });

  it('refuses a file from a newer version', () => {
    expect(parseProgressFile('{"format":"faaslab-progress","version":9,"entries":{}}')).toMatchObject({
      ok: false,
      error: { code: 'newer-version' },
    });
  });

  it('refuses the whole file when one entry is bad, naming it', () => {
    const file = buildProgressFile({ ...entries }, new Date(at));
    const text = JSON.stringify({
      ...file,
      entries: { ...file.entries, 'faaslab:v1:quiz:x': { v: 1, choice: 'a', correct: true, at } },
    });
    expect(parseProgressFile(text)).toMatchObject({
      ok: false,
      error: { code: 'bad-entry', path: 'entries["faaslab:v1:quiz:x"]' },
    });
    const badKey = JSON.stringify({ ...file, entries: { 'faaslab:lesson:intro': { v: 1, done: true, at } } });
    expect(parseProgressFile(badKey)).toMatchObject({ ok: false, error: { code: 'bad-key' } });
  });

  it('refuses a huge file before parsing it', () => {
    expect(parseProgressFile(' '.repeat(1_000_001))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });
});

describe('hostile progress files (issue 19, finding 10)', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const file = (entries: Record<string, unknown>) =>
    JSON.stringify({ format: 'faaslab-progress', version: 1, exportedAt: at, entries });

  it('drops fields the schema does not know', () => {
    const result = parseProgressFile(
      file({ 'faaslab:v1:quiz:pods': { v: 1, choice: 1, correct: true, at, html: '<img onerror=x>' } }),
    );
    expect(result).toEqual({
      ok: true,
      entries: { 'faaslab:v1:quiz:pods': { v: 1, choice: 1, correct: true, at } },
    });
  });

  it('refuses a quiz choice beyond any quiz', () => {
    const result = parseProgressFile(
      file({ 'faaslab:v1:quiz:pods': { v: 1, choice: 1e9, correct: true, at } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('bad-entry');
  });

  it('refuses thousands of entries', () => {
    const entries: Record<string, unknown> = {};
    for (let i = 0; i < 5_000; i++) entries[`faaslab:v1:task:t${i}`] = { v: 1, done: true, at };
    const result = parseProgressFile(file(entries));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'too-large', path: 'entries' });
  });
});
