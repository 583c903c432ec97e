import { readFileSync } from 'node:fs';
import {
  createSimulation,
  migrateManifests,
  nodesWithArch,
  requestFromUrl,
  validateManifests,
  type Packet,
  type Trace,
} from '../index.ts';
import { parseSimArgs } from './sim-cli-args.ts';
import { LOAD_USAGE } from '../openfaas/load-usage.ts';
import {
  commandLanguage,
  EXIT,
  formatDiagnostic,
  type Bilingual,
  type Diagnostic,
  type Language,
} from '../../core/index.ts';

import type { SimCliIO } from './sim-cli-io.ts';
import { readNamedFiles } from './read-named-files.ts';
import { runKubectl } from '../kubectl/index.ts';

export type { SimCliIO };

const USAGE: Bilingual = {
  es: `Uso: faaslab sim ORDEN -f ARCHIVO… [opciones]   (el simulador del clúster)
  faaslab sim validate -f ARCHIVO…
  faaslab sim route -f ARCHIVO… [--nodes N] [--seed S] [--ingress-mode conformant|traefik] --url URL [--method M] [-H 'Nombre: valor']… [-m SEGUNDOS] [--json]
  faaslab sim iptables -f ARCHIVO… --node NOMBRE [--nodes N] [--seed S]
  faaslab sim kubectl -f ARCHIVO… [--nodes N] [--seed S] -- ARGUMENTOS…
  faaslab sim migrate -f ARCHIVO…
  faaslab sim serve [-f ARCHIVO…] [--scenario NOMBRE] [--port 6443] [--speed N]   (una API de Kubernetes para tu kubectl)
  ${LOAD_USAGE.es}
  --arch amd64|arm64|arm   el kubernetes.io/arch de cada nodo (route, kubectl); arm = una Raspberry Pi
                           armv7, como el clúster del curso
  --image REF…             imágenes que tiene un registro privado (el simulador no descarga imágenes;
                           sabe cuáles existen)
  --lang es|en elige el idioma (por defecto, el de LANG; si no, es).
`,
  en: `Usage: faaslab sim COMMAND -f FILE… [options]   (the cluster simulator)
  faaslab sim validate -f FILE…
  faaslab sim route -f FILE… [--nodes N] [--seed S] [--ingress-mode conformant|traefik] --url URL [--method M] [-H 'Name: value']… [-m SECONDS] [--json]
  faaslab sim iptables -f FILE… --node NAME [--nodes N] [--seed S]
  faaslab sim kubectl -f FILE… [--nodes N] [--seed S] -- ARGS…
  faaslab sim migrate -f FILE…
  faaslab sim serve [-f FILE…] [--scenario NAME] [--port 6443] [--speed N]   (a Kubernetes API for your kubectl)
  ${LOAD_USAGE.en}
  --arch amd64|arm64|arm   every node's kubernetes.io/arch (route, kubectl); arm = a Raspberry Pi on armv7,
                           as the course's cluster
  --image REF…             images a private registry holds (the simulator does not pull images; it knows
                           which ones exist)
  --lang es|en picks the language (default from LANG, else es).
`,
};

interface FilePass {
  /** Diagnostics and notes for stderr, in order. */
  report: Diagnostic[];
  errors: number;
  stdout: string | null;
}

/** `sim migrate` and `sim validate`: what each does with one file. */
const FILE_PASSES: Record<
  'migrate' | 'validate',
  (f: { name: string; text: string }, lang: Language) => FilePass
> = {
  migrate: (f) => {
    const result = migrateManifests(f.text, f.name);
    return {
      report: [...result.migrated, ...result.diagnostics],
      errors: result.diagnostics.length,
      stdout: result.text,
    };
  },
  validate: (f, lang) => {
    const result = validateManifests(f.text, f.name);
    const valid = lang === 'es' ? 'objetos válidos' : 'valid objects';
    return {
      report: [...result.diagnostics, ...result.warnings],
      errors: result.diagnostics.length,
      stdout: result.diagnostics.length === 0 ? `${f.name}: ${result.objects.length} ${valid}\n` : null,
    };
  },
};

