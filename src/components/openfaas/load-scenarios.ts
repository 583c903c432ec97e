import type { LoadOptions } from '../../../simulator/openfaas/index.ts';

/** A load the island can run: the stack file, the URL and the default load (the student can change rate and burst). */
export interface LoadScenario {
  edition: 'community' | 'pro';
  stack: string;
  url: string;
  rps: number;
  seconds: number;
  burst: { atSecond: number; seconds: number; rps: number };
  tailSeconds: number;
  /** A few requests late in the tail, after scale to zero, so the run ends with a cold start (Pro). */
  coldProbe: { atSecond: number; seconds: number; rps: number } | null;
}

// The lesson's labels (openfaas-on-kubernetes.mdx); zero-duration shortened to 30s so it fits on screen.
const LESSON_STACK = `functions:
  hello:
    lang: node22
    handler: ./hello
    image: your-user/hello:latest
    labels:
      com.openfaas.scale.min: "1"
      com.openfaas.scale.max: "10"
      com.openfaas.scale.target: "50"
      com.openfaas.scale.target-proportion: "0.90"
      com.openfaas.scale.type: "rps"
      com.openfaas.scale.zero: "true"
      com.openfaas.scale.zero-duration: "30s"
`;

/** Scenarios by name, as lessons write them: `<OpenFaaSLoad scenario="openfaas-autoscaling" />`. */
export const LOAD_SCENARIOS: Record<string, LoadScenario> = {
  'openfaas-autoscaling': {
    edition: 'pro',
    stack: LESSON_STACK,
    url: 'http://192.168.1.12:31112/function/hello',
    rps: 10,
    seconds: 40,
    burst: { atSecond: 8, seconds: 15, rps: 790 },
    tailSeconds: 45,
    coldProbe: { atSecond: 78, seconds: 2, rps: 3 },
  },
  // Long enough for the CE alert to fire and AlertManager to repeat it every 30 s up to the cap of 5.
  'openfaas-community': {
    edition: 'community',
    stack: LESSON_STACK,
    url: 'http://192.168.1.12:31112/function/hello',
    rps: 10,
    seconds: 120,
    burst: { atSecond: 8, seconds: 110, rps: 190 },
    tailSeconds: 30,
    coldProbe: null,
  },
};

/** The scenario by name, or the autoscaling one. */
export function loadScenario(name: string | undefined): LoadScenario {
  return LOAD_SCENARIOS[name ?? ''] ?? LOAD_SCENARIOS['openfaas-autoscaling']!;
}

/** The load options for a scenario with the student's edition, rate and burst. */
export function loadOptions(
  s: LoadScenario,
  choice: { edition: 'community' | 'pro'; rps: number; burstRps: number; seconds: number },
  seed = 1,
): LoadOptions {
  return {
    seed,
    edition: choice.edition,
    files: [{ name: 'stack.yml', text: s.stack }],
    url: s.url,
    rps: choice.rps,
    seconds: choice.seconds,
    bursts: [
      ...(choice.burstRps > 0 ? [{ ...s.burst, rps: choice.burstRps }] : []),
      ...(s.coldProbe ? [s.coldProbe] : []),
    ],
    tailSeconds: s.tailSeconds,
  };
}

/** The same run on the command line. */
export function loadCommand(
  s: LoadScenario,
  choice: { edition: string; rps: number; burstRps: number; seconds: number },
): string {
  const bursts = [
    ...(choice.burstRps > 0 ? [{ ...s.burst, rps: choice.burstRps }] : []),
    ...(s.coldProbe ? [s.coldProbe] : []),
  ];
  const burst = bursts.map((b) => ` --burst ${b.atSecond}:${b.seconds}:${b.rps}`).join('');
  return `faaslab sim load -f stack.yml --url ${s.url} --rps ${choice.rps} --seconds ${choice.seconds} --edition ${choice.edition}${burst} --tail ${s.tailSeconds}`;
}
