/**
 * The page's kubectl console on Kubernetes' envelope (the k3s lesson's k3s-envelope scenario: 5,000 nodes,
 * a 5,000-replica Deployment, Traefik's svclb on every node, 10,000 Pods): CPU time of each command a
 * student types there: the console's first command and the first after a change (both build every API
 * object), then each command three times with the clock moved between them (as the page's clock does);
 * then the commands that stream while the clock runs (`get pods -w`, `rollout status`, `logs -f`): ms of CPU
 * per simulated second, the clock moved in ticks as the page's requestAnimationFrame moves it
 * (`BENCH_TICK_MS`, default 100; the page ticks every ~16 ms at speed 1).
 * Figures only; the goal is a console that answers at once.
 */
import { readFileSync } from 'node:fs';
import { runKubectl } from '../simulator/kubectl/index.ts';
import { createScenarioSimulation } from '../simulator/scenarios/scenario-simulation.ts';
import { parseScenario } from '../simulator/scenarios/parse-scenario.ts';
import { cpuMs } from './measure.ts';

const dir = new URL('../simulator/scenarios/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');
const scenario = parseScenario('k3s-envelope', read('k3s-envelope.yaml'), read);
const sim = createScenarioSimulation(scenario);
sim.settle();

const width = 48;
const line = (what: string, figures: string): void =>
  console.log(`console on 5,000 nodes: ${what.padEnd(width)} ${figures}`);
// The console's first command builds every API object of the cluster; so does the first after a change.
let cpu = process.cpuUsage();
const pod = /^(web-\S+)/m.exec(runKubectl(sim, 'get pods').stdout)?.[1] ?? 'web';
line('first command (get pods)', `${cpuMs(cpu).toFixed(0).padStart(5)} ms CPU`);
runKubectl(sim, 'scale deployment/web --replicas=5001');
sim.settle();
cpu = process.cpuUsage();
runKubectl(sim, 'get pods');
line('get pods after scale 5000 → 5001 (settled)', `${cpuMs(cpu).toFixed(0).padStart(5)} ms CPU`);
const COMMANDS = [
  'get pods',
  'get pods -o wide',
  'get nodes',
  `get pod ${pod}`,
  `describe node k3s-agent-4999`,
  `describe pod ${pod}`,
  'get pods -n kube-system -l app=svclb-traefik-17156075',
  'get pods -o json',
];
const RUNS = 3;
for (const command of COMMANDS) {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    sim.advance(1_000);
    const cpu = process.cpuUsage();
    const result = runKubectl(sim, command);
    times.push(cpuMs(cpu));
    bytes = result.stdout.length;
    if (result.exitCode !== 0) throw new Error(`${command}: ${result.stderr}`);
  }
  line(
    command,
    `${times.map((t) => t.toFixed(0).padStart(5)).join(' ')} ms CPU (runs 1–${RUNS}, clock moved 1 s before each; ${bytes.toLocaleString('en-US')} chars)`,
  );
}

// Streaming commands: their cost is paid on every tick of the page's clock, for as long as they run.
const TICK_MS = Number(process.env.BENCH_TICK_MS ?? 100);
/** Runs `command`, then moves the clock `seconds` of simulated time in ticks; CPU per simulated second. */
function stream(what: string, command: string, seconds: number, before?: string): void {
  if (before) runKubectl(sim, before);
  const cpu = process.cpuUsage();
  const result = runKubectl(sim, command);
  if (result.exitCode !== 0 || !result.watch) throw new Error(`${command}: no stream (${result.stderr})`);
  const start = cpuMs(cpu);
  let printed = 0;
  const stop = result.watch((text) => void (printed += text.split('\n').length - 1));
  const ticks = Math.round((seconds * 1000) / TICK_MS);
  const cpuTicks = process.cpuUsage();
  for (let i = 0; i < ticks; i++) sim.advance(TICK_MS);
  const spent = cpuMs(cpuTicks);
  stop();
  line(
    what,
    `${(spent / seconds).toFixed(0).padStart(5)} ms CPU per simulated s (${ticks} ticks of ${TICK_MS} ms: ${(spent / ticks).toFixed(1)} ms/tick; command ${start.toFixed(0)} ms; ${printed} lines printed)`,
  );
}
stream('get pods -w, cluster at rest', 'get pods -w', 2);
stream('get pods -w, scale 5001 → 5101', 'get pods -w', 3, 'scale deployment/web --replicas=5101');
stream(
  'rollout status, scale 5101 → 5201',
  'rollout status deployment/web',
  3,
  'scale deployment/web --replicas=5201',
);
stream(
  'rollout status, scale 5201 → 5301',
  'rollout status deployment/web',
  2,
  'scale deployment/web --replicas=5301',
);
stream(`logs -f ${pod}, scale 5301 → 5401`, `logs -f ${pod}`, 3, 'scale deployment/web --replicas=5401');

// One Pod's change on a cluster of 10,000: what the next command (or a watch's refresh) pays for it.
const changed: number[] = [];
for (let run = 0; run < 4; run++) {
  const web = sim.snapshot().pods.filter((p) => p.name.startsWith('web-'))[run]!.name;
  sim.killPod('default', web);
  sim.advance(100);
  const cpu = process.cpuUsage();
  runKubectl(sim, 'get pods');
  changed.push(cpuMs(cpu));
}
line(
  'get pods after one Pod killed (+100 ms)',
  `${changed.map((t) => t.toFixed(0).padStart(5)).join(' ')} ms CPU (runs 1–4)`,
);
