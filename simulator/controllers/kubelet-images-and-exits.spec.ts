import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';

// Event texts: kubelet pkg/kubelet/images/image_manager.go and kuberuntime_manager.go (doBackOff);
// back-off 10 s doubling to 300 s: pod-lifecycle.md "Container restarts"; STATUS: kubectl printPod.
const pod = (container: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
${extra}  containers:
  - ${container}
`;
const view = (sim: Simulation) => sim.snapshot().pods.find((p) => p.name === 'p')!;
const events = (sim: Simulation) =>
  sim
    .snapshot()
    .events.filter((e) => e.object === 'Pod/default/p')
    .map((e) => `${e.type} ${e.reason} ${e.message.en}`);

describe('kubelet: images the registries do not hold', () => {
  it("a typo'd image goes ErrImagePull, then ImagePullBackOff with the real event texts", () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('{name: web, image: ngnix}'), 'p.yaml');
    sim.advance(2000);
    expect(view(sim)).toMatchObject({ status: 'ErrImagePull', ready: false, phase: 'Pending' });
    sim.advance(1000);
    expect(view(sim).status).toBe('ImagePullBackOff');
    expect(view(sim).containerStatuses[0]!.state.waiting).toEqual({
      reason: 'ImagePullBackOff',
      message: 'Back-off pulling image "ngnix"',
    });
    expect(events(sim)).toEqual(
      expect.arrayContaining([
        'Normal Pulling Pulling image "ngnix"',
        expect.stringMatching(/^Warning Failed Failed to pull image "ngnix": .*pull access denied/),
        'Warning Failed Error: ErrImagePull',
        'Normal BackOff Back-off pulling image "ngnix"',
        'Warning Failed Error: ImagePullBackOff',
      ]),
    );
  });

  it('retries the pull with back-off 10 s, 20 s, 40 s (kubelet image back-off)', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('{name: web, image: "nginx:doesnotexist-999"}'), 'p.yaml');
    const pulls: number[] = [];
    let seen = 0;
    for (let t = 0; t < 200; t++) {
      sim.advance(500);
      const pulling = sim
        .snapshot()
        .events.find((e) => e.object === 'Pod/default/p' && e.reason === 'Pulling');
      if (pulling && (pulling.count ?? 1) !== seen) {
        seen = pulling.count ?? 1;
        pulls.push(sim.now());
      }
    }
    const gaps = pulls.slice(1).map((t, i) => (t - pulls[i]!) / 1000);
    expect(gaps.slice(0, 3)).toEqual([10, 20, 40]);
    expect(view(sim).status).toMatch(/ImagePullBackOff|ErrImagePull/);
  });

  it('a scenario can declare its own image (a private registry)', () => {
    const image = 'registry.local:5000/ana/web:1.0';
    const refused = createSimulation({ seed: 1 });
    refused.apply(pod(`{name: web, image: "${image}"}`), 'p.yaml');
    refused.advance(3000);
    expect(view(refused).status).toBe('ImagePullBackOff');
    const sim = createSimulation({ seed: 1, images: [{ image }] });
    sim.apply(pod(`{name: web, image: "${image}"}`), 'p.yaml');
    sim.settle();
    expect(view(sim).status).toBe('Running');
    // …or the student pushes it later, and the next retry succeeds.
    expect(refused.addImage(image).ok).toBe(true);
    refused.advance(20_000);
    expect(view(refused)).toMatchObject({ status: 'Running', ready: true });
  });

  it('an upper-case image is InvalidImageName', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('{name: web, image: Nginx}'), 'p.yaml');
    sim.advance(2000);
    expect(view(sim).status).toBe('InvalidImageName');
  });
});

describe('kubelet: containers whose command exits', () => {
  it('`sh -c "exit 1"` crash-loops: Error, then CrashLoopBackOff with Last State Terminated', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('{name: job, image: busybox, command: ["sh", "-c", "exit 1"]}'), 'p.yaml');
    sim.advance(2000);
    expect(view(sim).status).toBe('Error');
    sim.advance(1000); // first restart: immediate once noticed
    sim.advance(1000); // exits again, now in back-off
    expect(view(sim)).toMatchObject({
      status: 'CrashLoopBackOff',
      restarts: 1,
      ready: false,
      phase: 'Running',
    });
    const status = view(sim).containerStatuses[0]!;
    expect(status.state.waiting?.message).toMatch(
      /^back-off 10s restarting failed container=job pod=p_default\(\d+\)$/,
    );
    expect(status.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    expect(events(sim)).toContainEqual(
      expect.stringMatching(/^Warning BackOff Back-off restarting failed container job in pod p_default/),
    );
    expect(runKubectl(sim, 'get pods').stdout).toMatch(/p\s+0\/1\s+CrashLoopBackOff\s+1/);
  });

  it('`true` under restartPolicy Always also crash-loops, with reason Completed', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('{name: job, image: busybox, command: ["true"]}'), 'p.yaml');
    sim.advance(4000);
    expect(view(sim).status).toBe('CrashLoopBackOff');
    expect(view(sim).containerStatuses[0]!.lastState.terminated).toMatchObject({
      exitCode: 0,
      reason: 'Completed',
    });
  });

  it('restartPolicy Never: `false` leaves the Pod Failed (Error), `true` Succeeded (Completed)', () => {
    for (const [command, status, phase] of [
      ['false', 'Error', 'Failed'],
      ['true', 'Completed', 'Succeeded'],
    ] as const) {
      const sim = createSimulation({ seed: 1 });
      sim.apply(
        pod(`{name: job, image: busybox, command: ["${command}"]}`, '  restartPolicy: Never\n'),
        'p.yaml',
      );
      sim.advance(60_000);
      expect(view(sim)).toMatchObject({ status, phase, restarts: 0 });
    }
  });

  it('the crash-after knob crashes a server after N s, then restarts it with back-off', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(
      `apiVersion: v1
kind: Pod
metadata: {name: p, annotations: {sim.faaslab.dev/crash-after: "web=5s"}}
spec:
  containers: [{name: web, image: nginx}, {name: side, image: busybox, command: [sh, -c, "sleep 3600"]}]
`,
      'p.yaml',
    );
    sim.advance(2000 + 4999);
    expect(view(sim)).toMatchObject({ status: 'Running', ready: true });
    sim.advance(1);
    expect(view(sim)).toMatchObject({ status: 'Error', ready: false });
    expect(view(sim).containerStatuses[1]!.state.running).toBeDefined();
  });
});
