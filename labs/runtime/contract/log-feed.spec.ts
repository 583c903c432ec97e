/** The log feed splits process output into lines, keeps a bounded history and survives bad listeners. */
import { describe, expect, it } from 'vitest';
import { LogBuffer } from './log-feed.ts';
import type { LogEntry } from './types.ts';

const texts = (entries: readonly LogEntry[]): string[] =>
  entries.map((e) => (e.type === 'line' ? `${e.stream}:${e.text}` : `limit:${e.limit.kind}`));

describe('LogBuffer', () => {
  it('joins chunks into whole lines per stream', () => {
    const logs = new LogBuffer();
    logs.chunk('stdout', 'hel');
    logs.chunk('stderr', 'oops\r\n');
    logs.chunk('stdout', 'lo\nwor');
    logs.chunk('stdout', 'ld\n');
    expect(texts(logs.history())).toEqual(['stderr:oops', 'stdout:hello', 'stdout:world']);
  });

  it('keeps only the last entries, replays them to late subscribers, and isolates throwing listeners', () => {
    const logs = new LogBuffer(2);
    logs.line('system', 'a');
    logs.line('system', 'b');
    logs.line('system', 'c');
    const seen: string[] = [];
    logs.subscribe(() => {
      throw new Error('broken view');
    });
    const off = logs.subscribe((e) => seen.push(texts([e])[0]!), { replay: true });
    logs.limit({ kind: 'memory', message: { es: '', en: '' } });
    off();
    logs.line('system', 'd');
    expect(seen).toEqual(['system:b', 'system:c', 'limit:memory']);
    expect(texts(logs.history())).toEqual(['limit:memory', 'system:d']);
  });
});
