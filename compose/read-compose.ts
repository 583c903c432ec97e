/**
 * Reads the plain data of a Compose file into a {@link ComposeProject}, checking types and syntax and
 * collecting positioned diagnostics instead of throwing.
 */
import { composeDiagnostic } from './compose-diagnostic.ts';
import { WORK_LIMITS } from '../simulator/index.ts';
import { IGNORED_KEY_REASONS, NOT_CONVERTED_KEYS, type ComposeDiagnosticCode } from './compose-messages.ts';
import type {
  ComposeProject,
  ComposeService,
  ComposeVolume,
  PortMapping,
  RestartPolicy,
} from './compose-project.ts';
import type { ComposeSource, FieldPath } from './compose-source.ts';
import { readExposeEntry, readPortEntry } from './port-mapping.ts';
import { cpuQuantity, memoryQuantity } from './resource-quantity.ts';
import { readVolumeMount } from './volume-mount.ts';
import { type Bilingual, type Diagnostic, type FillValue, isObject, splitShellWords } from '../core/index.ts';

const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

/** A name as it can be shown in a message: control characters escaped, at most 80 characters. */
function escapeName(name: string): string {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  return shown.slice(1, -1);
}

/** Reads the project; `project` is undefined when there is nothing usable (errors say why). */
export function readComposeProject(source: ComposeSource): {
  project?: ComposeProject;
  diagnostics: Diagnostic[];
} {
  const reader = new ComposeReader(source);
  const project = reader.readProject(source.data);
  return { ...(project ? { project } : {}), diagnostics: reader.diagnostics };
}

class ComposeReader {
  readonly diagnostics: Diagnostic[] = [];
  constructor(private readonly source: ComposeSource) {}

  readProject(data: unknown): ComposeProject | undefined {
    if (!isObject(data)) return void this.report('not-a-mapping', 'error', []);
    const services = data.services;
    if (services !== undefined && !isObject(services))
      return void this.wrongType(['services'], 'mapping', services);
    if (!services || Object.keys(services).length === 0)
      return void this.report('no-services', 'error', ['services']);
    for (const key of ['secrets', 'configs', 'include']) {
      if (data[key] !== undefined)
        this.report('not-converted', 'warning', [key], {
          key,
          target:
            key === 'include'
              ? 'the included services / los servicios incluidos'
              : (NOT_CONVERTED_KEYS[key] ?? key),
        });
    }
    const volumes = this.readVolumes(data.volumes);
    // The Compose schema names services with ^[a-zA-Z0-9._-]+$ (compose-spec schema, patternProperties);
    // docker compose refuses others, and only such names become valid Kubernetes names.
    const valid = Object.entries(services).filter(([name]) => {
      if (SERVICE_NAME.test(name) && /[a-zA-Z0-9]/.test(name)) return true;
      this.report('invalid-service-name', 'error', ['services', name], { value: escapeName(name) });
      return false;
    });
    const read = valid.map(([name, value]) => this.readService(name, value, volumes));
    return { services: read.filter((s): s is ComposeService => s !== undefined), volumes };
  }

  private readVolumes(data: unknown): Map<string, ComposeVolume> {
    const volumes = new Map<string, ComposeVolume>();
    if (data === undefined || data === null) return volumes;
    if (!isObject(data)) return (this.wrongType(['volumes'], 'mapping', data), volumes);
    for (const [name, value] of Object.entries(data)) {
      const labels = isObject(value) ? this.readLabels(value.labels, ['volumes', name, 'labels']) : {};
      volumes.set(name, { name, labels });
    }
    return volumes;
  }

