import { readFileSync } from 'node:fs';

/** Reads a YAML fixture of the OpenFaaS suites by file name. */
export function openfaasFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/simulator/openfaas/${name}`, import.meta.url), 'utf8');
}

/** The gateway on the third node's NodePort, as the lesson invokes it. */
export const GATEWAY = 'http://192.168.1.12:31112';
