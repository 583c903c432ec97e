/**
 * The OpenFaaS exports deploy in the simulator's OpenFaaS layer (faas-cli deploy of stack.yml, kubectl apply
 * of the Function resource) with no diagnostics or warnings, read the same scaling labels and watchdog
 * timeouts, and answer through the gateway on NodePort 31112 from a pod in openfaas-fn.
 */
import { describe, expect, it } from 'vitest';
import { listLabs, type Lab } from '../../labs/index.ts';
import { exportableLab, exportFunctionResource, exportStackYaml } from '../../labs/export/index.ts';
import { requestFromUrl } from '../../simulator/index.ts';
import { createOpenFaaS } from '../../simulator/openfaas/index.ts';

const formats = [
  [
    'stack.yml',
    (lab: Lab) =>
      exportStackYaml(exportableLab(lab), { image: `ana/${lab.id}:0.1.0`, scaleMin: 2, scaleMax: 4 }).text,
  ],
  [
    'Function resource',
    (lab: Lab) =>
      exportFunctionResource(exportableLab(lab), { image: `ana/${lab.id}:0.1.0`, scaleMin: 2, scaleMax: 4 })
        .text,
  ],
] as const;
const cases = listLabs().flatMap((lab) =>
  formats.map(([name, build]) => [lab.id, name, lab, build] as const),
);

describe.each(cases)('lab %s as %s', (id, format, lab, build) => {
  it('deploys without diagnostics and answers through the gateway from openfaas-fn', () => {
    const faas = createOpenFaaS({ seed: 1 });
    const result = faas.deploy(build(lab), format === 'stack.yml' ? 'stack.yml' : `${id}-function.yaml`);
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([]);
    const fn = faas.functions().get(id);
    expect(fn?.scaling).toMatchObject({ min: 2, max: 4 });
    expect(fn?.watchdog.execTimeoutMs).toBe(lab.limits.execTimeoutMs);
    const answer = faas.invoke(
      requestFromUrl(`http://192.168.1.10:31112/function/${id}`, { method: 'POST', body: 'hi' }),
    );
    expect(answer?.status).toBe(200);
    expect(answer?.pod).toMatch(new RegExp(`^openfaas-fn/${id}-`));
  });
});
