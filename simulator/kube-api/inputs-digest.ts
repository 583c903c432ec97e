/**
 * A 64-bit digest of an object's build inputs (two 32-bit lanes over the text's UTF-16 code units: FNV-1a,
 * and a second multiply-xor lane with its own seed and multiplier, each finished with an avalanche), as a
 * 4-character string: what the API view keeps per Pod instead of the ~1,000-character inputs text.
 *
 * Collision-safe enough for this use: a Pod whose inputs changed keeps its old object only if both lanes
 * collide, about 1 in 2^64 per change for texts nobody crafted against the hash (it is not cryptographic).
 */
export function inputsDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  a = avalanche(a ^ text.length);
  b = avalanche(b ^ Math.imul(text.length, 0x27d4eb2f));
  // Each character holds 16 bits; the string is compared, never shown.
  return String.fromCharCode(a & 0xffff, a >>> 16, b & 0xffff, b >>> 16);
}

/** MurmurHash3's 32-bit finalizer: every input bit reaches every output bit. */
function avalanche(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