  private readService(
    name: string,
    data: unknown,
    volumes: Map<string, ComposeVolume>,
  ): ComposeService | undefined {
    const path = ['services', name];
    if (!isObject(data)) return void this.wrongType(path, 'mapping', data);
    const image = this.readString(data.image, [...path, 'image']);
    const build = data.build !== undefined && data.build !== null;
    if (!image && !build) this.report('no-image', 'error', path, { service: name });
    for (const key of Object.keys(data)) {
      const reason = IGNORED_KEY_REASONS[key];
      if (reason) this.report('ignored-key', 'warning', [...path, key], { key, reason });
      const target = key === 'deploy' ? undefined : NOT_CONVERTED_KEYS[key];
      if (target) this.report('not-converted', 'warning', [...path, key], { key, target });
    }
    if (image?.includes('$'))
      this.report('variable-not-interpolated', 'warning', [...path, 'image'], { value: image });
    const deploy = isObject(data.deploy) ? data.deploy : {};
    for (const key of ['placement', 'update_config', 'restart_policy', 'mode']) {
      if (deploy[key] !== undefined)
        this.report('not-converted', 'warning', [...path, 'deploy', key], {
          key: `deploy.${key}`,
          target: NOT_CONVERTED_KEYS.deploy ?? '',
        });
    }
    const workingDir = this.readString(data.working_dir, [...path, 'working_dir']);
    const resources = isObject(deploy.resources) ? deploy.resources : {};
    const containerName = this.readString(data.container_name, [...path, 'container_name']);
    const command = this.readWords(data.command, [...path, 'command']);
    const entrypoint = this.readWords(data.entrypoint, [...path, 'entrypoint']);
    const replicas = this.readReplicas(deploy.replicas ?? data.scale, [
      ...path,
      deploy.replicas !== undefined ? 'deploy' : 'scale',
    ]);
    const restart = this.readRestart(data.restart, [...path, 'restart']);
    return {
      name,
      path,
      ...(image ? { image } : {}),
      build,
      ...(containerName ? { containerName } : {}),
      ...(workingDir ? { workingDir } : {}),
      ...(command ? { command } : {}),
      ...(entrypoint ? { entrypoint } : {}),
      environment: this.readEnvironment(data.environment, [...path, 'environment']),
      envFiles: this.readList(typeof data.env_file === 'string' ? [data.env_file] : data.env_file, [
        ...path,
        'env_file',
      ]).flatMap(([entry, p]) => {
        const file = typeof entry === 'string' ? entry : isObject(entry) ? entry.path : undefined;
        return typeof file === 'string' ? [{ file, path: p }] : (this.wrongType(p, 'string', entry), []);
      }),
      ports: this.readPorts(data.ports, [...path, 'ports'], readPortEntry),
      expose: this.readPorts(data.expose, [...path, 'expose'], readExposeEntry),
      labels: this.readLabels(data.labels, [...path, 'labels']),
      ...(replicas !== undefined ? { replicas } : {}),
      limits: this.readResources(resources.limits, [...path, 'deploy', 'resources', 'limits']),
      requests: this.readResources(resources.reservations, [...path, 'deploy', 'resources', 'reservations']),
      volumes: this.readMounts(data.volumes, data.tmpfs, path, volumes),
      ...(restart ? { restart } : {}),
    };
  }

  private readPorts(data: unknown, path: FieldPath, read: typeof readPortEntry): PortMapping[] {
    return this.readList(data, path).flatMap(([entry, p]) => {
      const result = read(entry);
      if (Array.isArray(result)) return result;
      if (result.problem === 'port-out-of-range')
        this.report('port-out-of-range', 'error', p, { value: result.value });
      else
        this.report('invalid-port', 'error', p, {
          value: typeof entry === 'object' ? JSON.stringify(entry) : String(entry),
        });
      return [];
    });
  }

  private readEnvironment(data: unknown, path: FieldPath): { name: string; value: string }[] {
    const pairs: [string, unknown, FieldPath][] = isObject(data)
      ? Object.entries(data).map(([k, v]) => [k, v, [...path, k]])
      : this.readList(data, path).flatMap(([entry, p]): [string, unknown, FieldPath][] => {
          const text = typeof entry === 'string' ? entry : '';
          const eq = text.indexOf('=');
          if (text === '' || eq === 0)
            return (this.report('invalid-environment', 'error', p, { value: String(entry) }), []);
          return eq < 0 ? [[text, null, p]] : [[text.slice(0, eq), text.slice(eq + 1), p]];
        });
    return pairs.map(([name, value, p]) => {
      if (value === null || value === undefined)
        this.report('environment-without-value', 'warning', p, { name });
      return { name, value: value === null || value === undefined ? '' : String(value) };
    });
  }

