import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, migrateManifests, nodesWithArch, requestFromUrl } from '../../simulator/index.ts';
import { traceJson } from '../../simulator/cli/index.ts';

// Golden routing traces: UPDATE_GOLDEN=1 rewrites them; a person reads the diff.
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const shared = (name: string): string =>
  readFileSync(new URL(`../fixtures/course/${name}`, import.meta.url), 'utf8');

const CASES = [
  {
    name: 'flaskapp-via-traefik',
    files: ['flaskapp.yaml'],
    url: 'http://192.168.1.11/',
    mode: 'traefik' as const,
  },
  {
    name: 'flaskapp-conformant',
    files: ['flaskapp.yaml'],
    url: 'http://192.168.1.12/hits',
    mode: 'conformant' as const,
  },
  {
    name: 'nodeport-without-pods',
    files: ['my-nodeport-service.yaml'],
    url: 'http://192.168.1.10:30036/',
    mode: 'traefik' as const,
  },
  {
    name: 'nginx-pod-no-ingress',
    files: ['nginx-pod.yaml'],
    url: 'http://192.168.1.10/',
    mode: 'traefik' as const,
  },
];

describe('golden traces of the course fixtures', () => {
  it.each(CASES)('$name', ({ name, files, url, mode }) => {
    // The course's cluster is Raspberry Pis (armv7): flaskapp's armv7 images run there and nowhere else.
    const sim = createSimulation({ seed: 2020, ingressMode: mode, nodes: nodesWithArch(3, 'arm') });
    // The course's flaskapp.yaml is refused as written (extensions/v1beta1): the traces are of its migrated form.
    for (const file of files) sim.apply(migrateManifests(shared(file), file).text, file);
    sim.settle();
    const actual = JSON.stringify(traceJson(sim.routeRequest(requestFromUrl(url))), null, 2) + '\n';
    const path = new URL(`./golden/${name}.json`, import.meta.url);
    if (UPDATE) writeFileSync(path, actual);
    // A missing golden fails: only UPDATE_GOLDEN=1 writes one, so a new case is read by a person first.
    if (!existsSync(path))
      throw new Error(`no golden trace ${name}.json: run with UPDATE_GOLDEN=1 and read it`);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });
});
