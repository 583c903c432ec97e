import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportableLab } from './exportable-lab.ts';
import { exportFunctionResource } from './function-resource.ts';
import { exportStackYaml } from './stack-yaml.ts';
import { validateFunctionResource } from './validate-function-resource.ts';

const hello = exportableLab(getLab('hello')!);

describe('exportFunctionResource', () => {
  it('validates against the OpenFaaS CRD openAPIV3Schema, unknown fields rejected', () => {
    const resource = parse(exportFunctionResource(hello, { image: 'ana/hello:0.1.0' }).text);
    expect(resource).toMatchObject({
      apiVersion: 'openfaas.com/v1',
      kind: 'Function',
      metadata: { name: 'hello', namespace: 'openfaas-fn' },
    });
    expect(validateFunctionResource(resource)).toEqual([]);
  });
  it('says in its header that the Function CRD is OpenFaaS Pro and points CE users to stack.yml', () => {
    const text = exportFunctionResource(hello, { image: 'ana/hello:0.1.0' }).text;
    const header = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join(' ');
    expect(header).toContain('OpenFaaS Pro only');
    expect(header).toContain('Community Edition installs the Function CRD but runs no operator for it');
    expect(header).not.toContain('arkade install openfaas --operator');
  });
  it('carries the same settings as the stack file', () => {
    const resource = exportFunctionResource(hello, { image: 'ana/hello:0.1.0' }).resource;
    const fn = exportStackYaml(hello, { image: 'ana/hello:0.1.0' }).stack.functions.hello!;
    expect(resource.spec).toMatchObject({
      image: fn.image,
      environment: fn.environment,
      labels: fn.labels,
      limits: fn.limits,
      requests: fn.requests,
    });
  });
});

describe('validateFunctionResource', () => {
  it('reports a missing required field, a wrong type and an unknown field at their paths', () => {
    const resource = structuredClone(exportFunctionResource(hello).resource) as unknown as {
      spec: Record<string, unknown>;
    };
    delete resource.spec.image;
    resource.spec.readOnlyRootFilesystem = 'yes';
    resource.spec.enviroment = {};
    const problems = validateFunctionResource(resource);
    expect(problems).toContainEqual({
      path: ['spec', 'image'],
      keyword: 'required',
      detail: 'image',
      value: undefined,
    });
    expect(problems).toContainEqual({
      path: ['spec', 'readOnlyRootFilesystem'],
      keyword: 'type',
      detail: 'boolean',
      value: 'yes',
    });
    expect(problems).toContainEqual({
      path: ['spec', 'enviroment'],
      keyword: 'unknown-field',
      detail: '',
      value: undefined,
    });
  });
});
