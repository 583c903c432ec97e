/**
 * Request bodies in Kubernetes' protobuf encoding, which kubectl's typed clients send (`kubectl create
 * deployment|service|namespace|configmap|secret`, `drain`'s evictions): client-go falls back to JSON after a
 * 415 only for CBOR (rest.requestClientContentConfigProvider.UnsupportedMediaType), never for protobuf, so the
 * server must read it. The body is the magic `k8s\0` and a runtime.Unknown {typeMeta = 1, raw = 2}; raw is
 * the object's message. Each message kubectl creates is decoded with the field numbers below, written from
 * k8s.io/api core/v1 and apps/v1 generated.proto and k8s.io/apimachinery meta/v1, runtime, intstr and
 * resource generated.proto, into the object's JSON form. Go writes every non-pointer field even when empty,
 * and its JSON encoder omits the zero ones (`omitempty`), so empty strings, zeros and false are left out,
 * except for the pointer fields marked `keep` (a `replicas: 0` the student typed); a message on the wire is
 * kept even when empty, as JSON writes a struct (`strategy: {}`, `resources: {}`).
 */
import type { Json } from '../kube-api/object-meta.ts';

type Scalar = 'string' | 'int32' | 'int64' | 'bool' | 'bytes';
interface Field {
  name: string;
  type: Scalar | `message:${string}` | `map:${Scalar}` | `map:message:${string}`;
  repeated?: boolean;
  /** A pointer field in Go: written only when set, so its zero is meaningful. */
  keep?: boolean;
}

const f = (name: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  name,
  type,
  ...extra,
});
const list = (name: string, type: Field['type']): Field => f(name, type, { repeated: true });

