import { describe, expect, it } from 'vitest';
import { readExposeEntry, readPortEntry } from './port-mapping.ts';

describe('readPortEntry', () => {
  it.each([
    ['8000:5000', [{ hostPort: 8000, containerPort: 5000, protocol: 'TCP' }]],
    ['6379', [{ hostPort: 6379, containerPort: 6379, protocol: 'TCP' }]],
    [6379, [{ hostPort: 6379, containerPort: 6379, protocol: 'TCP' }]],
    ['127.0.0.1:8080:80/udp', [{ hostPort: 8080, containerPort: 80, protocol: 'UDP' }]],
    ['127.0.0.1::80', [{ hostPort: 80, containerPort: 80, protocol: 'TCP' }]],
    [
      '3000-3001:4000-4001',
      [
        { hostPort: 3000, containerPort: 4000, protocol: 'TCP' },
        { hostPort: 3001, containerPort: 4001, protocol: 'TCP' },
      ],
    ],
    [
      { target: 80, published: '8080', protocol: 'udp' },
      [{ hostPort: 8080, containerPort: 80, protocol: 'UDP' }],
    ],
    [{ target: 80 }, [{ hostPort: 80, containerPort: 80, protocol: 'TCP' }]],
  ])('%j', (entry, expected) => {
    expect(readPortEntry(entry)).toEqual(expected);
  });

  it.each([['abc'], ['80/http'], ['1:2:3:4'], ['3000-3005:80'], ['1-1000'], [{ published: 80 }], [true]])(
    '%j is invalid',
    (entry) => {
      expect(readPortEntry(entry)).toEqual({ problem: 'invalid-port' });
    },
  );

  it('reports the number outside 1–65535', () => {
    expect(readPortEntry('70000:80')).toEqual({ problem: 'port-out-of-range', value: 70000 });
    expect(readPortEntry('0')).toEqual({ problem: 'port-out-of-range', value: 0 });
  });
});

describe('readExposeEntry', () => {
  it('uses the same port on both sides', () => {
    expect(readExposeEntry('3000/udp')).toEqual([{ hostPort: 3000, containerPort: 3000, protocol: 'UDP' }]);
    expect(readExposeEntry({ port: 1 })).toEqual({ problem: 'invalid-port' });
  });
});
