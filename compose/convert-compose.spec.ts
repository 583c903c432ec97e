import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { convertCompose } from './convert-compose.ts';
import type { KubernetesManifest } from './kubernetes-manifest.ts';

const flaskRedis = readFileSync(
  new URL('../test/fixtures/compose/flask-redis.compose.yaml', import.meta.url),
  'utf8',
);

const find = (manifests: KubernetesManifest[], kind: string, name: string): KubernetesManifest | undefined =>
  manifests.find((m) => m.kind === kind && m.metadata.name === name);

describe('convertCompose: the course flask + redis app', () => {
  const result = convertCompose(flaskRedis, { file: 'compose.yaml' });

  it('gives web a Deployment and a Service 8000 → 5000 named "8000"', () => {
    expect(result.ok).toBe(true);
    expect(find(result.manifests, 'Service', 'web')).toMatchObject({
      spec: { ports: [{ name: '8000', port: 8000, targetPort: 5000 }] },
    });
    expect(find(result.manifests, 'Deployment', 'web')).toMatchObject({
      spec: {
        selector: { matchLabels: { 'io.kompose.service': 'web' } },
        template: {
          spec: {
            containers: [{ name: 'web', image: 'web', ports: [{ containerPort: 5000, protocol: 'TCP' }] }],
          },
        },
      },
    });
  });

  it("gives redis no Service and says why Redis(host='redis') will fail, at the redis key", () => {
    expect(find(result.manifests, 'Service', 'redis')).toBeUndefined();
    expect(find(result.manifests, 'Deployment', 'redis')).toBeDefined();
    const warning = result.diagnostics.find((d) => d.code === 'no-ports-no-service');
    expect(warning).toMatchObject({
      severity: 'warning',
      place: { file: 'compose.yaml', line: 9, column: 3, path: 'services.redis' },
    });
    expect(warning?.message.en).toContain("Redis(host='redis')");
    expect(warning?.message.es).toContain('DNS');
  });

  it('warns that build: needs a pullable image, pointing at build', () => {
    expect(result.diagnostics.find((d) => d.code === 'build-without-image')).toMatchObject({
      place: { line: 6, column: 12, path: 'services.web.build' },
    });
  });

  it('writes YAML that parses back to the same manifests, with port names kept as strings', () => {
    const docs = parseAllDocuments(result.yaml).map((d) => d.toJS() as unknown);
    expect(docs).toEqual(result.manifests);
    expect(result.yaml).toContain('name: "8000"');
  });

  it('adding ports: ["6379"] to redis creates its Service', () => {
    const fixed = convertCompose(
      flaskRedis.replace('image: "redis:alpine"', 'image: "redis:alpine"\n    ports: ["6379"]'),
    );
    expect(find(fixed.manifests, 'Service', 'redis')).toMatchObject({
      spec: { ports: [{ name: '6379', port: 6379, targetPort: 6379 }] },
    });
    expect(fixed.diagnostics.map((d) => d.code)).not.toContain('no-ports-no-service');
  });
});

