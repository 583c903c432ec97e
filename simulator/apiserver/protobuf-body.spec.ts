import { describe, expect, it } from 'vitest';
import { decodeProtobufObject } from './protobuf-body.ts';

// A minimal protobuf writer for the test: tag = field << 3 | wire type; 0 varint, 2 length-delimited.
const varint = (n: number): number[] => {
  const out: number[] = [];
  let v = BigInt.asUintN(64, BigInt(n));
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v ? b | 0x80 : b);
  } while (v);
  return out;
};
const bytesField = (field: number, bytes: number[]): number[] => [
  ...varint((field << 3) | 2),
  ...varint(bytes.length),
  ...bytes,
];
const str = (field: number, text: string): number[] => bytesField(field, [...new TextEncoder().encode(text)]);
const num = (field: number, n: number): number[] => [...varint(field << 3), ...varint(n)];
const entry = (field: number, key: string, value: string): number[] =>
  bytesField(field, [...str(1, key), ...str(2, value)]);
const envelope = (apiVersion: string, kind: string, raw: number[]): Uint8Array =>
  new Uint8Array([
    0x6b,
    0x38,
    0x73,
    0x00,
    ...bytesField(1, [...str(1, apiVersion), ...str(2, kind)]),
    ...bytesField(2, raw),
  ]);

describe('protobuf request bodies (kubectl typed clients)', () => {
  it('decodes a Deployment as kubectl create deployment sends it, leaving out the zero fields Go writes', () => {
    const labels = entry(11, 'app', 'web');
    const meta = [...str(1, 'web'), ...str(2, ''), ...labels, ...bytesField(8, [])];
    const container = [
      ...str(1, 'nginx'),
      ...str(2, 'nginx:1.27'),
      ...bytesField(6, num(3, 80)),
      ...bytesField(8, []),
    ];
    const template = [
      ...bytesField(1, labels),
      ...bytesField(2, [...bytesField(2, container), ...str(3, '')]),
    ];
    const spec = [
      ...num(1, 0), // replicas: 0 is a pointer in Go, so it was typed and stays
      ...bytesField(2, entry(1, 'app', 'web')),
      ...bytesField(3, template),
      ...bytesField(4, []),
      ...num(5, 0),
      ...num(7, 0),
    ];
    const decoded = decodeProtobufObject(
      envelope('apps/v1', 'Deployment', [...bytesField(1, meta), ...bytesField(2, spec)]),
    );
    expect(decoded).toEqual({
      object: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', labels: { app: 'web' } },
        spec: {
          replicas: 0,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' } },
            spec: {
              containers: [
                { name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80 }], resources: {} },
              ],
            },
          },
          strategy: {},
        },
      },
    });
  });

  it('reads IntOrString, negative varints and maps of bytes', () => {
    const port = [
      ...str(1, 'http'),
      ...num(3, 80),
      ...bytesField(4, [...num(1, 1), ...str(3, 'web')]),
      ...num(5, 30080),
    ];
    const svc = decodeProtobufObject(
      envelope('v1', 'Service', [
        ...bytesField(1, str(1, 's')),
        ...bytesField(2, [...bytesField(1, port), ...str(4, 'NodePort')]),
      ]),
    );
    expect(svc).toMatchObject({
      object: {
        spec: { type: 'NodePort', ports: [{ name: 'http', port: 80, targetPort: 'web', nodePort: 30080 }] },
      },
    });
    const secret = decodeProtobufObject(
      envelope('v1', 'Secret', [
        ...bytesField(1, str(1, 's')),
        ...bytesField(2, [...str(1, 'p'), ...bytesField(2, [120])]),
      ]),
    );
    expect(secret).toMatchObject({ object: { data: { p: 'eA==' } } });
    const evict = decodeProtobufObject(
      envelope('policy/v1', 'Eviction', [...bytesField(1, str(1, 'p')), ...bytesField(2, num(1, -1))]),
    );
    expect(evict).toMatchObject({ object: { deleteOptions: { gracePeriodSeconds: -1 } } });
  });

  it('says why a body cannot be read instead of throwing', () => {
    expect(decodeProtobufObject(new Uint8Array([1, 2, 3, 4, 5]))).toEqual({
      error: 'the protobuf body does not start with the k8s\\x00 prefix',
    });
    expect(decodeProtobufObject(envelope('batch/v1', 'Job', []))).toEqual({
      error: 'no protobuf decoding for kind "Job"',
    });
    const truncated = envelope('v1', 'Namespace', bytesField(1, str(1, 'team'))).slice(0, -2);
    expect(decodeProtobufObject(truncated)).toHaveProperty('error');
  });
});
