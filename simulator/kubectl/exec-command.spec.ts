import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';
import { runKubectl } from './index.ts';

const yaml = readFileSync(
  new URL('../../test/fixtures/simulator/network-policy.yaml', import.meta.url),
  'utf8',
);
const DENY =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: default-deny}\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\n';
const ALLOW =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: allow-client}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: client}}}]\n';

function cluster(...extra: string[]): Simulation {
  const sim = createSimulation({ seed: 4 });
  expect(sim.apply(yaml, 'network-policy.yaml').diagnostics).toEqual([]);
  for (const [i, text] of extra.entries()) expect(sim.apply(text, `extra-${i}.yaml`).diagnostics).toEqual([]);
  sim.settle();
  return sim;
}

describe('kubectl exec', () => {
  it('curl from a Pod answers through the Service', () => {
    const r = runKubectl(cluster(), 'exec client -- curl -s http://web');
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ service: 'web' });
  });

  it('with default deny, curl -m 2 is refused at once (kube-router REJECT) with curl’s own message and exit code; after an allow policy it answers', () => {
    const denied = runKubectl(cluster(DENY), 'exec client -- curl -m 2 http://web');
    expect(denied).toEqual({
      stdout: '',
      stderr:
        "curl: (7) Failed to connect to web port 80 after 1 ms: Couldn't connect to server\ncommand terminated with exit code 7\n",
      exitCode: 7,
    });
    expect(runKubectl(cluster(DENY, ALLOW), 'exec client -- curl -m 2 http://web').exitCode).toBe(0);
    const denyAllow = cluster(DENY, ALLOW);
    const webIP = denyAllow.snapshot().services.find((s) => s.name === 'web')!.clusterIP;
    expect(runKubectl(denyAllow, 'exec intruder -- wget -qO- -T 2 http://web')).toMatchObject({
      stderr: `wget: can't connect to remote host (${webIP}): Connection refused\ncommand terminated with exit code 1\n`,
      exitCode: 1,
    });
  });

  it('curl reports names that do not resolve and refused connections as curl does', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'exec client -- curl http://nowhere').stderr).toBe(
      'curl: (6) Could not resolve host: nowhere\ncommand terminated with exit code 6\n',
    );
    // A Pod IP where nothing listens answers with a RST: refused.
    const ip = sim.snapshot().pods.find((p) => p.name === 'intruder')!.ip!;
    expect(runKubectl(sim, `exec client -- curl http://${ip}:8080`).stderr).toBe(
      `curl: (7) Failed to connect to ${ip} port 8080 after 1 ms: Couldn't connect to server\ncommand terminated with exit code 7\n`,
    );
    // A ClusterIP port no Service has: no kube-proxy rule matches, the packet goes nowhere (iptables mode).
    expect(runKubectl(sim, 'exec client -- curl -m 1 http://web:8080').exitCode).toBe(28);
  });

  it('nslookup prints the ClusterIP as CoreDNS answers it, through the search list', () => {
    const sim = cluster();
    const ip = sim.snapshot().services.find((s) => s.name === 'web')!.clusterIP;
    for (const name of ['web', 'web.default', 'web.default.svc.cluster.local'])
      expect(runKubectl(sim, `exec client -- nslookup ${name}`).stdout).toBe(
        `Server:\t\t10.43.0.10\nAddress:\t10.43.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: ${ip}\n\n`,
      );
    const missing = runKubectl(sim, 'exec client -- nslookup nowhere');
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain("** server can't find nowhere: NXDOMAIN");
    const podIP = sim.snapshot().pods.find((p) => p.name === 'intruder')!.ip!;
    expect(
      runKubectl(sim, `exec client -- nslookup ${podIP.replace(/\./g, '-')}.default.pod`).stdout,
    ).toContain(`Address: ${podIP}\n`);
  });

  it('a default-deny egress policy blocks DNS: kube-router rejects the query, BusyBox nslookup reads the refusal and gets no server, curl cannot resolve', () => {
    const sim = cluster(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-out}\nspec:\n  podSelector: {matchLabels: {app: client}}\n  policyTypes: [Egress]\n',
    );
    expect(runKubectl(sim, 'exec client -- nslookup web')).toEqual({
      stdout: ';; connection timed out; no servers could be reached\n\n',
      stderr:
        'nslookup: read: Connection refused\nnslookup: read: Connection refused\ncommand terminated with exit code 1\n',
      exitCode: 1,
    });
    expect(sim.dnsLookup('web', 'default', 'client')).toBe('refused');
    expect(runKubectl(sim, 'exec client -- curl -m 2 http://web').stderr).toContain(
      'curl: (6) Could not resolve host: web',
    );
    expect(runKubectl(sim, 'exec intruder -- nslookup web').exitCode).toBe(0);
  });

  it('cat /etc/resolv.conf, hostname and env show what kubelet gives a ClusterFirst Pod', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'exec -n default client -- cat /etc/resolv.conf').stdout).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.43.0.10\noptions ndots:5\n',
    );
    expect(runKubectl(sim, 'exec -it client -- hostname').stdout).toBe('client\n');
    expect(runKubectl(sim, 'exec client -- env').stdout).toContain('HOSTNAME=client\n');
  });

  it('a missing Pod or command fails as kubectl does', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'exec ghost -- hostname').stderr).toBe(
      'Error from server (NotFound): pods "ghost" not found\n',
    );
    expect(runKubectl(sim, 'exec client -- frobnicate').stderr).toContain(
      'executable file not found in $PATH',
    );
  });
});

describe('kubectl exec flags', () => {
  it('checks -c against the Pod’s containers, as the apiserver does, and lets -i, -t and -q through', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'exec client -c nope -- hostname')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): container nope is not valid for pod client\n',
      exitCode: 1,
    });
    const container = runKubectl(sim, 'get pod client -o jsonpath={.spec.containers[0].name}').stdout;
    expect(runKubectl(sim, `exec -it client -c ${container} -q -- hostname`).stdout).toBe('client\n');
  });

  it('prints its own help and refuses flags it does not run, in the page language', () => {
    const sim = cluster();
    expect(runKubectl(sim, 'exec -h', {}, 'es').stdout).toMatch(/^kubectl exec POD \[-c CONTAINER\] -- /);
    expect(runKubectl(sim, 'exec client --pod-running-timeout=1m -- hostname', {}, 'en').stderr).toMatch(
      /^error: the simulator does not implement --pod-running-timeout of “kubectl exec”/,
    );
  });
});
