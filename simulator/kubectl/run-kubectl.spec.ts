import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';
import { runKubectl } from './index.ts';

const web = readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8');
let sim: Simulation;
const k = (line: string) => runKubectl(sim, line, { 'web.yaml': web });

describe('kubectl interpreter', () => {
  beforeEach(() => {
    sim = createSimulation({ seed: 1 });
    expect(k('apply -f web.yaml').stdout).toBe(
      'deployment.apps/web created\nservice/web created\ningress.networking.k8s.io/web created\n',
    );
    sim.settle();
  });

  it('prints get pods as kubectl does, with -o wide columns', () => {
    const out = k('get pods -o wide').stdout.split('\n');
    expect(out[0]).toMatch(
      /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/,
    );
    expect(
      out
        .slice(1, 4)
        .every((l) =>
          /^web-[a-z0-9]{10}-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s+\d+s\s+10\.42\.\d+\.\d+\s+k3s-/.test(l),
        ),
    ).toBe(true);
  });

  it('shows NodePort and LoadBalancer ports and external IPs', () => {
    const out = k('get svc -A').stdout;
    expect(out).toMatch(/default\s+web\s+NodePort\s+10\.43\.\d+\.\d+\s+<none>\s+80:30080\/TCP/);
    expect(out).toMatch(
      /kube-system\s+traefik\s+LoadBalancer\s+\S+\s+192\.168\.1\.10,192\.168\.1\.11,192\.168\.1\.12\s+80:\d+\/TCP,443:\d+\/TCP/,
    );
  });

  it('answers -o json and -o yaml with Kubernetes objects', () => {
    const list = JSON.parse(k('get nodes -o json').stdout) as {
      kind: string;
      items: Array<{ metadata: { name: string }; status: { addresses: Array<{ address: string }> } }>;
    };
    expect(list.kind).toBe('List');
    // The apiserver lists by name (etcd key order), as kubectl shows against a real k3s.
    expect(list.items.map((n) => n.metadata.name)).toEqual(['k3s-agent-1', 'k3s-agent-2', 'k3s-server']);
    expect(k('get deploy web -o yaml').stdout).toContain('kind: Deployment');
  });

  it('scales, sets images and rolls back, reporting rollout status', () => {
    expect(k('scale deployment/web --replicas=5').stdout).toBe('deployment.apps/web scaled\n');
    sim.settle();
    expect(k('get deploy web').stdout).toMatch(/web\s+5\/5\s+5\s+5/);
    expect(k('set image deploy/web web=nginx:1.28').stdout).toBe('deployment.apps/web image updated\n');
    sim.advance(100);
    expect(k('rollout status deployment/web').stdout).toMatch(
      /^Waiting for deployment "web" rollout to finish/,
    );
    sim.settle();
    expect(k('rollout status deployment/web').stdout).toBe('deployment "web" successfully rolled out\n');
    expect(k('rollout history deployment/web').stdout).toMatch(
      /REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/,
    );
    expect(k('rollout undo deployment/web').stdout).toBe('deployment.apps/web rolled back\n');
    sim.settle();
    expect(k('get deploy web -o wide').stdout).toContain('nginx:1.27');
  });

  it('drains a node only with --ignore-daemonsets, as kubectl requires for svclb Pods', () => {
    const refused = k('drain k3s-agent-1');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toContain(
      'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)',
    );
    const drained = k('drain k3s-agent-1 --ignore-daemonsets');
    expect(drained.exitCode).toBe(0);
    expect(drained.stdout).toMatch(/node\/k3s-agent-1 drained\n$/);
    sim.settle();
    expect(k('get nodes').stdout).toMatch(/k3s-agent-1\s+Ready,SchedulingDisabled/);
    expect(
      sim.snapshot().pods.filter((p) => p.nodeName === 'k3s-agent-1' && p.owner?.kind !== 'DaemonSet'),
    ).toEqual([]);
  });

  it('gives kubectl errors for unknown resources, flags, commands and names', () => {
    expect(k('get foo')).toMatchObject({
      exitCode: 1,
      stderr: 'error: the server doesn\'t have a resource type "foo"\n',
    });
    expect(k('get pods --bogus').stderr).toBe(
      "Error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n",
    );
    expect(k('frobnicate').stderr).toBe('Error: unknown command "frobnicate" for "kubectl"\n');
    expect(k('get pod nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(k('get pods -n empty').stderr).toBe('No resources found in empty namespace.\n');
  });

  it('exposes a deployment and deletes objects', () => {
    expect(k('expose deployment web --port=8080 --target-port=http --name=web2 --type=NodePort').stdout).toBe(
      'service/web2 exposed\n',
    );
    expect(k('get svc web2').stdout).toMatch(/web2\s+NodePort\s+\S+\s+<none>\s+8080:3\d{4}\/TCP/);
    expect(k('delete svc web2').stdout).toBe('service "web2" deleted\n');
    expect(k('get svc web2').exitCode).toBe(1);
  });

  it('describes a pending Pod with the scheduler message', () => {
    sim.apply(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: big}\nspec:\n  containers:\n  - name: c\n    image: nginx\n    resources: {requests: {cpu: "64"}}\n',
      'big.yaml',
    );
    sim.advance(1000);
    const out = k('describe pod big').stdout;
    expect(out).toContain('FailedScheduling');
    expect(out).toContain(
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
  });
});

describe('kubectl run and create', () => {
  it('creates a Pod, a Deployment and a namespace as kubectl does', () => {
    sim = createSimulation({ seed: 2 });
    expect(k('run nginx --image=nginx --port=80').stdout).toBe('pod/nginx created\n');
    expect(k('run nginx --image=nginx').stderr).toBe(
      'Error from server (AlreadyExists): pods "nginx" already exists\n',
    );
    expect(k('create deployment hello --image=ghcr.io/acme/hello:1 --replicas=2').stdout).toBe(
      'deployment.apps/hello created\n',
    );
    expect(k('create namespace labs').stdout).toBe('namespace/labs created\n');
    expect(k('run x').stderr).toBe('error: required flag(s) "image" not set\n');
    sim.settle();
    expect(k('get pods -l run=nginx').stdout).toMatch(/nginx\s+1\/1\s+Running/);
    // ghcr.io/acme/hello:1 is in no registry the simulator knows: 0/2 ready, ImagePullBackOff.
    expect(k('get deploy hello').stdout).toMatch(/hello\s+0\/2/);
    expect(k('get pods -l app=hello').stdout).toMatch(/hello-\S+\s+0\/1\s+ImagePullBackOff/);
    expect(k('get ns').stdout).toContain('labs');
  });
});

describe('kubectl logs', () => {
  it('answers for running pods and refuses waiting ones as kubectl does', () => {
    sim = createSimulation({ seed: 2 });
    k('run nginx --image=nginx --port=80');
    expect(k('logs nginx').stderr).toBe(
      'Error from server (BadRequest): container "nginx" in pod "nginx" is waiting to start: ContainerCreating\n',
    );
    sim.settle();
    expect(k('logs pod/nginx').stdout).toContain('listening on 80');
    expect(k('logs nope').exitCode).toBe(1);
  });
});