  private readLabels(data: unknown, path: FieldPath): Record<string, string> {
    if (isObject(data))
      return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === null ? '' : String(v)]));
    return Object.fromEntries(
      this.readList(data, path).map(([entry, p]) => {
        const text = String(entry);
        const eq = text.indexOf('=');
        if (typeof entry !== 'string') this.wrongType(p, 'string', entry);
        return eq < 0 ? [text, ''] : [text.slice(0, eq), text.slice(eq + 1)];
      }),
    );
  }

  private readMounts(
    data: unknown,
    tmpfs: unknown,
    path: FieldPath,
    volumes: Map<string, ComposeVolume>,
  ): ComposeService['volumes'] {
    const mounts = this.readList(data, [...path, 'volumes']).flatMap(([entry, p]) => {
      const mount = readVolumeMount(entry, p);
      if (!mount)
        return (
          this.report('invalid-volume', 'error', p, {
            value: typeof entry === 'string' ? entry : JSON.stringify(entry),
          }),
          []
        );
      // kompose accepts an undeclared named volume (its named-volume fixture has one); we warn and do the same.
      if (mount.kind === 'named' && !volumes.has(mount.source ?? ''))
        this.report('undeclared-volume', 'warning', p, { value: mount.source ?? '' });
      return [mount];
    });
    const tmpfsPath = [...path, 'tmpfs'];
    const targets =
      typeof tmpfs === 'string' ? [[tmpfs, tmpfsPath] as const] : this.readList(tmpfs, tmpfsPath);
    for (const [target, p] of targets) {
      if (typeof target === 'string' && target.startsWith('/'))
        mounts.push({
          kind: 'tmpfs',
          target: target.split(':')[0] ?? target,
          readOnly: false,
          text: target,
          path: p,
        });
      else this.report('invalid-volume', 'error', p, { value: String(target) });
    }
    return mounts;
  }

  private readResources(data: unknown, path: FieldPath): ComposeService['limits'] {
    if (!isObject(data)) return {};
    const amounts: ComposeService['limits'] = {};
    if (data.memory !== undefined) {
      const memory =
        typeof data.memory === 'string' || typeof data.memory === 'number'
          ? memoryQuantity(data.memory)
          : undefined;
      if (memory) amounts.memory = memory;
      else this.report('invalid-quantity', 'error', [...path, 'memory'], { value: String(data.memory) });
    }
    if (data.cpus !== undefined) {
      const cpu =
        typeof data.cpus === 'string' || typeof data.cpus === 'number' ? cpuQuantity(data.cpus) : undefined;
      if (cpu) amounts.cpu = cpu;
      else this.report('invalid-quantity', 'error', [...path, 'cpus'], { value: String(data.cpus) });
    }
    return amounts;
  }

  private readReplicas(data: unknown, path: FieldPath): number | undefined {
    if (data === undefined || data === null) return undefined;
    const replicas = typeof data === 'string' && /^\d+$/.test(data) ? Number(data) : data;
    const at = [...path, ...(path.at(-1) === 'deploy' ? ['replicas'] : [])];
    if (typeof replicas === 'number' && Number.isInteger(replicas) && replicas > WORK_LIMITS.replicas.ours)
      return void this.report('replicas-over-limit', 'error', at, {
        value: replicas,
        limit: WORK_LIMITS.replicas.ours,
        real: { es: WORK_LIMITS.replicas.kubernetes.es, en: WORK_LIMITS.replicas.kubernetes.en },
      });
    if (typeof replicas === 'number' && Number.isInteger(replicas) && replicas >= 0) return replicas;
    return void this.report(
      'invalid-replicas',
      'error',
      [...path, ...(path.at(-1) === 'deploy' ? ['replicas'] : [])],
      { value: String(data) },
    );
  }

  private readRestart(data: unknown, path: FieldPath): RestartPolicy | undefined {
    if (data === undefined || data === null) return undefined;
    // YAML 1.2 reads `restart: no` as the string "no"; `false` is the same wish.
    const text = data === false ? 'no' : String(data).replace(/:\d+$/, '');
    if (text === 'no' || text === 'always' || text === 'on-failure' || text === 'unless-stopped') return text;
    return void this.report('invalid-restart', 'error', path, { value: String(data) });
  }

  private readWords(data: unknown, path: FieldPath): string[] | undefined {
    if (data === undefined || data === null) return undefined;
    if (Array.isArray(data)) return data.map(String);
    if (typeof data !== 'string') return void this.wrongType(path, 'string', data);
    return splitShellWords(data) ?? void this.wrongType(path, 'string', data);
  }

  private readString(data: unknown, path: FieldPath): string | undefined {
    if (data === undefined || data === null) return undefined;
    if (typeof data === 'string' || typeof data === 'number') return String(data);
    return void this.wrongType(path, 'string', data);
  }

  /** A list field, each entry with its own path; reports a non-list. */
  private readList(data: unknown, path: FieldPath): [unknown, FieldPath][] {
    if (data === undefined || data === null) return [];
    if (!Array.isArray(data)) return (this.wrongType(path, 'list', data), []);
    return data.map((entry, i) => [entry, [...path, i]]);
  }

  private wrongType(path: FieldPath, expected: 'mapping' | 'list' | 'string', value: unknown): void {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
    this.report('wrong-type', 'error', path, {
      expected: TYPE_NAMES[expected] ?? expected,
      actual: TYPE_NAMES[actual] ?? actual,
    });
  }

  private report(
    code: ComposeDiagnosticCode,
    severity: 'error' | 'warning',
    path: FieldPath,
    params: Record<string, FillValue> = {},
  ): void {
    this.diagnostics.push(composeDiagnostic(code, severity, this.source.placeOf(path), params));
  }
}

/** How a type is named in a `wrong-type` message. */
const TYPE_NAMES: Record<string, Bilingual> = {
  mapping: { es: 'un mapa', en: 'a mapping' },
  object: { es: 'un mapa', en: 'a mapping' },
  list: { es: 'una lista', en: 'a list' },
  string: { es: 'un texto', en: 'a string' },
  number: { es: 'un número', en: 'a number' },
  boolean: { es: 'un booleano', en: 'a boolean' },
  null: { es: 'un valor vacío', en: 'an empty value' },
};
