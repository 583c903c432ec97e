/**
 * Request bodies of the API server: JSON, YAML (server-side apply) or Kubernetes protobuf, at most 3 MiB as
 * the apiserver allows; a body that cannot be read is a 400 or 413 Status, never a crash.
 */
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { isJson } from '../kube-api/object-meta.ts';
import { badRequest, type StatusError } from '../kube-api/status-error.ts';
import { decodeProtobufObject } from './protobuf-body.ts';

/** Largest request body accepted (the apiserver's limit is 3 MiB). */
const MAX_BODY = 3 * 1024 * 1024;

/**
 * A created or replaced object without its `null` fields: Go decodes them as unset, so the apiserver stores
 * none (kubectl ≤ 1.31 sends `template.metadata.creationTimestamp: null` with `create deployment`). In a merge
 * patch a null deletes, so patches keep them.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isJson(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

/** Reads a request body (JSON, YAML or protobuf), or the Status error it earns. */
export async function readBody(req: IncomingMessage): Promise<unknown | StatusError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      return {
        code: 413,
        body: {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          message: 'request entity too large',
          reason: 'RequestEntityTooLarge',
          code: 413,
        },
      };
    chunks.push(chunk as Buffer);
  }
  // Typed clients (kubectl create deployment…) send protobuf, and client-go never falls back to JSON for it.
  if ((req.headers['content-type'] ?? '').includes('protobuf')) {
    const decoded = decodeProtobufObject(Buffer.concat(chunks));
    if ('error' in decoded)
      return badRequest(`the body of the request could not be decoded: ${decoded.error}`);
    return decoded.object;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return badRequest('the body of the request is empty');
  try {
    return (req.headers['content-type'] ?? '').includes('yaml') ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    return badRequest(
      `the body of the request could not be decoded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
