import { describe, expect, it } from 'vitest';
import { fnv1a, stableHex, stableUid, stableUuid } from './stable-ids.ts';

/** The definition: round r is FNV-1a of the text from the seed `fnv1a('r:')`, as eight hex digits. */
function byRounds(text: string, n: number): string {
  let out = '';
  for (let round = 0; out.length < n; round++)
    out += fnv1a(text, fnv1a(`${round}:`))
      .toString(16)
      .padStart(8, '0');
  return out.slice(0, n);
}

const TEXTS = ['', 'a', 'default/web-7d4b9c8f6-x2x9z/web/0', 'kube-system/svclb-traefik/lb-tcp-80/3', 'ñ€😀'];

describe('stable ids', () => {
  it.each(TEXTS)('stableHex(%j) is the rounds of FNV-1a, for every length', (text) => {
    for (let n = 0; n <= 80; n++) expect(stableHex(text, n)).toBe(byRounds(text, n));
  });

  it.each(TEXTS)('the UUIDs of %j lay out those digits (v4: version 4, variant a)', (text) => {
    const h = byRounds(text, 32);
    expect(stableUuid(text, false)).toBe(
      `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`,
    );
    expect(stableUuid(text, true)).toBe(
      `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`,
    );
  });

  it('a uid is the v4 UUID of kind, namespace, name and creation time', () => {
    expect(stableUid('Pod', 'default', 'web', 5)).toBe(stableUuid('Pod/default/web@5', true));
    expect(stableUid('Node', null, 'agent-1', 0)).toBe(stableUuid('Node//agent-1@0', true));
  });
});
