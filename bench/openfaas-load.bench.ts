/**
 * How long the OpenFaaS layer takes on what the load island and `faaslab sim load` run: platform creation
 * (arkade install on a 3-node k3s), one traced invocation, a second of load (LoadRun.step) at several rates,
 * and the island's default run (Pro, 10 rps + a 790 rps burst, 85 simulated seconds). Prints figures.
 */
import { performance } from 'node:perf_hooks';
import { requestFromUrl } from '../simulator/index.ts';
import { LoadRun, createOpenFaaS, runLoad } from '../simulator/openfaas/index.ts';
import { measure } from './measure.ts';

// No warm-up: each run builds or advances its own platform, and the first ones are part of what a student waits for.
const COLD = { warmup: 0, width: 56, digits: 2 };

const STACK = `functions:\n  hello:\n    image: your-user/hello:latest\n    labels:\n      com.openfaas.scale.max: "10"\n      com.openfaas.scale.zero: "true"\n      com.openfaas.scale.zero-duration: "30s"\n`;
const URL_ = 'http://192.168.1.12:31112/function/hello';

measure(
  'createOpenFaaS (pro) + deploy stack.yml',
  10,
  () => createOpenFaaS({ seed: 1, edition: 'pro' }).deploy(STACK, 'stack.yml'),
  COLD,
);
const faas = createOpenFaaS({ seed: 2, edition: 'pro' });
faas.deploy(STACK, 'stack.yml');
measure(
  'traced invoke /function/hello (warm)',
  200,
  () => faas.invoke(requestFromUrl(URL_, { method: 'POST' })),
  COLD,
);
for (const rps of [50, 200, 800]) {
  const run = new LoadRun({
    seed: 3,
    edition: 'pro',
    files: [{ name: 'stack.yml', text: STACK }],
    url: URL_,
    rps,
    seconds: 40,
  });
  run.step();
  measure(`LoadRun.step() at ${rps} rps`, 30, () => run.step(), COLD);
}
const began = performance.now();
const timeline = runLoad({
  seed: 1,
  edition: 'pro',
  files: [{ name: 'stack.yml', text: STACK }],
  url: URL_,
  rps: 10,
  seconds: 40,
  bursts: [
    { atSecond: 8, seconds: 15, rps: 790 },
    { atSecond: 78, seconds: 2, rps: 3 },
  ],
  tailSeconds: 45,
});
console.log(
  `island default run: ${timeline.totals.requests} requests over ${timeline.seconds.length} simulated s in ${(performance.now() - began).toFixed(0)} ms`,
);
