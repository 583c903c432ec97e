/**
 * What the lessons show in their code blocks works as written: every Kubernetes manifest validates against
 * the Kubernetes schema (the one removed Ingress the compose lesson migrates is refused with the message a
 * real kubectl prints), every `kubectl create …` line passes the real kubectl's client-side dry run, and every
 * `faas-cli new` names the stack file the commands after it read.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateKubernetesObject, validateManifests } from '../../simulator/index.ts';
import { findKubectl } from '../kubectl-diff/find-kubectl.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** One fenced code block of a lesson, with the line it starts on. */
interface CodeBlock {
  where: string;
  lang: string;
  text: string;
}

/** Every fenced code block of every lesson, in both languages. */
function allCodeBlocks(): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const lang of ['es', 'en'] as const)
    for (const file of readdirSync(join(CONTENT, lang)).filter((f) => f.endsWith('.mdx'))) {
      const text = readFileSync(join(CONTENT, lang, file), 'utf8');
      for (const m of text.matchAll(/^[ \t]*```(\S*)[^\n]*\n([\s\S]*?)^[ \t]*```/gm)) {
        const line = text.slice(0, m.index).split('\n').length;
        blocks.push({ where: `${lang}/${file}:${line}`, lang: m[1] ?? '', text: m[2] ?? '' });
      }
    }
  return blocks;
}

const BLOCKS = allCodeBlocks();
const SHELL = BLOCKS.filter((b) => b.lang === 'sh' || b.lang === 'bash');

/** The YAML a block holds: a yaml block, or each `cat > f.yaml <<'EOF' … EOF` heredoc in a shell block. */
function yamlTexts(block: CodeBlock): string[] {
  if (block.lang === 'yaml') return [block.text];
  if (block.lang !== 'sh') return [];
  return [...block.text.matchAll(/<<'?EOF'?\n([\s\S]*?)^EOF$/gm)].map((m) => m[1] ?? '').filter((t) => /^kind:/m.test(t));
}

/** The Kubernetes objects (documents with apiVersion and kind) of every block, with where they are. */
const MANIFESTS = BLOCKS.flatMap((block) =>
  yamlTexts(block).flatMap((text) =>
    parseAllDocuments(text)
      .map((doc) => doc.toJS() as Record<string, unknown> | null)
      .filter((o): o is Record<string, unknown> => !!o && typeof o.apiVersion === 'string' && typeof o.kind === 'string')
      .map((object) => ({ where: block.where, object })),
  ),
);

/** Shell commands of the lessons, one per `&&` / `;` part, without trailing comments. */
const COMMANDS = SHELL.flatMap((block) =>
  block.text
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .flatMap((line) => line.split(/\s*(?:&&|;)\s+/))
    .map((command) => ({ where: block.where, command: command.trim() }))
    .filter((c) => c.command.length > 0),
);

