#!/usr/bin/env node
// Checks the layer rules of ../shared/DESIGN.md on the import graph, and fails on import cycles:
// - simulator/ and labs/ never import each other's internals (only each other's index.ts, and
//   simulator never imports labs at all: labs implement the simulator's pod-backend interface);
// - only simulator/view touches the DOM (no document/window in the rest of simulator/);
// - only simulator/lifecycles imports xstate... (checked loosely: xstate outside simulator/lifecycles
//   is reported);
// - neither simulator/ nor labs/ imports src/ (the site);
// - compose/ (the Compose → Kubernetes converter) imports only core/ and simulator/index.ts; simulator/ and labs/ do not import it;
// - core/ (the shapes everyone shares: bilingual text, diagnostics, fill, isObject) imports nothing
//   outside core/, and the others import only core/index.ts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['core', 'compose', 'simulator', 'labs', 'src', 'cli'];
const files = SOURCE_DIRS.flatMap((dir) => walk(join(ROOT, dir))).filter((f) => /\.(ts|mts|mjs|js)$/.test(f));
const problems = [];
const graph = new Map();

for (const file of files) {
  const rel = relative(ROOT, file);
  const text = readFileSync(file, 'utf8');
  const imports = [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2]);
  const local = [];
  for (const spec of imports) {
    if (rel.startsWith('core/') && !/\.spec\.ts$/.test(rel) && !spec.startsWith('.')) {
      problems.push(`${rel}: imports ${spec}; core/ depends on no package, so every layer can share it`);
    } else if (spec.startsWith('.')) {
      const target = resolveImport(dirname(file), spec);
      if (target) local.push(target);
      const targetRel = target ? relative(ROOT, target) : spec;
      checkLayer(rel, targetRel);
    } else if (
      spec === 'xstate' &&
      rel.startsWith('simulator/') &&
      !rel.startsWith('simulator/lifecycles/') &&
      !/\.spec\.ts$/.test(rel)
    ) {
      problems.push(
        `${rel}: imports xstate; only simulator/lifecycles/ may (DESIGN.md: lifecycles are statecharts in one place)`,
      );
    } else if (/^d3(-|$)/.test(spec) && rel.startsWith('simulator/') && !rel.startsWith('simulator/view/')) {
      problems.push(`${rel}: imports ${spec}; only simulator/view/ draws`);
    }
  }
  if (
    (rel.startsWith('core/') || (rel.startsWith('simulator/') && !rel.startsWith('simulator/view/'))) &&
    !/\.spec\.ts$/.test(rel)
  ) {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    if (/\b(document|window)\.\w/.test(code))
      problems.push(`${rel}: touches the DOM; only simulator/view/ may`);
  }
  graph.set(file, local);
}

function checkLayer(from, to) {
  const top = (p) => p.split('/')[0];
  if (top(from) === 'simulator' && top(to) === 'labs')
    problems.push(
      `${from}: imports ${to}; the simulator never imports labs (labs implement its pod-backend interface)`,
    );
  if (top(from) === 'labs' && top(to) === 'simulator' && !/^simulator\/index\.ts$/.test(to))
    problems.push(`${from}: imports ${to}; labs may import only simulator/index.ts`);
  if ((top(from) === 'simulator' || top(from) === 'labs') && top(to) === 'src')
    problems.push(`${from}: imports the site (${to})`);
  // compose/ converts a docker-compose.yml to manifests; it shares the importer's work limits and duplicate-key
  // search through the simulator's public surface, as labs do.
  if (top(from) === 'compose' && !['compose', 'core'].includes(top(to)) && to !== 'simulator/index.ts')
    problems.push(`${from}: imports ${to}; compose/ uses only core/ and simulator/index.ts`);
  if ((top(from) === 'simulator' || top(from) === 'labs') && top(to) === 'compose')
    problems.push(`${from}: imports ${to}; the simulator and labs know nothing of the Compose converter`);
  if (top(from) === 'core' && top(to) !== 'core')
    problems.push(`${from}: imports ${to}; core/ is the base every layer shares and imports nothing else`);
  if (top(from) !== 'core' && top(to) === 'core' && to !== 'core/index.ts')
    problems.push(`${from}: imports ${to}; import core/index.ts, not its files`);
}

function resolveImport(dir, spec) {
  const base = resolve(dir, spec);
  for (const candidate of [base, base + '.ts', base + '.mjs', base + '.js', join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return null;
}

function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.isDirectory() ? (e.name === 'node_modules' ? [] : walk(join(dir, e.name))) : [join(dir, e.name)],
  );
}

// Cycle detection (iterative DFS with colours).
const colour = new Map();
for (const start of graph.keys()) {
  if (colour.get(start)) continue;
  const stack = [[start, 0]];
  const path = [];
  colour.set(start, 1);
  path.push(start);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const next = (graph.get(top[0]) ?? [])[top[1]++];
    if (next === undefined) {
      colour.set(top[0], 2);
      stack.pop();
      path.pop();
    } else if (colour.get(next) === 1) {
      const cycle = path
        .slice(path.indexOf(next))
        .concat(next)
        .map((f) => relative(ROOT, f));
      problems.push(`import cycle: ${cycle.join(' → ')}`);
    } else if (!colour.get(next) && graph.has(next)) {
      colour.set(next, 1);
      path.push(next);
      stack.push([next, 0]);
    }
  }
}

if (problems.length) {
  console.error(
    `Architecture check failed (${problems.length}):\n` + problems.map((p) => '  ' + p).join('\n'),
  );
  process.exit(1);
}
console.log(`Architecture check: ${files.length} files, no layer violations, no import cycles.`);
