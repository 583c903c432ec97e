import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportableLab } from './exportable-lab.ts';
import { exportStackYaml } from './stack-yaml.ts';

const hello = exportableLab(getLab('hello')!);

describe('exportStackYaml', () => {
  it('writes a faas-cli 1.0 stack with the course gateway, node22, ./<id> and the student image', () => {
    const { text, diagnostics } = exportStackYaml(hello, { image: 'ana/hello:0.2.0' });
    expect(diagnostics).toEqual([]);
    const stack = parse(text);
    expect(stack.version).toBe('1.0');
    expect(stack.provider).toEqual({ name: 'openfaas', gateway: 'http://127.0.0.1:31112' });
    expect(stack.functions.hello).toMatchObject({
      lang: 'node22',
      handler: './hello',
      image: 'ana/hello:0.2.0',
    });
    expect(stack.functions.hello.namespace).toBeUndefined();
  });
  it('carries the lab limits as watchdog timeouts, the lab env, memory and the scaling labels', () => {
    const fn = parse(exportStackYaml(hello, { scaleMin: 2, scaleMax: 4 }).text).functions.hello;
    expect(fn.environment).toMatchObject({
      exec_timeout: '5s',
      read_timeout: '10s',
      write_timeout: '10s',
      RAW_BODY: 'true',
    });
    expect(fn.labels).toEqual({ 'com.openfaas.scale.min': '2', 'com.openfaas.scale.max': '4' });
    // Only FaaS Lab's own server reads FAASLAB_MEMORY_MB; in OpenFaaS the memory limit does that job.
    expect(fn.environment.FAASLAB_MEMORY_MB).toBeUndefined();
    expect(fn.limits.memory).toMatch(/^\d+Mi$/);
    expect(fn.requests.memory).toMatch(/^\d+Mi$/);
  });
  it('names the namespace only when it is not the gateway default', () => {
    expect(parse(exportStackYaml(hello, { namespace: 'dev-fn' }).text).functions.hello.namespace).toBe(
      'dev-fn',
    );
  });
  it('keeps environment values as strings, so "true" is not turned into a YAML boolean', () => {
    expect(exportStackYaml(hello).text).toMatch(/RAW_BODY: "true"/);
  });
  it('exports nothing when a setting is an error (an image without a version)', () => {
    const r = exportStackYaml(hello, { image: 'ana/hello' });
    expect(r.text).toBe('');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['export.image-unpinned']);
  });
});
