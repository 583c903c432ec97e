import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';
import { kubeApiOf } from './kube-api.ts';

describe('a Service without ports', () => {
  it('is stored without a ports field when headless, and refused otherwise, as the apiserver does', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    expect(runKubectl(sim, 'create service clusterip hl --clusterip=None').stdout).toBe(
      'service/hl created\n',
    );
    const stored = kubeApiOf(sim).get('services', 'default', 'hl');
    expect(stored?.spec).toMatchObject({ clusterIP: 'None', type: 'ClusterIP' });
    expect(stored?.spec).not.toHaveProperty('ports');
    expect(JSON.stringify(stored)).not.toContain('"ports"');
    const file =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: noports\nspec:\n  selector:\n    app: web\n';
    expect(runKubectl(sim, 'apply -f svc.yaml', { 'svc.yaml': file })).toMatchObject({
      exitCode: 1,
      stderr: 'The Service "noports" is invalid: spec.ports: Required value\n',
    });
    const external = file.replace(
      'selector:\n    app: web',
      'type: ExternalName\n  externalName: db.example.com',
    );
    expect(runKubectl(sim, 'apply -f ext.yaml', { 'ext.yaml': external }).exitCode).toBe(0);
  });
});
