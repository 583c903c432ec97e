/**
 * The Python side of every lab that has one, exported: stack.yml on the python3-http template (with
 * handler.py and the requirements.txt the template's Dockerfile copies), the Function resource, and the
 * plain k3s manifests on a public Python image — valid Kubernetes, kube-score-clean, accepted by the
 * simulator's strict importer, and, started exactly as the Deployment starts it, passing the lab's checks
 * over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labInLanguage, listLabs, matches, type Lab } from '../../labs/index.ts';
import {
  exportableLab,
  exportBundle,
  exportK8sManifests,
  parseYamlDocuments,
  scoreManifests,
  type KubernetesObject,
} from '../../labs/export/index.ts';
import { loadPythonServerFiles } from '../../labs/export/function-server-files.ts';
import { findPython } from '../../labs/runtime/python/index.ts';
import { validateKubernetesObject, validateManifests } from '../../simulator/index.ts';
import { freePort } from './free-port.ts';
import { startContainer, type MaterialisedPod } from './materialise-pod.ts';

const PYTHON_LABS = listLabs().flatMap((lab) => labInLanguage(lab, 'python') ?? []);
const serverFiles = loadPythonServerFiles();
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reading parsed YAML

describe.each(PYTHON_LABS.map((lab) => [lab.id, lab] as [string, Lab]))(
  'Python lab %s export',
  (_id, lab) => {
    const exportable = exportableLab(lab);

    it('stack.yml builds on python3-http with handler.py and an empty requirements.txt', () => {
      const bundle = exportBundle('stack', exportable, {}, { image: 'ana/lab:0.1.0' });
      expect(bundle.diagnostics).toEqual([]);
      const stack = parseYamlDocuments(bundle.files[0]!.text)[0] as Any;
      expect(stack.functions[lab.id].lang).toBe('python3-http');
      expect(bundle.files.map((f) => f.path)).toEqual([
        'stack.yml',
        `${lab.id}/handler.py`,
        `${lab.id}/requirements.txt`,
      ]);
      expect(bundle.files[1]!.text).toBe(lab.solution['handler.py']);
      expect(bundle.commands[0]!.command).toBe('faas-cli template store pull python3-http');
    });

    it('the Function resource is valid against the CRD', () => {
      const bundle = exportBundle('crd', exportable, {}, { image: 'ana/lab:0.1.0' });
      expect(bundle.diagnostics).toEqual([]);
      expect((parseYamlDocuments(bundle.files[0]!.text)[0] as Any).kind).toBe('Function');
    });

    const k8s = exportK8sManifests(exportable, serverFiles);
    const objects = parseYamlDocuments(k8s.text) as KubernetesObject[];
    it('k3s manifests: public Python image, python3 /app/server.py, valid, hardened, importable', () => {
      expect(k8s.diagnostics).toEqual([]);
      const pod = (objects.find((o) => o.kind === 'Deployment') as Any).spec.template.spec;
      expect(pod.containers[0].image).toMatch(/^python:3\.\d+-alpine/);
      expect(pod.containers[0].command).toEqual(['python3', '/app/server.py']);
      expect(pod.volumes[0].configMap.items).toEqual([
        { key: 'server.py', path: 'server.py' },
        { key: 'handler.py', path: 'function/handler.py' },
      ]);
      for (const object of objects) expect(validateKubernetesObject(object), object.kind).toEqual([]);
      expect(scoreManifests(objects)).toEqual([]);
      const imported = validateManifests(k8s.text, `${lab.id}-k8s.yaml`);
      expect(imported.diagnostics).toEqual([]);
      expect(imported.warnings).toEqual([]);
    });

    describe.skipIf(!findPython())('started as the Deployment starts it', () => {
      let pod: MaterialisedPod;
      beforeAll(async () => {
        const deployment = objects.find((o) => o.kind === 'Deployment') as Any;
        const configMaps = objects.filter((o) => o.kind === 'ConfigMap') as unknown as Parameters<
          typeof startContainer
        >[1];
        pod = startContainer(deployment.spec.template.spec, configMaps, await freePort());
        await pod.ready(deployment.spec.template.spec.containers[0].readinessProbe.httpGet.path);
      });
      afterAll(async () => {
        await pod?.[Symbol.asyncDispose]();
      });

      it.each(lab.checks.map((c) => [c.id, c] as const))('check %s passes over HTTP', async (_c, check) => {
        expect(pod.argv).toEqual([`${pod.root}/app/server.py`]);
        const started = Date.now();
        const res = await fetch(`http://127.0.0.1:${pod.port}${check.request.path ?? '/'}`, {
          method: check.request.method,
          headers: check.request.headers,
          ...(check.request.body !== undefined ? { body: check.request.body } : {}),
        });
        const headers: Record<string, string> = {};
        res.headers.forEach((value, name) => (headers[name] = value));
        const response = {
          status: res.status,
          headers,
          body: await res.text(),
          durationMs: Date.now() - started,
        };
        expect(matches(check.expect, response), JSON.stringify(response)).toBe(true);
      });
    });
  },
);