/** The trace as `route --json` prints it: a stable shape other tools rely on. */
export function traceJson(trace: Trace): object {
  return {
    status: trace.status,
    outcome: trace.outcome,
    timeoutMs: trace.timeoutMs,
    service: trace.service,
    servicePort: trace.servicePort,
    pod: trace.pod,
    node: trace.node,
    hops: trace.hops.map((h) => ({
      kind: h.kind,
      name: h.name,
      detail: h.detail,
      ...(h.packet ? { packet: h.packet } : {}),
    })),
    warnings: trace.warnings,
    error: trace.error,
  };
}

/** The packet under a hop in the text trace: addresses, the rewrite, the VXLAN wrapper, the reason. */
function packetLines(packet: Packet, lang: 'es' | 'en'): string {
  const wrap = packet.vxlan
    ? ` [VXLAN ${packet.vxlan.outerSrc} → ${packet.vxlan.outerDst} UDP ${packet.vxlan.udpPort} VNI ${packet.vxlan.vni}]`
    : '';
  return `    ${packet.protocol} ${packet.src} → ${packet.dst}  ${packet.rewrite}${wrap}\n      ${packet.reason[lang]}\n`;
}

/** How the request ended, in words. */
function outcomeText(trace: Trace, lang: 'es' | 'en'): string {
  if (trace.outcome === 'answered' && trace.status > 0) return `HTTP ${trace.status}`;
  const words = {
    answered: ['sin respuesta', 'no answer'],
    refused: ['conexión rechazada', 'connection refused'],
    timeout: [
      `tiempo agotado (${(trace.timeoutMs ?? 0) / 1000} s)`,
      `timed out (${(trace.timeoutMs ?? 0) / 1000} s)`,
    ],
    unresolved: ['nombre sin resolver', 'name not resolved'],
    error: ['sin respuesta', 'no answer'],
  }[trace.outcome];
  return words[lang === 'es' ? 0 : 1]!;
}

