import type { Prng } from '../model/prng.ts';

/**
 * Hands out ClusterIPs from k3s's service CIDR 10.43.0.0/16. Dynamic picks come at random (from the seed)
 * from the upper band; 10.43.0.0–10.43.0.255 is the static band users should pick from
 * (kubernetes.io/docs/reference/networking/virtual-ips/#service-ip-static-sub-range).
 */
export class ClusterIPAllocator {
  private readonly used = new Set<string>();

  constructor(private readonly prng: Prng) {}

  /** Reserves an IP the user chose; false when it is taken. */
  reserve(ip: string): boolean {
    if (this.used.has(ip)) return false;
    this.used.add(ip);
    return true;
  }

  isFree(ip: string): boolean {
    return !this.used.has(ip);
  }

  /** A free IP from the upper band. */
  allocate(): string {
    for (;;) {
      const n = 256 + this.prng.int(65536 - 256 - 1);
      const ip = `10.43.${n >> 8}.${n & 255}`;
      if ((n & 255) !== 0 && this.reserve(ip)) return ip;
    }
  }

  release(ip: string): void {
    this.used.delete(ip);
  }
}
