import type { Prng } from '../model/prng.ts';

/** Default --service-node-port-range. */
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;
// KEP-3668: static band min(max(16, size/32), 128) = 86 ports → 30000–30085 for user picks.
const STATIC_BAND_END = NODE_PORT_MIN + 86;

/**
 * Allocates NodePorts as kube-apiserver does: explicit values must be in 30000–32767 and free ("provided
 * port is already allocated"); automatic ones come at random from the upper band, then the lower.
 */
export class NodePortAllocator {
  private readonly owners = new Map<number, string>();

  constructor(private readonly prng: Prng) {}

  /** Who holds a port (`namespace/name` of a Service), or undefined. */
  ownerOf(port: number): string | undefined {
    return this.owners.get(port);
  }

  reserve(port: number, owner: string): boolean {
    const current = this.owners.get(port);
    if (current !== undefined && current !== owner) return false;
    this.owners.set(port, owner);
    return true;
  }

  allocate(owner: string): number {
    const upper = NODE_PORT_MAX - STATIC_BAND_END + 1;
    for (let tries = 0; tries < 4 * upper; tries++) {
      const port = STATIC_BAND_END + this.prng.int(upper);
      if (this.reserve(port, owner)) return port;
    }
    for (let port = NODE_PORT_MIN; port <= NODE_PORT_MAX; port++) if (this.reserve(port, owner)) return port;
    throw new Error('NodePort range exhausted');
  }

  /** Ports nobody holds, or one of `owners` holds (those are released when the owners are updated). */
  freeFor(owners: ReadonlySet<string>): number {
    let held = 0;
    for (const o of this.owners.values()) if (!owners.has(o)) held++;
    return NODE_PORT_MAX - NODE_PORT_MIN + 1 - held;
  }

  releaseAll(owner: string): void {
    for (const [port, o] of this.owners) if (o === owner) this.owners.delete(port);
  }
}
