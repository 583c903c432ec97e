import { Prng } from '../index.ts';

/**
 * The OpenFaaS layer's seeded generator: the simulator's own PRNG (mulberry32) on a seed of its own, so a
 * load run replays exactly without drawing from the cluster's sequence, plus the two draws a load needs.
 */
export class SeededRandom extends Prng {
  constructor(seed: number) {
    super((seed ^ 0x5eed0fa5) >>> 0);
  }

  /** An exponential wait with the given mean: the gap between Poisson arrivals. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A call id shaped like the gateway's X-Call-Id (a UUID v4), deterministic from the seed. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => this.int(16).toString(16));
    hex[12] = '4';
    hex[16] = ((this.int(4) + 8) as number).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
