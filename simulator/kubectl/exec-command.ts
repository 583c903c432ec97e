import type { KubectlResult, PodView, ServiceView, Simulation, Trace } from '../api-types.ts';

/** The resolver a ClusterFirst Pod gets (kubelet writes it; k3s --cluster-dns 10.43.0.10). */
const NAMESERVER = '10.43.0.10';
const PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const done = (stdout: string, stderr = '', code = 0): KubectlResult => ({
  stdout,
  stderr: code === 0 ? stderr : `${stderr}command terminated with exit code ${code}\n`,
  exitCode: code,
});

/**
 * `kubectl exec [-n NS] [-it] [-c CONTAINER] POD -- COMMAND…` for the commands a student uses to test the
 * network from inside a Pod: curl, wget, nslookup, cat /etc/resolv.conf, env, hostname. Requests go
 * through the simulated cluster from the Pod (CoreDNS, kube-proxy, NetworkPolicy), and the output and
 * exit codes are the tools' own (curl's `(28) Connection timed out…`, `(7) Failed to connect…`,
 * `(6) Could not resolve host…`); a failing command ends with kubectl's "command terminated with exit code N".
 */
export function runExec(sim: Simulation, tokens: string[]): KubectlResult {
  let namespace = 'default';
  let container: string | null = null;
  let podName = '';
  let i = 0;
  for (; i < tokens.length && tokens[i] !== '--'; i++) {
    const t = tokens[i]!;
    if (t === '-n' || t === '--namespace' || t === '-c' || t === '--container') {
      if (t === '-n' || t === '--namespace') namespace = tokens[i + 1] ?? namespace;
      else container = tokens[i + 1] ?? null;
      i++;
    } else if (t.startsWith('--namespace=')) namespace = t.slice('--namespace='.length);
    else if (t.startsWith('--container=')) container = t.slice('--container='.length);
    else if (/^-[itq]+(=.*)?$|^--(stdin|tty|quiet)(=.*)?$/.test(t)) continue;
    else if (t.startsWith('-'))
      return fail(`error: unknown shorthand flag: '${t.replace(/^-+/, '')[0]}' in ${t}`);
    else podName = t.replace(/^pods?\//, '');
  }
  const command = tokens.slice(i + 1);
  if (!podName)
    return fail(
      "error: expected 'exec POD_NAME COMMAND [ARG1] [ARG2] ... [ARGN]'.\nPOD_NAME and COMMAND are required arguments for the exec command",
    );
  if (command.length === 0) return fail('error: you must specify at least one command for the container');
  const pod = sim.snapshot().pods.find((p) => p.namespace === namespace && p.name === podName);
  if (!pod) return fail(`Error from server (NotFound): pods "${podName}" not found`);
  // The apiserver checks the container before it reaches the kubelet (pkg/registry/core/pod/strategy.go).
  if (container !== null && !pod.containers.some((c) => c.name === container))
    return fail(`Error from server (BadRequest): container ${container} is not valid for pod ${podName}`);
  if (pod.phase !== 'Running' || !pod.ip)
    return fail(
      `error: unable to upgrade connection: container not found ("${pod.containers[0]?.name ?? ''}")`,
    );
  const [program, ...args] = command;
  switch (program) {
    case 'curl':
      return curl(sim, pod, args);
    case 'wget':
      return wget(sim, pod, args);
    case 'nslookup':
      return nslookup(sim, pod, args);
    case 'hostname':
      return done(`${pod.name}\n`);
    case 'env':
    case 'printenv':
      return done(environment(sim, pod));
    case 'cat':
      if (args[0] === '/etc/resolv.conf') return done(resolvConf(pod.namespace));
      if (args[0] === '/etc/hostname') return done(`${pod.name}\n`);
      return done('', `cat: can't open '${args[0] ?? ''}': No such file or directory\n`, 1);
    default:
      return fail(
        `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown`,
      );
  }
}

function fail(stderr: string): KubectlResult {
  return { stdout: '', stderr: `${stderr}\n`, exitCode: 1 };
}

/** /etc/resolv.conf as kubelet writes it for dnsPolicy ClusterFirst. */
export function resolvConf(namespace: string): string {
  return `search ${namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver ${NAMESERVER}\noptions ndots:5\n`;
}

/** Sends an HTTP request from the Pod; resolves the host first as the Pod's resolver would. */
function fetchFromPod(
  sim: Simulation,
  pod: PodView,
  url: string,
  method: string,
  headers: Record<string, string>,
  timeoutMs: number | undefined,
): { trace: Trace | null; host: string; address: string; port: number; unresolved: boolean } {
  const parsed = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^?#]*)(\?[^#]*)?/.exec(url);
  const scheme = (parsed?.[1] ?? 'http') as 'http' | 'https';
  const host = parsed?.[2] ?? '';
  const port = parsed?.[3] ? Number(parsed[3]) : scheme === 'https' ? 443 : 80;
  const path = (parsed?.[4] || '/') + (parsed?.[5] ?? '');
  let target = host;
  // The address the client connects to: the IP itself, or the first address the name resolves to.
  let address = host;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const answer = sim.dnsLookup(host, pod.namespace);
    if (!answer || answer === 'refused') return { trace: null, host, address: host, port, unresolved: true };
    // Service names route as names (the trace shows CoreDNS); Pod DNS names route to their IP.
    target = answer.name.endsWith('.svc.cluster.local') ? answer.name : answer.addresses[0]!;
    address = answer.addresses[0]!;
  }
  const trace = sim.routeRequest({
    method,
    scheme,
    host: target,
    port,
    path,
    headers: { host, ...headers },
    source: { kind: 'pod', ns: pod.namespace, name: pod.name },
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  });
  return { trace, host, address, port, unresolved: trace.outcome === 'unresolved' };
}

