/**
 * How long the Compose converter takes on what the island converts as the student types (the flask +
 * redis file, and a 50-service file), and how long one cost-calculator update's model work takes.
 * Prints figures; asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { convertCompose } from '../compose/index.ts';
import { AWS_LAMBDA_X86, compareFaasWithVm, faasCostCurve } from '../src/cost/index.ts';
import { measure } from './measure.ts';

const flask = readFileSync(
  new URL('../test/fixtures/compose/flask-redis.compose.yaml', import.meta.url),
  'utf8',
);
const big = `services:\n${Array.from({ length: 50 }, (_, i) => `  svc_${i}:\n    image: app:${i}\n    ports: ["${8000 + i}:80"]\n    environment: { A: "1", B: "2" }\n    volumes: ["data${i}:/data"]\n    labels: { kompose.service.type: nodeport }\n`).join('')}volumes:\n${Array.from({ length: 50 }, (_, i) => `  data${i}: {}\n`).join('')}`;

console.log(`50-service file: ${big.length} characters → ${convertCompose(big).manifests.length} objects`);
measure('convertCompose flask + redis (3 objects, YAML text)', 500, () => convertCompose(flask));
measure('convertCompose 50 services (150 objects, YAML text)', 50, () => convertCompose(big));
const input = {
  requestsPerMonth: 5_000_000,
  durationMs: 100,
  memoryMb: 128,
  pricePerMillionRequests: 0.2,
  pricePerGbSecond: 0.0000166667,
  vmHourlyUsd: 0.0208,
};
measure('compareFaasWithVm + faasCostCurve (one update)', 5000, () => {
  const r = compareFaasWithVm(input, AWS_LAMBDA_X86);
  return faasCostCurve(r.faas.gbSecondsPerRequest, AWS_LAMBDA_X86, 1e8);
});
