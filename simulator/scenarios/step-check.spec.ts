import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../index.ts';
import { checkStep, type SentRequest } from './step-check.ts';

const fixture = parse(
  readFileSync(new URL('../../test/fixtures/simulator/nodeport-snapshot.yaml', import.meta.url), 'utf8'),
) as { snapshot: ClusterSnapshot; sent: SentRequest[] };
const { snapshot, sent } = fixture;

describe('checkStep', () => {
  it('checks objects in the snapshot', () => {
    expect(
      checkStep({ serviceHasNodePort: { name: 'my-nodeport-service', port: 30036 } }, snapshot, []),
    ).toBe(true);
    expect(
      checkStep({ serviceHasNodePort: { name: 'my-nodeport-service', port: 30037 } }, snapshot, []),
    ).toBe(false);
    expect(checkStep({ serviceHasLoadBalancerIP: { name: 'my-nodeport-service' } }, snapshot, [])).toBe(
      false,
    );
    expect(checkStep({ deploymentReady: { name: 'my-app', replicas: 1 } }, snapshot, [])).toBe(true);
    expect(checkStep({ deploymentReady: { name: 'my-app', replicas: 3 } }, snapshot, [])).toBe(false);
    expect(checkStep({ podRunning: { labels: { app: 'my-app' } } }, snapshot, [])).toBe(true);
    expect(checkStep({ podRestarted: { name: 'my-app-5d8f-abcde' } }, snapshot, [])).toBe(true);
    expect(checkStep({ nodeReady: { name: 'agent-1', ready: false } }, snapshot, [])).toBe(true);
    expect(
      checkStep({ readyPodsAvoidNode: { labels: { app: 'my-app' }, node: 'agent-1', min: 1 } }, snapshot, []),
    ).toBe(true);
    expect(
      checkStep({ readyPodsAvoidNode: { labels: { app: 'my-app' }, node: 'server', min: 1 } }, snapshot, []),
    ).toBe(false);
  });

  it('checks the requests sent: entry node, Service and status', () => {
    const reached = {
      requestSucceeds: { via: 'node-port' as const, node: 'agent-1', service: 'default/my-nodeport-service' },
    };
    expect(checkStep(reached, snapshot, [])).toBe(false);
    expect(checkStep(reached, snapshot, sent)).toBe(true);
    expect(checkStep({ requestSucceeds: { node: 'agent-2' } }, snapshot, sent)).toBe(false);
    expect(
      checkStep(
        { requestFails: { status: 503, service: 'default/my-nodeport-service', at: 'service' } },
        snapshot,
        sent,
      ),
    ).toBe(true);
    expect(checkStep({ requestFails: { status: 404 } }, snapshot, sent)).toBe(false);
  });

  it('needs every part of allOf', () => {
    const a = { nodeReady: { name: 'server', ready: true } };
    expect(checkStep({ allOf: [a, { nodeReady: { name: 'agent-1', ready: true } }] }, snapshot, [])).toBe(
      false,
    );
    expect(checkStep({ allOf: [a] }, snapshot, [])).toBe(true);
  });
});
