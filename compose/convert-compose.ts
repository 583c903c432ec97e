/**
 * Docker Compose text → Kubernetes manifests, following kompose's conversion rules. The steps: parse
 * with positions, read the project, then per service build ConfigMaps, a Deployment (or Pod), a Service
 * when it has ports, an Ingress when exposed, and claims for its volumes.
 */
import { composeDiagnostic } from './compose-diagnostic.ts';
import { WORK_LIMITS } from '../simulator/index.ts';
import type { ComposeProject, ComposeService, PortMapping } from './compose-project.ts';
import { readComposeSource, type ComposeSource, type FieldPath } from './compose-source.ts';
import type { ComposeDiagnosticCode } from './compose-messages.ts';
import { buildEnvFileConfigMap } from './env-file.ts';
import { buildIngress } from './build-ingress.ts';
import { buildService, servicePorts } from './build-service.ts';
import { buildStorage } from './build-storage.ts';
import { buildWorkload } from './build-workload.ts';
import { readKomposeLabels } from './kompose-labels.ts';
import { kubernetesName } from './kubernetes-name.ts';
import type { KubernetesManifest } from './kubernetes-manifest.ts';
import { manifestsToYaml } from './manifests-yaml.ts';
import { readComposeProject } from './read-compose.ts';
import type { Diagnostic } from '../core/index.ts';

/** Options of {@link convertCompose}. */
export interface ConvertComposeOptions {
  /** The file name diagnostics show; default `compose.yaml`. */
  file?: string;
  /** Reads an `env_file` (path as written, relative to the Compose file); undefined when it cannot. */
  readFile?: (path: string) => string | undefined;
}

/** The result: manifests and their YAML when there are no errors, and every diagnostic. */
export interface ComposeConversion {
  ok: boolean;
  manifests: KubernetesManifest[];
  /** The manifests as one multi-document YAML text (empty when not ok). */
  yaml: string;
  /** Errors and warnings, in file order. */
  diagnostics: Diagnostic[];
}

/** Converts Compose text. Never throws on anything a student can type. */
export function convertCompose(text: string, options: ConvertComposeOptions = {}): ComposeConversion {
  const file = options.file ?? 'compose.yaml';
  // Parsing is linear but not free: bound it before the parser runs (simulator/model/work-limits.ts).
  const size =
    text.length > WORK_LIMITS.composeBytes.ours ? text.length : new TextEncoder().encode(text).length;
  if (size > WORK_LIMITS.composeBytes.ours)
    return failed([
      composeDiagnostic(
        'compose-too-large',
        'error',
        { file, line: 1, column: 1, path: '' },
        { size, limit: WORK_LIMITS.composeBytes.ours },
      ),
    ]);
  const source = readComposeSource(text, file);
  if (source.syntaxErrors.length > 0) return failed(source.syntaxErrors);
  const { project, diagnostics } = readComposeProject(source);
  if (!project || diagnostics.some((d) => d.severity === 'error')) return failed(diagnostics);
  const converter = new ProjectConverter(source, project, options, diagnostics);
  const manifests = converter.convert();
  const all = sortByPlace(converter.diagnostics);
  if (all.some((d) => d.severity === 'error')) return failed(all);
  return { ok: true, manifests, yaml: manifestsToYaml(manifests), diagnostics: all };
}

class ProjectConverter {
  constructor(
    private readonly source: ComposeSource,
    private readonly project: ComposeProject,
    private readonly options: ConvertComposeOptions,
    readonly diagnostics: Diagnostic[],
  ) {}

  convert(): KubernetesManifest[] {
    const services: KubernetesManifest[] = [];
    const rest: KubernetesManifest[] = [];
    const byName = [...this.project.services].sort((a, b) =>
      compare(kubernetesName(a.name), kubernetesName(b.name)),
    );
    for (const service of byName) {
      const { service: svc, others } = this.convertService(service);
      if (svc) services.push(svc);
      for (const object of others) {
        // A named volume or env file shared by several services is one object.
        if (!rest.some((o) => o.kind === object.kind && o.metadata.name === object.metadata.name))
          rest.push(object);
      }
    }
    return [...services, ...rest];
  }

  private convertService(service: ComposeService): {
    service?: KubernetesManifest;
    others: KubernetesManifest[];
  } {
    const name = kubernetesName(service.name);
    if (name !== service.name) this.warn('name-rewritten', service.path, { from: service.name, to: name });
    const { options, annotations, problems } = readKomposeLabels(service.labels);
    for (const problem of problems)
      this.error(problem.code, [...service.path, 'labels', problem.label], { value: problem.value });
    const image = service.image ?? name;
    if (!service.image)
      this.warn('build-without-image', [...service.path, 'build'], { service: service.name, image });
    const mappings = this.servicePortMappings(service);
    const svc = buildService(name, mappings, options, annotations);
    if (!svc) this.warn('no-ports-no-service', service.path, { service: service.name });
    if (service.restart === 'no' || service.restart === 'on-failure') {
      this.warn('restart-as-pod', [...service.path, 'restart'], {
        value: service.restart,
        service: service.name,
        policy: service.restart === 'no' ? 'Never' : 'OnFailure',
      });
    }
    const storage = buildStorage(name, service.volumes, this.project.volumes, options.volumeSize);
    for (const { mount, claim } of storage.bindMounts)
      this.warn('bind-mount-as-claim', mount.path, { value: mount.text, claim });
    const configMaps = this.envFileConfigMaps(service, name);
    const workload = buildWorkload(service, {
      name,
      image,
      annotations,
      storage,
      envFromConfigMaps: configMaps.map((c) => c.metadata.name),
    });
    const firstPort = servicePorts(mappings)[0];
    const ingress = firstPort ? buildIngress(name, firstPort.port, options) : undefined;
    if (options.expose && !firstPort)
      this.warn('expose-without-ports', [...service.path, 'labels', 'kompose.service.expose'], {
        service: service.name,
      });
    return {
      ...(svc ? { service: svc } : {}),
      others: [...configMaps, workload, ...(ingress ? [ingress] : []), ...storage.claims],
    };
  }

  /** `ports:` first, then `expose:` ports that no published port already covers (kompose does the same). */
  private servicePortMappings(service: ComposeService): PortMapping[] {
    const extra = service.expose.filter(
      (e) => !service.ports.some((p) => p.containerPort === e.containerPort && p.protocol === e.protocol),
    );
    return [...service.ports, ...extra];
  }

  private envFileConfigMaps(service: ComposeService, name: string): KubernetesManifest[] {
    return service.envFiles.flatMap(({ file, path }) => {
      const text = this.options.readFile?.(file);
      if (text === undefined) return (this.warn('env-file-unreadable', path, { value: file }), []);
      return [buildEnvFileConfigMap(name, file, text)];
    });
  }

  private warn(code: ComposeDiagnosticCode, path: FieldPath, params: Record<string, string | number>): void {
    this.diagnostics.push(composeDiagnostic(code, 'warning', this.source.placeOf(path), params));
  }

  private error(code: ComposeDiagnosticCode, path: FieldPath, params: Record<string, string | number>): void {
    this.diagnostics.push(composeDiagnostic(code, 'error', this.source.placeOf(path), params));
  }
}

function failed(diagnostics: Diagnostic[]): ComposeConversion {
  return { ok: false, manifests: [], yaml: '', diagnostics: sortByPlace(diagnostics) };
}

function sortByPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