/** Field numbers of the messages kubectl creates, by message name (generated.proto of each package). */
const MESSAGES: Record<string, Record<number, Field>> = {
  // k8s.io/apimachinery/pkg/runtime/generated.proto
  Unknown: { 1: f('typeMeta', 'message:TypeMeta'), 2: f('raw', 'bytes'), 3: f('contentEncoding', 'string') },
  TypeMeta: { 1: f('apiVersion', 'string'), 2: f('kind', 'string') },
  // k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto (timestamps, 8 and 9, are the server's to set)
  ObjectMeta: {
    1: f('name', 'string'),
    2: f('generateName', 'string'),
    3: f('namespace', 'string'),
    5: f('uid', 'string'),
    6: f('resourceVersion', 'string'),
    11: f('labels', 'map:string'),
    12: f('annotations', 'map:string'),
    13: list('ownerReferences', 'message:OwnerReference'),
    14: list('finalizers', 'string'),
  },
  OwnerReference: {
    5: f('apiVersion', 'string'),
    1: f('kind', 'string'),
    3: f('name', 'string'),
    4: f('uid', 'string'),
    6: f('controller', 'bool'),
    7: f('blockOwnerDeletion', 'bool'),
  },
  LabelSelector: {
    1: f('matchLabels', 'map:string'),
    2: list('matchExpressions', 'message:LabelSelectorRequirement'),
  },
  LabelSelectorRequirement: {
    1: f('key', 'string'),
    2: f('operator', 'string'),
    3: list('values', 'string'),
  },
  DeleteOptions: {
    1: f('gracePeriodSeconds', 'int64', { keep: true }),
    3: f('orphanDependents', 'bool', { keep: true }),
    4: f('propagationPolicy', 'string'),
    5: list('dryRun', 'string'),
  },
  // k8s.io/apimachinery/pkg/util/intstr and pkg/api/resource generated.proto: read as special cases below.
  IntOrString: { 1: f('type', 'int64'), 2: f('intVal', 'int32'), 3: f('strVal', 'string') },
  Quantity: { 1: f('string', 'string') },
  // k8s.io/api/apps/v1/generated.proto
  Deployment: { 1: f('metadata', 'message:ObjectMeta'), 2: f('spec', 'message:DeploymentSpec') },
  DeploymentSpec: {
    1: f('replicas', 'int32', { keep: true }),
    2: f('selector', 'message:LabelSelector'),
    3: f('template', 'message:PodTemplateSpec'),
    4: f('strategy', 'message:DeploymentStrategy'),
    5: f('minReadySeconds', 'int32'),
    6: f('revisionHistoryLimit', 'int32', { keep: true }),
    7: f('paused', 'bool'),
    9: f('progressDeadlineSeconds', 'int32', { keep: true }),
  },
  DeploymentStrategy: { 1: f('type', 'string'), 2: f('rollingUpdate', 'message:RollingUpdateDeployment') },
  RollingUpdateDeployment: {
    1: f('maxUnavailable', 'message:IntOrString'),
    2: f('maxSurge', 'message:IntOrString'),
  },
  // k8s.io/api/core/v1/generated.proto
  PodTemplateSpec: { 1: f('metadata', 'message:ObjectMeta'), 2: f('spec', 'message:PodSpec') },
  PodSpec: {
    2: list('containers', 'message:Container'),
    20: list('initContainers', 'message:Container'),
    3: f('restartPolicy', 'string'),
    4: f('terminationGracePeriodSeconds', 'int64', { keep: true }),
    6: f('dnsPolicy', 'string'),
    7: f('nodeSelector', 'map:string'),
    8: f('serviceAccountName', 'string'),
    10: f('nodeName', 'string'),
    11: f('hostNetwork', 'bool'),
    16: f('hostname', 'string'),
    17: f('subdomain', 'string'),
    19: f('schedulerName', 'string'),
    24: f('priorityClassName', 'string'),
  },
  Container: {
    1: f('name', 'string'),
    2: f('image', 'string'),
    3: list('command', 'string'),
    4: list('args', 'string'),
    5: f('workingDir', 'string'),
    6: list('ports', 'message:ContainerPort'),
    7: list('env', 'message:EnvVar'),
    8: f('resources', 'message:ResourceRequirements'),
    13: f('terminationMessagePath', 'string'),
    14: f('imagePullPolicy', 'string'),
    16: f('stdin', 'bool'),
    17: f('stdinOnce', 'bool'),
    18: f('tty', 'bool'),
    20: f('terminationMessagePolicy', 'string'),
  },
  ContainerPort: {
    1: f('name', 'string'),
    2: f('hostPort', 'int32'),
    3: f('containerPort', 'int32'),
    4: f('protocol', 'string'),
    5: f('hostIP', 'string'),
  },
  EnvVar: { 1: f('name', 'string'), 2: f('value', 'string') },
  ResourceRequirements: { 1: f('limits', 'map:message:Quantity'), 2: f('requests', 'map:message:Quantity') },
  Service: { 1: f('metadata', 'message:ObjectMeta'), 2: f('spec', 'message:ServiceSpec') },
  ServiceSpec: {
    1: list('ports', 'message:ServicePort'),
    2: f('selector', 'map:string'),
    3: f('clusterIP', 'string'),
    18: list('clusterIPs', 'string'),
    4: f('type', 'string'),
    5: list('externalIPs', 'string'),
    7: f('sessionAffinity', 'string'),
    8: f('loadBalancerIP', 'string'),
    10: f('externalName', 'string'),
    11: f('externalTrafficPolicy', 'string'),
    19: list('ipFamilies', 'string'),
    17: f('ipFamilyPolicy', 'string'),
    22: f('internalTrafficPolicy', 'string'),
  },
  ServicePort: {
    1: f('name', 'string'),
    2: f('protocol', 'string'),
    6: f('appProtocol', 'string'),
    3: f('port', 'int32'),
    4: f('targetPort', 'message:IntOrString'),
    5: f('nodePort', 'int32'),
  },
  Namespace: { 1: f('metadata', 'message:ObjectMeta'), 2: f('spec', 'message:NamespaceSpec') },
  NamespaceSpec: { 1: list('finalizers', 'string') },
  ConfigMap: {
    1: f('metadata', 'message:ObjectMeta'),
    4: f('immutable', 'bool', { keep: true }),
    2: f('data', 'map:string'),
    3: f('binaryData', 'map:bytes'),
  },
  Secret: {
    1: f('metadata', 'message:ObjectMeta'),
    5: f('immutable', 'bool', { keep: true }),
    2: f('data', 'map:bytes'),
    4: f('stringData', 'map:string'),
    3: f('type', 'string'),
  },
  // k8s.io/api/policy/v1/generated.proto
  Eviction: { 1: f('metadata', 'message:ObjectMeta'), 2: f('deleteOptions', 'message:DeleteOptions') },
};

/** The kinds whose protobuf bodies are read (the kind names of their messages). */
export const PROTOBUF_KINDS = ['Deployment', 'Service', 'Namespace', 'ConfigMap', 'Secret', 'Eviction'];

