import { objectKey } from './cluster-state.ts';
import { fnv1a, type Prng } from './prng.ts';

// Kubernetes' SafeEncodeString alphabet: no vowels and no ambiguous characters (k8s.io/apimachinery rand).
const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** A random 5-character name suffix, as the API server's SimpleNameGenerator draws (apiserver/pkg/storage/names). */
function nameSuffix(prng: Prng): string {
  let out = '';
  for (let i = 0; i < 5; i++) out += ALPHABET[prng.int(ALPHABET.length)];
  return out;
}

/**
 * The name the API server gives a Pod created with `generateName: <base>-` in `namespace`: base, a dash and
 * 5 random characters, drawn again while `pods` (keyed `ns/name`) holds the name, never replacing that Pod.
 * The API server retries a clashing generated name (RetryGenerateName: 8 tries, then AlreadyExists and the
 * controller's next sync tries again; kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/).
 */
export function generatedPodName(
  prng: Prng,
  pods: ReadonlyMap<string, unknown>,
  namespace: string,
  base: string,
): string {
  for (;;) {
    const name = `${base}-${nameSuffix(prng)}`;
    if (!pods.has(objectKey(namespace, name))) return name;
  }
}

/** The longest generateName prefix the API server keeps (63 − 5: apiserver/pkg/storage/names maxGeneratedNameLength). */
const MAX_GENERATED_PREFIX = 58;

/** How many names the API server draws for one create before it answers AlreadyExists (RetryGenerateName). */
export const GENERATE_NAME_TRIES = 8;

/**
 * The name the API server gives an object created with `metadata.generateName` (SimpleNameGenerator:
 * the prefix cut to 58 characters, then 5 characters of the alphabet above, no dash added). `attempt`
 * numbers the retries on a clash. Drawn from a hash of `seedText` and the attempt rather than from the
 * simulation's PRNG, so a create does not shift the draws a replayed link makes (the replay applies
 * the object under the name it got).
 */
export function generatedName(generateName: string, seedText: string, attempt: number): string {
  let h = fnv1a(`${seedText}\u0000${attempt}`);
  let out = generateName.slice(0, MAX_GENERATED_PREFIX);
  for (let i = 0; i < 5; i++) {
    out += ALPHABET[h % ALPHABET.length];
    h = (Math.floor(h / ALPHABET.length) ^ Math.imul(h, 0x9e3779b1 + i)) >>> 0;
  }
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