function curl(sim: Simulation, pod: PodView, args: string[]): KubectlResult {
  let url = '';
  let timeoutMs: number | undefined;
  let method = 'GET';
  let silent = false;
  let showErrors = false;
  let failOnError = false;
  let include = false;
  const headers: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-m' || a === '--max-time' || a === '--connect-timeout') timeoutMs = Number(args[++i]) * 1000;
    else if (a === '-X' || a === '--request') method = args[++i] ?? 'GET';
    else if (a === '-H' || a === '--header') {
      const [name, ...value] = (args[++i] ?? '').split(':');
      headers[name!.trim().toLowerCase()] = value.join(':').trim();
    } else if (a === '-o' || a === '--output' || a === '-w' || a === '--write-out') i++;
    else if (/^-[sSfiv]+$/.test(a)) {
      silent ||= a.includes('s');
      showErrors ||= a.includes('S');
      failOnError ||= a.includes('f');
      include ||= a.includes('i');
    } else if (a === '--silent') silent = true;
    else if (a === '--fail') failOnError = true;
    else if (a.startsWith('-'))
      return done('', `curl: option ${a}: is unknown\ncurl: try 'curl --help' for more information\n`, 2);
    else url = a;
  }
  if (!url) return done('', "curl: no URL specified\ncurl: try 'curl --help' for more information\n", 2);
  const error = (code: number, text: string): KubectlResult =>
    done('', silent && !showErrors ? '' : `curl: (${code}) ${text}\n`, code);
  const r = fetchFromPod(sim, pod, url, method, headers, timeoutMs);
  if (r.unresolved || !r.trace) return error(6, `Could not resolve host: ${r.host}`);
  const t = r.trace;
  // curl's wording (lib/connect.c, lib/multi.c, curl 8.x): a timeout reports the elapsed milliseconds.
  if (t.outcome === 'timeout')
    return error(28, `Connection timed out after ${(t.timeoutMs ?? 0) + 1} milliseconds`);
  if (t.outcome !== 'answered' || !t.response)
    return error(7, `Failed to connect to ${r.host} port ${r.port} after 1 ms: Couldn't connect to server`);
  if (failOnError && t.status >= 400) return error(22, `The requested URL returned error: ${t.status}`);
  const head = include
    ? `HTTP/1.1 ${t.status}\r\n${Object.entries(t.response.headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`
    : '';
  return done(head + t.response.body);
}

