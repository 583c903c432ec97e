import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestFromUrl } from '../../simulator/index.ts';
import { createOpenFaaS, runLoad } from '../../simulator/openfaas/index.ts';
import { GATEWAY } from './openfaas-fixtures.ts';

const stack = (maxInflight: number, execTimeout: string, zero: boolean): string => `functions:
  hello:
    image: your-user/hello:latest
    labels:
      com.openfaas.scale.max: "4"
      com.openfaas.scale.zero: "${zero}"
      com.openfaas.scale.zero-duration: "5s"
    environment:
      max_inflight: "${maxInflight}"
      exec_timeout: "${execTimeout}"
`;

const paths = [
  '/function/hello',
  '/async-function/hello',
  '/function/missing',
  '/healthz',
  '/system/functions',
  '/nowhere',
];

/**
 * Asserts a property of seeded simulations: fast-check draws the simulation's seed along with the case, so a
 * failure reports the seed that reproduces it.
 */
function holdsForSeededRuns<T>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  check: (drawn: T & { seed: number }) => void,
  numRuns: number,
): void {
  const seed = fc.integer({ min: 1, max: 1_000_000 });
  fc.assert(
    fc.property(seed, fc.record(model), (s, drawn) => check({ ...drawn, seed: s })),
    { numRuns },
  );
}

describe('no request is lost', () => {
  it('every request sent to the gateway ends exactly once, with an HTTP status', () => {
    holdsForSeededRuns(
      {
        edition: fc.constantFrom('community' as const, 'pro' as const),
        maxInflight: fc.integer({ min: 0, max: 3 }),
        execTimeout: fc.constantFrom('50ms', '1s', '10s'),
        zero: fc.boolean(),
        workMs: fc.integer({ min: 1, max: 400 }),
        requests: fc.array(
          fc.record({ atMs: fc.integer({ min: 0, max: 12_000 }), path: fc.constantFrom(...paths) }),
          { maxLength: 40 },
        ),
      },
      ({ seed, edition, maxInflight, execTimeout, zero, workMs, requests }) => {
        const faas = createOpenFaaS({ seed, edition, workMs });
        faas.deploy(stack(maxInflight, execTimeout, zero), 'stack.yml');
        const ended = new Map<number, number>();
        faas.onResult((r) => ended.set(r.id, (ended.get(r.id) ?? 0) + 1));
        const statuses: number[] = [];
        faas.onResult((r) => statuses.push(r.status));
        const start = faas.now();
        const ids = requests.map((r) =>
          faas.sendAt(start + r.atMs, requestFromUrl(`${GATEWAY}${r.path}`, { method: 'POST' }), {
            trace: r.atMs % 2 === 0,
          }),
        );
        faas.advance(12_000 + 70_000);
        for (const id of ids) expect(ended.get(id)).toBe(1);
        expect(statuses.every((s) => [200, 202, 401, 404, 429, 504].includes(s))).toBe(true);
      },
      25,
    );
  });
});

describe('Community Edition scaling stays within its rule', () => {
  it('never goes above min(max, 5) nor below min, and is back at min once the alert has resolved', () => {
    holdsForSeededRuns(
      {
        min: fc.integer({ min: 1, max: 3 }),
        max: fc.integer({ min: 3, max: 30 }),
        factor: fc.integer({ min: 0, max: 100 }),
        // Below one replica's capacity (4 × 1000/20 ms = 200 rps), so no backlog outlives the load.
        rps: fc.integer({ min: 0, max: 150 }),
        seconds: fc.integer({ min: 20, max: 90 }),
      },
      ({ seed, min, max, factor, rps, seconds }) => {
        const text = `functions:
  hello:
    image: your-user/hello:latest
    labels:
      com.openfaas.scale.min: "${min}"
      com.openfaas.scale.max: "${max}"
      com.openfaas.scale.factor: "${factor}"
`;
        const run = runLoad({
          seed,
          edition: 'community',
          files: [{ name: 'stack.yml', text }],
          url: `${GATEWAY}/function/hello`,
          rps,
          seconds,
          tailSeconds: 45,
        });
        expect(run.diagnostics).toEqual([]);
        const replicas = run.seconds.map((r) => r.replicas);
        expect(Math.max(...replicas)).toBeLessThanOrEqual(Math.min(max, 5));
        expect(Math.min(...replicas)).toBeGreaterThanOrEqual(min);
        // 45 s of silence: the rate drops within 10 s, the rule resolves at the next 15 s evaluation and
        // AlertManager passes it on within its 10 s group interval.
        expect(replicas[replicas.length - 1]).toBe(min);
      },
      10,
    );
  });
});
