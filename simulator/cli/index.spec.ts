import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimCli } from './index.ts';

function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    readFile: (path: string) =>
      files[path] ?? readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    lang: 'en_US.UTF-8',
  };
  return runSimCli(argv, io).then((code) => ({ code, stdout, stderr }));
}

describe('faaslab sim', () => {
  it('validate refuses the course flaskapp.yaml as k3s does and names faaslab sim migrate', async () => {
    const { code, stderr } = await run(['validate', '-f', 'test/fixtures/course/flaskapp.yaml']);
    expect(code).toBe(1);
    expect(stderr).toContain(
      'resource mapping not found for name: "flaskapp" namespace: "" from "test/fixtures/course/flaskapp.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    );
    expect(stderr).toContain('faaslab sim migrate -f test/fixtures/course/flaskapp.yaml');
  });

  it('migrate prints YAML that validates, with the Ingress in networking.k8s.io/v1', async () => {
    const migrated = await run(['migrate', '-f', 'test/fixtures/course/flaskapp.yaml']);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain('apiVersion: networking.k8s.io/v1');
    expect(migrated.stdout).not.toContain('extensions/v1beta1');
    const validated = await run(['validate', '-f', 'flaskapp-v1.yaml'], {
      'flaskapp-v1.yaml': migrated.stdout,
    });
    expect(validated).toMatchObject({ code: 0, stderr: '' });
  });

  it('route --json prints the stable trace shape for the course flaskapp.yaml (migrated)', async () => {
    const { stdout: migrated } = await run(['migrate', '-f', 'test/fixtures/course/flaskapp.yaml']);
    const { code, stdout, stderr } = await run(
      ['route', '-f', 'flaskapp-v1.yaml', '--arch', 'arm', '--url', 'http://192.168.1.10/', '--json'],
      { 'flaskapp-v1.yaml': migrated },
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const trace = JSON.parse(stdout) as Record<string, unknown> & { hops: Array<Record<string, unknown>> };
    expect(Object.keys(trace)).toEqual([
      'status',
      'outcome',
      'timeoutMs',
      'service',
      'servicePort',
      'pod',
      'node',
      'hops',
      'warnings',
      'error',
    ]);
    expect(trace).toMatchObject({
      status: 200,
      service: 'default/flaskapp',
      servicePort: 80,
      pod: 'default/flaskapp',
      error: null,
    });
    expect(Object.keys(trace.hops[0]!)).toEqual(['kind', 'name', 'detail', 'packet']);
    // Each hop carries the packet: src/dst ip:port, the rewrite and its reason.
    const packets = trace.hops.map(
      (h) => h.packet as { src: string; dst: string; rewrite: string } | undefined,
    );
    expect(packets[0]).toMatchObject({ dst: '192.168.1.10:80', rewrite: 'none' });
    expect(packets.map((p) => p?.rewrite)).toContain('dnat+masquerade');
    expect(packets.at(-1)).toMatchObject({ src: '192.168.1.10:80', rewrite: 'conntrack-reverse' });
  });

  it('route reaches a NodePort by node name, and reports the refusal when no pod backs it', async () => {
    const { stdout } = await run([
      'route',
      '-f',
      'test/fixtures/course/my-nodeport-service.yaml',
      '--url',
      'http://k3s-agent-1:30036/',
      '--json',
      '--seed',
      '3',
    ]);
    const trace = JSON.parse(stdout) as { status: number; service: string; pod: null; error: { en: string } };
    expect(trace).toMatchObject({ status: 0, service: 'default/my-nodeport-service', pod: null });
    expect(trace.error.en).toContain('no ready endpoints');
  });

  it('route accepts a Function resource, as sim load does, and the gateway answers as OpenFaaS (202, 401)', async () => {
    const files = [
      '-f',
      'simulator/scenarios/manifests/openfaas-gateway.yaml',
      '-f',
      'test/fixtures/simulator/openfaas/figlet-function.yaml',
    ];
    const queued = await run([
      'route',
      ...files,
      '--url',
      'http://192.168.1.10:31112/async-function/figlet',
      '--json',
    ]);
    expect(queued.stderr).toBe('');
    expect(JSON.parse(queued.stdout)).toMatchObject({
      status: 202,
      pod: expect.stringMatching(/^openfaas\/gateway-/),
    });
    const list = await run([
      'route',
      ...files,
      '--url',
      'http://192.168.1.10:31112/system/functions',
      '--json',
    ]);
    expect(JSON.parse(list.stdout)).toMatchObject({ status: 401 });
  });

  it('route honours --ingress-mode and -H host headers', async () => {
    const base = [
      'route',
      '-f',
      'test/fixtures/simulator/web-app.yaml',
      '--url',
      'http://192.168.1.12/hello',
      '-H',
      'Host: web.example.com',
      '--json',
    ];
    for (const mode of ['traefik', 'conformant']) {
      const { stdout } = await run([...base, '--ingress-mode', mode]);
      expect(JSON.parse(stdout)).toMatchObject({ status: 200, service: 'default/web', servicePort: 80 });
    }
    const miss = await run([
      'route',
      '-f',
      'test/fixtures/simulator/web-app.yaml',
      '--url',
      'http://192.168.1.12/',
      '-H',
      'Host: other.example.com',
      '--json',
    ]);
    expect(JSON.parse(miss.stdout)).toMatchObject({ status: 404, service: null, pod: null });
  });

  it('validate exits 1 with positioned messages, 0 for valid files', async () => {
    const bad = await run(['validate', '-f', 'test/fixtures/simulator/misspelt-replicas.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('misspelt-replicas.yaml:6:3');
    expect(bad.stderr).toContain('unknown field "spec.replica"');
    const good = await run(['validate', '-f', 'test/fixtures/course/nginx-pod.yaml']);
    expect(good.code).toBe(0);
  });

  it('kubectl runs after applying the files', async () => {
    const { code, stdout } = await run([
      'kubectl',
      '-f',
      'test/fixtures/course/nginx-pod.yaml',
      '--nodes',
      '2',
      '--',
      'get',
      'nodes',
      '-o',
      'json',
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('kubectl gets the words the shell split, quotes and backslashes kept as typed', async () => {
    const kubectl = (...words: string[]) =>
      run(['kubectl', '-f', 'test/fixtures/course/nginx-pod.yaml', '--', ...words]);
    const made = await kubectl(
      'create',
      'secret',
      'generic',
      's',
      '--from-literal=msg=say "hi"',
      '--from-literal=p=C:\\tmp',
      "--from-literal=q=it's",
      '--dry-run=client',
      '-o',
      'yaml',
    );
    expect(made.stderr).toBe('');
    const data = (name: string) =>
      Buffer.from(new RegExp(`  ${name}: (\\S+)`).exec(made.stdout)![1]!, 'base64').toString();
    expect([data('msg'), data('p'), data('q')]).toEqual(['say "hi"', 'C:\\tmp', "it's"]);
  });

  it("kubectl speaks the CLI's language in its own messages", async () => {
    const args = (lang: string) => [
      'kubectl',
      '-f',
      'test/fixtures/course/nginx-pod.yaml',
      '--lang',
      lang,
      '--',
      'port-forward',
      'nginx',
      '8080:80',
    ];
    expect((await run(args('es'))).stderr).toMatch(/^error: esta consola no ejecuta «kubectl port-forward»/);
    expect((await run(args('en'))).stderr).toMatch(
      /^error: this console does not run “kubectl port-forward”/,
    );
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await run(['route', '--url', 'http://x/'])).code).toBe(2);
    expect((await run(['route', '-f', 'x.yaml', '--ingress-mode', 'nginx'])).code).toBe(2);
    expect((await run(['frob'])).code).toBe(2);
  });
});
