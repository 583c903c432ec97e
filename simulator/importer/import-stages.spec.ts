/**
 * The importer's stages turn every exception into a positioned diagnostic (issue 19, finding 6): a
 * fault injected into each stage, and the hostile inputs of the review.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../core/index.ts';

const inject = vi.hoisted(() => {
  const state = {
    stage: '' as string,
    /** `fn`, made to throw `injected <stage> fault` while that stage is the one being faulted. */
    faulty<A extends unknown[], R>(stage: string, fn: (...args: A) => R): (...args: A) => R {
      return (...args) => {
        if (state.stage === stage) throw new Error(`injected ${stage} fault`);
        return fn(...args);
      };
    },
  };
  return state;
});

vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return {
    ...yaml,
    parseAllDocuments: (...args: Parameters<typeof yaml.parseAllDocuments>) => {
      if (inject.stage === 'parse') throw new Error('injected parse fault');
      const docs = yaml.parseAllDocuments(...args);
      if (inject.stage === 'documents' && Array.isArray(docs))
        for (const doc of docs)
          doc.toJS = () => {
            throw new TypeError('injected documents fault');
          };
      return docs;
    },
  };
});
vi.mock('./semantic-checks.ts', async (original) => {
  const real = await original<typeof import('./semantic-checks.ts')>();
  return { ...real, checkSemantics: inject.faulty('validate', real.checkSemantics) };
});
vi.mock('../controllers/object-admission.ts', async (original) => {
  const real = await original<typeof import('../controllers/object-admission.ts')>();
  return { ...real, admitObjects: inject.faulty('admit', real.admitObjects) };
});

const { importManifests } = await import('./import-manifests.ts');
const { createSimulation } = await import('../simulation.ts');

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx
`;

afterEach(() => {
  inject.stage = '';
});

describe('importer stages', () => {
  it.each(['parse', 'documents', 'validate', 'admit'])(
    'turns an exception in the %s stage into a positioned diagnostic',
    (stage) => {
      const sim = createSimulation({ seed: 1 });
      inject.stage = stage;
      const result = sim.apply(`# a comment\n${POD}`, 'web.yaml');
      expect(result.applied).toEqual([]);
      expect(result.diagnostics).toHaveLength(1);
      const d = result.diagnostics[0]!;
      expect(d).toMatchObject({ code: 'internal-error', place: { file: 'web.yaml' } });
      expect(d.message.en).toContain(`"${stage}" stage`);
      expect(d.message.es).toContain(`«${stage}»`);
      if (stage !== 'parse') expect(d.place.line).toBe(2);
    },
  );

  it('works again once the fault is gone', () => {
    expect(createSimulation({ seed: 1 }).apply(POD, 'web.yaml').diagnostics).toEqual([]);
  });
});

/** Imports `text` and returns its one diagnostic (the test fails when there are none or several). */
function onlyDiagnostic(text: string, file: string): Diagnostic {
  const { diagnostics } = importManifests(text, file);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

describe('hostile inputs of the review', () => {
  it('reports a top-level __proto__ key as an unknown field at its place', () => {
    const result = importManifests(`${POD}__proto__:\n  polluted: true\n`, 'proto.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.place.line, d.place.path])).toEqual([
      ['unknown-field', 9, '__proto__'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports an undefined alias as what it is, at the alias', () => {
    const only = onlyDiagnostic(POD.replace('image: nginx', 'image: *nope'), 'alias.yaml');
    expect(only).toMatchObject({ code: 'yaml-undefined-alias', place: { line: 8, column: 14 } });
    expect(only.message.en).toContain('*nope');
  });

  it('accepts more than 100 [ inside a string and in a comment', () => {
    const brackets = '['.repeat(150);
    const text = POD.replace(
      'name: web\nspec',
      `name: web\n  annotations:\n    note: "${brackets}" # ${brackets}\nspec`,
    );
    expect(importManifests(text, 's.yaml').diagnostics).toEqual([]);
  });

  it('accepts a block scalar indented 400 spaces', () => {
    const deep = ' '.repeat(400);
    const text = POD.replace(
      'name: web\nspec',
      `name: web\n  annotations:\n    note: |\n${deep}line one\n${deep}line two\nspec`,
    );
    const result = importManifests(text, 'b.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.objects[0]!.object.metadata.annotations?.note).toBe('line one\nline two\n');
  });

  it('still refuses real nesting past the limit, positioned', () => {
    const flow = `${'['.repeat(150)}${']'.repeat(150)}\n`;
    expect(importManifests(flow, 'f.yaml').diagnostics[0]).toMatchObject({
      code: 'yaml-too-deep',
      place: { line: 1 },
    });
    let block = '';
    for (let i = 0; i < 150; i++) block += `${' '.repeat(i * 2)}k${i}:\n`;
    expect(importManifests(block, 'k.yaml').diagnostics[0]).toMatchObject({ code: 'yaml-too-deep' });
  });

  it('finds duplicate keys in a 470 KB manifest with 40,000 keys, at the duplicate', () => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big', 'data:'];
    for (let i = 0; i < 40_000; i++) lines.push(`  k${i}: v`);
    lines.push('  k7: again');
    const only = onlyDiagnostic(lines.join('\n') + '\n', 'big.yaml');
    expect(only).toMatchObject({ code: 'yaml-syntax', place: { line: 40_006, column: 3 } });
    expect(only.message.en).toContain('Map keys must be unique');
  });

  it('imports the items of a kind: List, each positioned in the list', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: a
  - apiVersion: v1
    kind: Service
    metadata:
      name: b
    spec:
      ports:
        - port: 99999
`;
    const result = importManifests(list, 'list.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.place.line, d.place.path])).toEqual([
      ['port-range', 14, 'spec.ports[0].port'],
    ]);
    const ok = importManifests(list.replace('99999', '80'), 'list.yaml');
    expect(ok.objects.map((o) => `${o.object.kind}/${o.object.metadata.name}`)).toEqual([
      'ConfigMap/a',
      'Service/b',
    ]);
    expect(ok.objects[1]!.locate(['metadata', 'name']).line).toBe(11);
  });
});

describe('terminal output', () => {
  it('prints escape codes from a YAML key escaped, never raw', async () => {
    const { formatDiagnostic } = await import('../../core/index.ts');
    const result = importManifests(`${POD}"evil\\e[2J\\e]0;pwned\\u0007": 1\n`, 'esc.yaml');
    expect(result.diagnostics[0]!.code).toBe('unknown-field');
    const printed = formatDiagnostic(result.diagnostics[0]!, 'en');
    expect(printed).not.toMatch(/[\u001b\u0007]/);
    expect(printed).toContain('evil\\u001b[2J');
  });
});