describe('convertCompose: conversion rules', () => {
  const convert = (text: string) => convertCompose(text);

  it('command → args, entrypoint → command, environment sorted, labels → annotations, replicas', () => {
    const r = convert(`services:
  api:
    image: node:20
    entrypoint: ["node"]
    command: server.js --port 3000
    environment: { ZED: 1, ALPHA: "a" }
    labels: [team=blue]
    deploy: { replicas: 3, resources: { limits: { memory: 512M, cpus: "0.5" } } }
`);
    const container = {
      command: ['node'],
      args: ['server.js', '--port', '3000'],
      env: [
        { name: 'ALPHA', value: 'a' },
        { name: 'ZED', value: '1' },
      ],
      resources: { limits: { memory: '512Mi', cpu: '500m' } },
    };
    expect(find(r.manifests, 'Deployment', 'api')).toMatchObject({
      metadata: { annotations: { team: 'blue' } },
      spec: { replicas: 3, template: { spec: { containers: [container] } } },
    });
  });

  it('volumes → PVCs (100Mi RWO), Recreate strategy, bind mounts warned, tmpfs → emptyDir', () => {
    const r = convert(`services:
  db:
    image: postgres
    volumes: ["data:/var/lib/postgresql/data", "./init:/docker-entrypoint-initdb.d:ro"]
    tmpfs: /run
volumes:
  data: {}
`);
    expect(find(r.manifests, 'PersistentVolumeClaim', 'data')?.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '100Mi' } },
    });
    expect(find(r.manifests, 'PersistentVolumeClaim', 'db-claim0')).toBeDefined();
    const volumeMounts = [
      { name: 'data', mountPath: '/var/lib/postgresql/data' },
      { name: 'db-claim0', mountPath: '/docker-entrypoint-initdb.d', readOnly: true },
      { name: 'db-tmpfs0', mountPath: '/run' },
    ];
    const volumes = [
      { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
      { name: 'db-claim0', persistentVolumeClaim: { claimName: 'db-claim0' } },
      { name: 'db-tmpfs0', emptyDir: { medium: 'Memory' } },
    ];
    expect(find(r.manifests, 'Deployment', 'db')).toMatchObject({
      spec: {
        strategy: { type: 'Recreate' },
        template: { spec: { containers: [{ volumeMounts }], volumes } },
      },
    });
    expect(r.diagnostics.find((d) => d.code === 'bind-mount-as-claim')).toMatchObject({
      place: { line: 4, path: 'services.db.volumes[1]' },
    });
  });

  it('kompose.service.type labels set the Service type and are not copied to annotations', () => {
    const r = convert(`services:
  web:
    image: nginx
    ports: ["80:8080", "80:8080/udp"]
    labels: { kompose.service.type: NodePort, kompose.service.nodeport.port: "31112", owner: me }
  dns:
    image: coredns
    labels: { kompose.service.type: headless }
`);
    const ports = [
      { name: '80-tcp', port: 80, targetPort: 8080, nodePort: 31112 },
      { name: '80-udp', port: 80, targetPort: 8080, protocol: 'UDP' },
    ];
    expect(find(r.manifests, 'Service', 'web')).toMatchObject({
      metadata: { annotations: { owner: 'me' } },
      spec: { type: 'NodePort', ports },
    });
    expect(find(r.manifests, 'Service', 'web')?.metadata.annotations).toEqual({ owner: 'me' });
    expect(find(r.manifests, 'Service', 'dns')).toMatchObject({ spec: { clusterIP: 'None' } });
  });

  it('rewrites names with _ or . to - and says so', () => {
    const r = convert('services:\n  my_app.v2:\n    image: nginx\n    ports: ["80"]\n');
    expect(find(r.manifests, 'Service', 'my-app-v2')).toMatchObject({
      spec: { selector: { 'io.kompose.service': 'my-app-v2' } },
    });
    const rewritten = r.diagnostics.find((d) => d.code === 'name-rewritten');
    expect(rewritten?.message.en).toContain('my_app.v2');
    expect(rewritten?.message.en).toContain('my-app-v2');
  });

  it('restart: "no" makes a bare Pod with restartPolicy Never', () => {
    const r = convert('services:\n  job:\n    image: busybox\n    restart: "no"\n');
    expect(find(r.manifests, 'Pod', 'job')).toMatchObject({ spec: { restartPolicy: 'Never' } });
    expect(find(r.manifests, 'Deployment', 'job')).toBeUndefined();
  });

  it('warns about keys kompose converts but this converter does not, and about unsubstituted variables', () => {
    const r = convertCompose(
      'services:\n  web:\n    image: app:${TAG}\n    working_dir: /srv\n    healthcheck: { test: ["CMD", "true"] }\n    deploy: { placement: { constraints: [] } }\nsecrets:\n  s: { file: ./s.txt }\n',
    );
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.place.path])).toEqual([
      ['no-ports-no-service', 'services.web'],
      ['variable-not-interpolated', 'services.web.image'],
      ['not-converted', 'services.web.healthcheck'],
      ['not-converted', 'services.web.deploy.placement'],
      ['not-converted', 'secrets'],
    ]);
    expect(r.diagnostics[2]?.message.en).toContain('livenessProbe');
    expect(find(r.manifests, 'Deployment', 'web')).toMatchObject({
      spec: { template: { spec: { containers: [{ workingDir: '/srv' }] } } },
    });
  });

  it('ignores depends_on and links with a reason, and env_file it cannot read with a warning', () => {
    const r = convert(
      'services:\n  web:\n    image: a\n    depends_on: [db]\n    env_file: app.env\n  db:\n    image: b\n',
    );
    expect(r.ok).toBe(true);
    expect(r.diagnostics.filter((d) => d.code === 'ignored-key').map((d) => d.place.path)).toEqual([
      'services.web.depends_on',
    ]);
    expect(r.diagnostics.find((d) => d.code === 'env-file-unreadable')?.message.en).toContain('app.env');
  });
});

