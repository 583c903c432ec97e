/**
 * Stable ids of the API objects (uids, container and image ids, machine ids): hex digits hashed from a text,
 * the same for the same object across builds. Each id is written as one flat string: the hex pieces joined
 * by `+` and `slice` were trees of a dozen small strings per id, and the 26,000 objects of the 5,000-node
 * scenario kept some 300,000 of them for the garbage collector to copy.
 */

/** FNV-1a, 32 bits: a stable hash for uids and ids (not cryptographic). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The seeds of {@link stableHex}'s first rounds (`fnv1a('r:')`), made once: uids and container ids take 4–8. */
const ROUND_SEEDS = Array.from({ length: 8 }, (_, round) => fnv1a(`${round}:`));

/** The character codes of the hex digits. */
const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** The digits of the rounds, reused by every call (64: the longest id asked for). */
let digits = new Uint16Array(64);

/** Writes the first `n` hex digits of `text` (see {@link stableHex}) to `digits`. */
function writeDigits(text: string, n: number): void {
  const rounds = Math.ceil(n / 8);
  if (digits.length < rounds * 8) digits = new Uint16Array(rounds * 8);
  for (let round = 0; round < rounds; round++) {
    let h = fnv1a(text, ROUND_SEEDS[round] ?? fnv1a(`${round}:`));
    for (let i = round * 8 + 7; i >= round * 8; i--) {
      digits[i] = HEX_CODES[h & 15]!;
      h >>>= 4;
    }
  }
}

/** A string of these character codes (one flat string). */
const fromCodes = (codes: Uint16Array): string =>
  String.fromCharCode.apply(null, codes as unknown as number[]);

/** `n` hex digits derived from `text`: round r hashes `r:` then the text (FNV-1a goes on from a seed). */
export function stableHex(text: string, n: number): string {
  writeDigits(text, n);
  return fromCodes(digits.subarray(0, n));
}

/** The UUID being written (36 characters). */
const uuidCodes = new Uint16Array(36);
const DASH = '-'.charCodeAt(0);

/**
 * A UUID laid out from the first 32 hex digits of `text`: `8-4-4-4-12`; `v4` puts the version-4 layout's
 * fixed digits in place of the 13th and 17th (`4`, and `a` for the variant).
 */
export function stableUuid(text: string, v4: boolean): string {
  writeDigits(text, 32);
  let at = 0;
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) uuidCodes[at++] = DASH;
    uuidCodes[at++] = v4 && i === 12 ? 0x34 : v4 && i === 16 ? 0x61 : digits[i]!;
  }
  return fromCodes(uuidCodes);
}

/** A UUID (v4 layout) that stays the same for the same object across calls. */
export function stableUid(kind: string, namespace: string | null, name: string, createdAtMs: number): string {
  return stableUuid(`${kind}/${namespace ?? ''}/${name}@${createdAtMs}`, true);
}