function wget(sim: Simulation, pod: PodView, args: string[]): KubectlResult {
  let url = '';
  let timeoutMs: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-T') timeoutMs = Number(args[++i]) * 1000;
    else if (a === '-O') i++;
    else if (!a.startsWith('-')) url = a;
  }
  const r = fetchFromPod(sim, pod, url, 'GET', {}, timeoutMs);
  // BusyBox wget's messages (networking/wget.c).
  if (r.unresolved || !r.trace) return done('', `wget: bad address '${r.host}'\n`, 1);
  const t = r.trace;
  if (t.outcome === 'timeout') return done('', 'wget: download timed out\n', 1);
  if (t.outcome !== 'answered' || !t.response)
    // libbb/xconnect.c names the IPv4 address it could not connect to.
    return done('', `wget: can't connect to remote host (${r.address}): Connection refused\n`, 1);
  if (t.status >= 400) return done('', `wget: server returned error: HTTP/1.1 ${t.status}\n`, 1);
  return done(t.response.body);
}

function nslookup(sim: Simulation, pod: PodView, args: string[]): KubectlResult {
  const name = args.find((a) => !a.startsWith('-')) ?? '';
  // BusyBox (alpine, busybox, curlimages/curl) prints the server as ip:53; BIND's nslookup (dnsutils) as ip#53.
  const busybox = /busybox|alpine|curlimages/.test(pod.containers[0]?.image ?? '');
  const server = `Server:\t\t${NAMESERVER}\nAddress:\t${NAMESERVER}${busybox ? ':' : '#'}53\n\n`;
  const answer = sim.dnsLookup(name, pod.namespace, pod.name);
  // An egress policy rejects the query (ICMP port unreachable). BusyBox reads the error on its connected
  // socket, says so, resends at every retry interval (5 s / 2 tries) and gives up at its 5 s timeout
  // (networking/nslookup.c, send_queries); BIND's nslookup reports each of its 3 tries and stops at once.
  if (answer === 'refused')
    return busybox
      ? done(
          ';; connection timed out; no servers could be reached\n\n',
          'nslookup: read: Connection refused\n'.repeat(2),
          1,
        )
      : done(
          `;; communications error to ${NAMESERVER}#53: connection refused\n`.repeat(3) +
            ';; no servers could be reached\n\n',
          '',
          1,
        );
  if (!answer) return done(server, `** server can't find ${name}: NXDOMAIN\n\n`, 1);
  return done(
    server + answer.addresses.map((ip) => `Name:\t${answer.name}\nAddress: ${ip}\n`).join('') + '\n',
  );
}

/** The variables a container gets: PATH, HOSTNAME, HOME and the Docker-link style Service variables. */
function environment(sim: Simulation, pod: PodView): string {
  const lines = [`PATH=${PATH}`, `HOSTNAME=${pod.name}`];
  const services = sim
    .snapshot()
    .services.filter(
      (s) => s.namespace === pod.namespace && s.clusterIP !== 'None' && s.createdAtMs <= pod.createdAtMs,
    );
  const kubernetes = sim
    .snapshot()
    .services.find((s) => s.namespace === 'default' && s.name === 'kubernetes');
  if (kubernetes && pod.namespace !== 'default') services.push(kubernetes);
  for (const s of services) lines.push(...serviceVariables(s));
  lines.push('HOME=/root');
  return lines.join('\n') + '\n';
}

/** `{SVC}_SERVICE_HOST`, `{SVC}_SERVICE_PORT`, `{SVC}_PORT_{port}_TCP…` (kubelet's envvars package). */
function serviceVariables(s: ServiceView): string[] {
  const prefix = s.name.toUpperCase().replace(/-/g, '_');
  const first = s.ports[0];
  if (!first) return [];
  const out = [`${prefix}_SERVICE_HOST=${s.clusterIP}`, `${prefix}_SERVICE_PORT=${first.port}`];
  for (const p of s.ports)
    if (p.name) out.push(`${prefix}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}=${p.port}`);
  out.push(`${prefix}_PORT=${first.protocol.toLowerCase()}://${s.clusterIP}:${first.port}`);
  for (const p of s.ports) {
    const base = `${prefix}_PORT_${p.port}_${p.protocol.toUpperCase()}`;
    out.push(
      `${base}=${p.protocol.toLowerCase()}://${s.clusterIP}:${p.port}`,
      `${base}_PROTO=${p.protocol.toLowerCase()}`,
      `${base}_PORT=${p.port}`,
      `${base}_ADDR=${s.clusterIP}`,
    );
  }
  return out;
}