/** A compose file with one service `web` (image nginx) and one more line of its settings. */
const web = (line: string): string => `services:\n  web:\n    image: nginx\n    ${line}\n`;

describe('convertCompose: errors are positioned values, in Spanish and English', () => {
  it('broken YAML: a syntax error with line and column, no manifests', () => {
    const r = convertCompose('services:\n  web:\n    image: nginx\n   ports: ["80"\n', {
      file: 'broken.yaml',
    });
    expect(r.ok).toBe(false);
    expect(r.manifests).toEqual([]);
    const error = r.diagnostics[0];
    expect(error).toMatchObject({ code: 'yaml-syntax', severity: 'error', place: { file: 'broken.yaml' } });
    expect(error?.place.line).toBeGreaterThanOrEqual(3);
    expect(error?.message.es).toMatch(/^El YAML no es válido/);
  });

  it('explains YAML syntax errors in Spanish too', () => {
    const tab = convertCompose('services:\n\tweb:\n    image: nginx\n');
    expect(tab.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', place: { line: 2 } });
    expect(tab.diagnostics[0]?.message.es).toContain('tabulador');
    const duplicate = convertCompose('services:\n  web:\n    image: a\n    image: b\n');
    expect(duplicate.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', place: { line: 4 } });
    expect(duplicate.diagnostics[0]?.message).toEqual({
      es: 'El YAML no es válido: una clave aparece dos veces en el mismo mapa',
      en: 'The YAML is not valid: a key appears twice in the same mapping',
    });
  });

  it('an alias without its anchor, or an alias bomb, is a YAML error, not a crash', () => {
    expect(convertCompose('services:\n  web: *base\n').diagnostics[0]).toMatchObject({
      code: 'yaml-syntax',
      severity: 'error',
    });
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 6 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
      'services: *g',
    ].join('\n');
    const result = convertCompose(bomb);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.code).toBe('yaml-syntax');
  });

  it.each([
    [web('ports: ["80:99999"]'), 'port-out-of-range', 4, 13, 'services.web.ports[0]'],
    [web('ports: ["eighty"]'), 'invalid-port', 4, 13, 'services.web.ports[0]'],
    [web('ports: "80"'), 'wrong-type', 4, 12, 'services.web.ports'],
    ['services:\n  web:\n    ports: ["80"]\n', 'no-image', 2, 3, 'services.web'],
    [web('deploy: { replicas: -1 }'), 'invalid-replicas', 4, 25, 'services.web.deploy.replicas'],
    [
      web('labels: { kompose.service.type: ingress }'),
      'invalid-service-type',
      4,
      37,
      'services.web.labels.kompose.service.type',
    ],
    ['version: "3"\n', 'no-services', 1, 1, 'services'],
    ['- just a list\n', 'not-a-mapping', 1, 1, ''],
  ])('%j → %s at %i:%i', (text, code, line, column, path) => {
    const r = convertCompose(text);
    expect(r.ok).toBe(false);
    const error = r.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ code, place: { line, column, path } });
    expect(error?.message.es).not.toEqual(error?.message.en);
  });
});