describe('the Kubernetes manifests the lessons show', () => {
  it('finds the manifests (Pods, Deployments, Services, Ingresses, NetworkPolicies)', () => {
    const kinds = new Set(MANIFESTS.map((m) => m.object.kind));
    for (const kind of ['Pod', 'Deployment', 'Service', 'Ingress', 'NetworkPolicy']) expect(kinds).toContain(kind);
  });

  it('validate against the Kubernetes schema with no unknown field, except the removed v1beta1 Ingress', () => {
    for (const { where, object } of MANIFESTS.filter((m) => m.object.apiVersion !== 'extensions/v1beta1'))
      expect(validateKubernetesObject(object), `${where}: ${String(object.kind)}`).toEqual([]);
  });

  it('shows the error kubectl prints for the extensions/v1beta1 Ingress, as the simulator gives it', () => {
    const removed = MANIFESTS.filter((m) => m.object.apiVersion === 'extensions/v1beta1');
    expect(removed.length).toBeGreaterThan(0);
    for (const lang of ['es', 'en'] as const) {
      const text = readFileSync(join(CONTENT, lang, 'compose-to-kubernetes.mdx'), 'utf8');
      const yamls = [...text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
      const flaskapp = yamls.filter((y) => /^kind: (Pod|Service|Ingress)$/m.test(y) && /name: flaskapp/.test(y));
      const file = flaskapp.slice(0, 3).join('---\n');
      const refusal = validateManifests(file, 'flaskapp.yaml').diagnostics.find((d) => d.code === 'removed-api-version');
      expect(refusal, lang).toBeDefined();
      // kubectl's own words (it is not translated); the lesson shows them wrapped after its first colon-separated part, as it fits the page.
      const printed = `error: ${refusal?.message.en ?? ''}`.replace(' from "flaskapp.yaml": no', ' from "flaskapp.yaml":\nno');
      expect(text, lang).toContain(printed);
    }
  });
});

const kubectl = findKubectl();
// CI machines have the real kubectl (`CI=true bash .ci/run`): there a missing or slow kubectl must fail the run,
// not skip the block green.
if (/^(1|true)$/i.test(process.env.CI ?? '') && !kubectl)
  throw new Error(
    'CI: the real kubectl is needed to check the lessons\' kubectl create lines (KUBECTL_PATH or kubectl on PATH), and none answered `kubectl version --client` within 30 s',
  );

describe.skipIf(!kubectl)("the lessons' kubectl create lines, through the real kubectl (client-side dry run)", () => {
  const creates = COMMANDS.filter((c) => /^kubectl create (deployment|job|cronjob|ingress|namespace|secret|configmap)\b/.test(c.command));

  it('finds kubectl create lines to check', () => {
    expect(creates.length).toBeGreaterThan(4);
  });

  it.each(creates.map((c) => [c.where, c.command] as const))('%s: %s', (_where, command) => {
    // Run as a shell runs the line, with the dry-run flags before any `--` (the container's command).
    const dash = command.indexOf(' -- ');
    const line = dash < 0 ? `${command} --dry-run=client -o yaml` : `${command.slice(0, dash)} --dry-run=client -o yaml${command.slice(dash)}`;
    // No server is contacted for a client-side create: an empty kubeconfig proves it.
    const out = execFileSync('sh', ['-c', line.replace(/^kubectl /, '"$KUBECTL" ')], {
      env: { ...process.env, KUBECONFIG: '/dev/null', KUBECTL: kubectl as string },
      stdio: 'pipe',
      timeout: 20_000,
    }).toString();
    const object = parseAllDocuments(out)[0]?.toJS() as Record<string, unknown>;
    const verb = /^kubectl create (\S+)/.exec(command)?.[1] ?? '';
    expect(String(object.kind).toLowerCase(), out).toBe(verb);
    // The simulator holds schemas for the kinds it runs (not batch/v1): those must validate too.
    if (verb === 'deployment' || verb === 'ingress') expect(validateKubernetesObject(object)).toEqual([]);
    // A generous limit for a child process on a loaded machine; nothing here measures time.
  }, 60_000);
});

describe('faas-cli in the lessons', () => {
  it('names the stack file on faas-cli new when later commands read it with -f (faas-cli ≥ 0.17.1 writes stack.yaml)', () => {
    for (const block of SHELL) {
      const news = [...block.text.matchAll(/^faas-cli new (\S+) --lang [^\n]*$/gm)];
      for (const m of news) {
        const later = block.text.slice((m.index ?? 0) + m[0].length);
        const file = /-f (\S+\.ya?ml)/.exec(later)?.[1];
        if (file) expect(m[0], `${block.where}`).toContain(`-f ${file}`);
      }
    }
  });
});

/** Templates the stores offer today: openfaas/templates (template/) and openfaas/python-flask-template. */
const TEMPLATES = ['node22', 'node20', 'node18', 'dockerfile', 'python3-http', 'python3-flask', 'golang-http', 'golang-middleware'];
/** A Go duration as the watchdog parses it (`10s`, `1m30s`, `5m`). */
const GO_DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/;

describe('the stack files the lessons show', () => {
  const stacks = BLOCKS.filter((b) => b.lang === 'yaml' && /^functions:/m.test(b.text));

  it('finds stack files', () => {
    expect(stacks.length).toBeGreaterThan(2);
  });

  it('use templates that exist today and timeouts the watchdog can parse', () => {
    for (const block of stacks) {
      const doc = parseAllDocuments(block.text)[0]?.toJS() as { functions?: Record<string, Record<string, unknown>> };
      for (const [name, fn] of Object.entries(doc.functions ?? {})) {
        if (fn.lang !== undefined) expect(TEMPLATES, `${block.where}: ${name}`).toContain(fn.lang);
        const env = (fn.environment ?? {}) as Record<string, unknown>;
        for (const key of ['read_timeout', 'write_timeout', 'exec_timeout'])
          if (env[key] !== undefined) expect(String(env[key]), `${block.where}: ${name}.${key}`).toMatch(GO_DURATION);
      }
    }
  });
});
