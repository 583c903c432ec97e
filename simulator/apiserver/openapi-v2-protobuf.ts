/**
 * `/openapi/v2` as kubectl reads it: client-go's discovery asks only for
 * `application/com.github.proto-openapi.spec.v2@v1.0+protobuf` and unmarshals a gnostic `openapi_v2.Document`
 * (google/gnostic openapiv2/OpenAPIv2.proto), so a JSON answer fails with "proto: cannot parse invalid
 * wire-format data". The definitions are the v3 component schemas written the Swagger 2 way (`#/definitions/`
 * references, an `allOf` of one reference as the reference itself, as kube-openapi's v2 builder writes them),
 * and `x-kubernetes-group-version-kind` travels as YAML, which kube-openapi's proto models read
 * (pkg/util/proto: parseGroupVersionKind reads `Any.yaml`). Used by `kubectl explain --output=plaintext-openapiv2`.
 */
import { stringify } from 'yaml';
import { isJson, type Json } from '../kube-api/object-meta.ts';

/** A protobuf message being written: fields appended in order. */
class ProtoWriter {
  private readonly chunks: number[] = [];

  private varint(n: number): void {
    let v = n;
    while (v > 0x7f) {
      this.chunks.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.chunks.push(v);
  }

  /** A length-delimited field (string, bytes, message). */
  bytes(field: number, data: Uint8Array): this {
    this.varint((field << 3) | 2);
    this.varint(data.length);
    for (const b of data) this.chunks.push(b);
    return this;
  }

  string(field: number, text: unknown): this {
    if (typeof text === 'string' && text !== '') this.bytes(field, new TextEncoder().encode(text));
    return this;
  }

  bool(field: number, value: boolean): this {
    this.varint(field << 3);
    this.varint(value ? 1 : 0);
    return this;
  }

  message(field: number, inner: ProtoWriter): this {
    return this.bytes(field, inner.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

/** A v3 `$ref` as v2 writes it. */
const ref = (v3: string): string => v3.replace('#/components/schemas/', '#/definitions/');

/**
 * A v2 definition as a gnostic Schema (_ref 1, format 2, description 4, required 19, additional_properties 21,
 * type 22, items 23, properties 25, vendor_extension 31).
 */
function schema(s: Json): ProtoWriter {
  const w = new ProtoWriter().string(1, s.$ref).string(2, s.format);
  w.string(4, s.description);
  if (Array.isArray(s.required)) for (const name of s.required) w.string(19, name);
  if (isJson(s.additionalProperties))
    w.message(21, new ProtoWriter().message(1, schema(s.additionalProperties)));
  else if (typeof s.additionalProperties === 'boolean')
    w.message(21, new ProtoWriter().bool(2, s.additionalProperties));
  if (typeof s.type === 'string') w.message(22, new ProtoWriter().string(1, s.type));
  if (isJson(s.items)) w.message(23, new ProtoWriter().message(1, schema(s.items)));
  if (isJson(s.properties)) {
    const props = new ProtoWriter();
    for (const [name, value] of Object.entries(s.properties))
      if (isJson(value)) props.message(1, new ProtoWriter().string(1, name).message(2, schema(value)));
    w.message(25, props);
  }
  for (const [name, value] of Object.entries(s))
    if (name.startsWith('x-kubernetes-'))
      // NamedAny {name 1, value 2: Any {yaml 2}}.
      w.message(
        31,
        new ProtoWriter().string(1, name).message(2, new ProtoWriter().string(2, stringify(value))),
      );
  return w;
}

/** The gnostic Document (swagger 1, info 2, paths 8, definitions 9) of a Swagger 2 document in JSON form. */
export function openApiV2Protobuf(doc: Json): Uint8Array {
  const info = isJson(doc.info) ? doc.info : {};
  const w = new ProtoWriter()
    .string(1, doc.swagger)
    .message(2, new ProtoWriter().string(1, info.title).string(2, info.version))
    .message(8, new ProtoWriter());
  const definitions = new ProtoWriter();
  for (const [name, value] of Object.entries(isJson(doc.definitions) ? doc.definitions : {}))
    if (isJson(value)) definitions.message(1, new ProtoWriter().string(1, name).message(2, schema(value)));
  return w.message(9, definitions).finish();
}

/**
 * The v3 component schemas as Swagger 2 definitions: `#/definitions/` references, and a described reference
 * (`allOf: [{$ref}]` in v3) as `$ref` beside its description, as kube-openapi's v2 builder writes it.
 */
export function definitionsOf(schemas: Json): Json {
  return JSON.parse(
    JSON.stringify(schemas, (key, value: unknown) => {
      if (key === '$ref' && typeof value === 'string') return ref(value);
      if (isJson(value) && Array.isArray(value.allOf) && value.allOf.length === 1 && isJson(value.allOf[0])) {
        const { allOf, ...rest } = value;
        return { ...rest, ...(allOf as Json[])[0] };
      }
      return value;
    }),
  ) as Json;
}