/** Runs `faaslab sim ARGS`; resolves to the exit code (0 ok, 1 errors in the manifests, 2 usage). */
export async function runSimCli(argv: readonly string[], io: SimCliIO): Promise<number> {
  const [sub, ...rest] = argv;
  const lang = commandLanguage(rest, { LANG: io.lang });
  if (!sub) return (io.stderr(USAGE[lang]), EXIT.usage);
  if (sub === '--help' || sub === '-h' || sub === 'help') return (io.stdout(USAGE[lang]), EXIT.ok);
  if (sub === 'load') return (await import('../openfaas/load-command.ts')).runLoadCommand(rest, io);
  const parsed = parseSimArgs(rest, io.lang);
  if ('error' in parsed) {
    io.stderr(`faaslab sim ${sub}: ${parsed.error[parsed.lang]}\n${USAGE[parsed.lang]}`);
    return EXIT.usage;
  }
  const o = parsed;
  if (o.help) return (io.stdout(USAGE[o.lang]), EXIT.ok);
  if (sub === 'serve')
    return (await import('./serve-command.ts')).runServe(
      {
        files: o.files,
        scenario: o.scenario,
        port: o.port,
        speed: o.speed,
        seed: o.seed,
        nodes: o.nodes,
        lang: o.lang,
      },
      io,
    );
  if (!['validate', 'route', 'kubectl', 'iptables', 'migrate'].includes(sub)) {
    const problem = o.lang === 'es' ? `orden desconocida "${sub}"` : `unknown command "${sub}"`;
    io.stderr(`faaslab sim: ${problem}\n${USAGE[o.lang]}`);
    return EXIT.usage;
  }
  if (o.files.length === 0) {
    io.stderr(`faaslab sim ${sub}: ${o.lang === 'es' ? 'falta -f ARCHIVO' : '-f FILE is required'}\n`);
    return EXIT.usage;
  }
  const files = readNamedFiles(o.files, o.lang, io);
  if (!files) return EXIT.usage;
  if (sub === 'migrate' || sub === 'validate') {
    let errors = 0;
    for (const f of files) {
      const checked = FILE_PASSES[sub](f, o.lang);
      for (const d of checked.report) io.stderr(`${formatDiagnostic(d, o.lang)}\n`);
      errors += checked.errors;
      if (checked.stdout !== null) io.stdout(checked.stdout);
    }
    return errors > 0 ? EXIT.failed : EXIT.ok;
  }
  // The same OpenFaaS model as `sim load`: Function resources are a kind, and the gateway Pod answers as
  // the gateway does (401 on /system without auth, 202 + X-Call-Id on /async-function).
  const { functionKind, openfaasGatewayBackend } = await import('../openfaas/index.ts');
  const sim = createSimulation({
    seed: o.seed,
    nodes: o.arch ? nodesWithArch(o.nodes, o.arch) : o.nodes,
    ingressMode: o.ingressMode,
    images: o.images.map((image) => ({ image })),
    extensions: [functionKind],
    packets: sub === 'route',
  });
  sim.addBackend(openfaasGatewayBackend(sim, o.seed));
  for (const f of files) {
    const result = sim.apply(f.text, f.name);
    for (const d of [...result.diagnostics, ...result.warnings])
      io.stderr(`${formatDiagnostic(d, o.lang)}\n`);
    if (result.diagnostics.length > 0) return EXIT.failed;
  }
  sim.settle();
  if (sub === 'iptables') {
    const rules = o.node ? sim.iptablesSave(o.node) : null;
    if (rules === null) {
      const names = sim
        .snapshot()
        .nodes.map((n) => n.name)
        .join(', ');
      io.stderr(
        `faaslab sim iptables: ${o.lang === 'es' ? '--node debe nombrar un nodo' : '--node must name a node'} (${names})\n`,
      );
      return EXIT.usage;
    }
    io.stdout(rules);
    return EXIT.ok;
  }
  if (sub === 'kubectl') {
    const result = runKubectl(sim, o.rest, Object.fromEntries(files.map((f) => [f.name, f.text])), o.lang);
    io.stdout(result.stdout);
    io.stderr(result.stderr);
    return result.exitCode;
  }
  if (!o.url) {
    io.stderr(`faaslab sim route: ${o.lang === 'es' ? 'falta --url URL' : '--url URL is required'}\n`);
    return EXIT.usage;
  }
  let trace: Trace;
  try {
    const request = requestFromUrl(o.url, { method: o.method, headers: o.headers });
    if (o.maxTimeMs !== null) request.timeoutMs = o.maxTimeMs;
    trace = sim.routeRequest(request);
  } catch (error) {
    io.stderr(`faaslab sim route: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  if (o.json) {
    io.stdout(JSON.stringify(traceJson(trace)) + '\n');
    return EXIT.ok;
  }
  for (const [i, hop] of trace.hops.entries())
    io.stdout(
      `${String(i + 1).padStart(2)}. ${hop.kind.padEnd(18)} ${hop.name}\n    ${hop.detail[o.lang]}\n${hop.packet ? packetLines(hop.packet, o.lang) : ''}`,
    );
  io.stdout(`→ ${outcomeText(trace, o.lang)}${trace.error ? `: ${trace.error[o.lang]}` : ''}\n`);
  if (trace.response && trace.response.body)
    io.stdout(`${trace.response.body}${trace.response.body.endsWith('\n') ? '' : '\n'}`);
  return EXIT.ok;
}

/** The `faaslab sim` command group. */
export default {
  summary: 'cluster simulator: validate manifests, route a request, run kubectl',
  run: (argv: string[]) =>
    runSimCli(argv, {
      readFile: (path) => readFileSync(path, 'utf8'),
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
      lang: process.env.LANG,
    }),
};
