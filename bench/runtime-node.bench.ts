/**
 * Node runtime figures: ready time (start() until the function server listens; goal < 300 ms) and
 * requests per second against a running function (hello solution, keep-alive, 16 in flight).
 */
import { getLab } from '../labs/index.ts';
import { NodeRuntime } from '../labs/runtime/node/index.ts';
import { percentile } from './measure.ts';

const lab = getLab('hello')!;
const ready: number[] = [];
for (let i = 0; i < 10; i++) {
  const runtime = new NodeRuntime();
  const began = performance.now();
  await runtime.start(lab.solution, { limits: lab.limits, env: lab.env });
  ready.push(performance.now() - began);
  await runtime.stop();
}
console.log(
  `node runtime ready: p50 ${percentile(ready, 50).toFixed(1)} ms, p90 ${percentile(ready, 90).toFixed(1)} ms, min ${Math.min(...ready).toFixed(1)} ms (goal < 300 ms, 10 starts)`,
);

const runtime = new NodeRuntime();
await runtime.start(lab.solution, { limits: lab.limits, env: lab.env });
const request = {
  method: 'POST',
  path: '/',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: "it's john here",
};
for (let i = 0; i < 200; i++) await runtime.invoke(request);
const durationMs = 3_000;
const latencies: number[] = [];
const end = performance.now() + durationMs;
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (performance.now() < end) latencies.push((await runtime.invoke(request)).durationMs);
  }),
);
await runtime.stop();
console.log(
  `node runtime throughput: ${(latencies.length / (durationMs / 1000)).toFixed(0)} requests/s, latency p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms (16 in flight, ${durationMs / 1000} s)`,
);