/** A protobuf wire-format reader (varints, length-delimited fields, fixed 32/64-bit skipped). */
class Reader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  varint(): bigint {
    let out = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (this.pos >= this.bytes.length || shift > 63n) throw new Error('truncated varint');
      const b = this.bytes[this.pos++]!;
      out |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return out;
    }
  }

  chunk(): Uint8Array {
    const length = Number(this.varint());
    if (this.pos + length > this.bytes.length) throw new Error('truncated field');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) this.chunk();
    else if (wire === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
}

const utf8 = new TextDecoder();
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** A zero scalar, which Go's JSON encoder omits (`omitempty`); messages on the wire stay, even empty (`resources: {}`). */
const isZero = (v: unknown): boolean => v === '' || v === 0 || v === false;

function scalar(type: Scalar, r: Reader, wire: number): unknown {
  if (type === 'string') return utf8.decode(r.chunk());
  if (type === 'bytes') return base64(r.chunk());
  if (wire !== 0) throw new Error(`expected a varint for ${type}`);
  const v = r.varint();
  if (type === 'bool') return v !== 0n;
  return Number(BigInt.asIntN(64, v));
}

function value(type: Field['type'], r: Reader, wire: number): unknown {
  if (type.startsWith('message:')) return message(type.slice('message:'.length), r.chunk());
  return scalar(type as Scalar, r, wire);
}

/** One map entry {key = 1, value = 2}. */
function entry(type: string, bytes: Uint8Array): [string, unknown] {
  const r = new Reader(bytes);
  let key = '';
  let v: unknown = type === 'string' || type === 'bytes' ? '' : undefined;
  while (!r.done) {
    const tag = Number(r.varint());
    if (tag >>> 3 === 1) key = utf8.decode(r.chunk());
    else if (tag >>> 3 === 2) v = value(type as Field['type'], r, tag & 7);
    else r.skip(tag & 7);
  }
  return [key, v];
}

function message(name: string, bytes: Uint8Array): unknown {
  const fields = MESSAGES[name];
  if (!fields) throw new Error(`no table for message ${name}`);
  const r = new Reader(bytes);
  const out: Json = {};
  while (!r.done) {
    const tag = Number(r.varint());
    const field = fields[tag >>> 3];
    if (!field) {
      r.skip(tag & 7);
      continue;
    }
    if (field.type.startsWith('map:')) {
      const map = (out[field.name] ??= {}) as Json;
      const [k, v] = entry(field.type.slice('map:'.length), r.chunk());
      map[k] = v;
    } else if (field.repeated) ((out[field.name] ??= []) as unknown[]).push(value(field.type, r, tag & 7));
    else out[field.name] = value(field.type, r, tag & 7);
  }
  if (name === 'IntOrString') return out.type === 1 ? (out.strVal ?? '') : (out.intVal ?? 0);
  if (name === 'Quantity') return out.string ?? '';
  for (const [key, v] of Object.entries(out)) {
    const field = Object.values(fields).find((x) => x.name === key);
    if (isZero(v) && !field?.keep) delete out[key];
  }
  return out;
}

/**
 * Decodes a `application/vnd.kubernetes.protobuf` body into the object's JSON form, or says why it cannot
 * (not the `k8s\0` envelope, a kind without a table, a malformed message).
 */
export function decodeProtobufObject(bytes: Uint8Array): { object: Json } | { error: string } {
  const magic = [0x6b, 0x38, 0x73, 0x00];
  if (bytes.length < 4 || magic.some((b, i) => bytes[i] !== b))
    return { error: 'the protobuf body does not start with the k8s\\x00 prefix' };
  try {
    const unknown = new Reader(bytes.subarray(4));
    let typeMeta: Json = {};
    let raw: Uint8Array = new Uint8Array();
    while (!unknown.done) {
      const tag = Number(unknown.varint());
      if (tag >>> 3 === 1) typeMeta = message('TypeMeta', unknown.chunk()) as Json;
      else if (tag >>> 3 === 2) raw = unknown.chunk();
      else unknown.skip(tag & 7);
    }
    const kind = String(typeMeta.kind ?? '');
    if (!PROTOBUF_KINDS.includes(kind)) return { error: `no protobuf decoding for kind "${kind}"` };
    const object = message(kind, raw) as Json;
    return { object: { apiVersion: typeMeta.apiVersion, kind, ...object } };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
