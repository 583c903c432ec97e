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
