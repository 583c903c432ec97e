/**
 * A short, stable hash of text (FNV-1a, 32 bit), synchronous so it works the same in Node and the
 * browser. Used as a pod-template annotation: a new handler changes the hash, so `kubectl apply`
 * rolls the pods (a changed ConfigMap alone does not restart them).
 */

/** FNV-1a 32-bit hash of a string's UTF-16 code units, as 8 hex digits. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
