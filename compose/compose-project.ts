/**
 * The part of a Compose project the converter understands, as plain typed data read from the YAML.
 * Field paths are kept so the converter's warnings can point back into the file.
 */
import type { FieldPath } from './compose-source.ts';

/** A transport protocol as Kubernetes spells it. */
export type PortProtocol = 'TCP' | 'UDP' | 'SCTP';

/** One published or exposed port: `"8000:5000"` is host 8000, container 5000. */
export interface PortMapping {
  hostPort: number;
  containerPort: number;
  protocol: PortProtocol;
}

/** A volume mounted into a service's container. */
export interface VolumeMount {
  /** named: a top-level volume; bind: a host folder; anonymous: a bare container path; tmpfs: memory. */
  kind: 'named' | 'bind' | 'anonymous' | 'tmpfs';
  /** The volume name (named) or host path (bind). */
  source?: string;
  target: string;
  readOnly: boolean;
  /** The text of the mount as written, for messages. */
  text: string;
  path: FieldPath;
}

/** A compose `restart:` value. */
export type RestartPolicy = 'no' | 'always' | 'on-failure' | 'unless-stopped';

/** One `services.<name>` entry. */
export interface ComposeService {
  /** The name as written in the file. */
  name: string;
  path: FieldPath;
  image?: string;
  /** The service has a `build:` section. */
  build: boolean;
  containerName?: string;
  /** `working_dir:` (the container's workingDir). */
  workingDir?: string;
  /** `command:` as a word list (becomes the container's args). */
  command?: string[];
  /** `entrypoint:` as a word list (becomes the container's command). */
  entrypoint?: string[];
  environment: { name: string; value: string }[];
  envFiles: { file: string; path: FieldPath }[];
  ports: PortMapping[];
  /** Ports from `expose:` (reachable inside the cluster, same number on both sides). */
  expose: PortMapping[];
  labels: Record<string, string>;
  replicas?: number;
  limits: ResourceAmounts;
  requests: ResourceAmounts;
  volumes: VolumeMount[];
  restart?: RestartPolicy;
}

/** CPU and memory as Kubernetes quantities (`500m`, `512Mi`). */
export interface ResourceAmounts {
  cpu?: string;
  memory?: string;
}

/** A top-level `volumes.<name>` entry. */
export interface ComposeVolume {
  name: string;
  labels: Record<string, string>;
}

/** A whole Compose project. */
export interface ComposeProject {
  services: ComposeService[];
  volumes: Map<string, ComposeVolume>;
}
