import { fnv1a, type Prng } from './prng.ts';

// Kubernetes' SafeEncodeString alphabet: no vowels and no ambiguous characters (k8s.io/apimachinery rand).
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** A random 5-character pod name suffix, as the ReplicaSet controller generates. */
export function nameSuffix(prng: Prng, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[prng.int(ALPHABET.length)];
  return out;
}

/** The pod-template-hash label of a ReplicaSet: a short stable hash of the template. */
export function templateHash(template: unknown): string {
  let h = fnv1a(JSON.stringify(template));
  let out = '';
  for (let i = 0; i < 10; i++) {
    out += ALPHABET[h % ALPHABET.length];
    h = Math.floor(h / ALPHABET.length) ^ Math.imul(h, 31 + i);
    h >>>= 0;
  }
  return out;
}
