/**
 * The apiserver's `Status` error bodies (k8s.io/apimachinery/pkg/api/errors), which kubectl turns into
 * `Error from server (NotFound): pods "x" not found` and friends.
 */
import type { Json } from './object-meta.ts';

/** A Status object with its HTTP code. */
export interface StatusError {
  code: number;
  body: Json;
}

function status(code: number, reason: string, message: string, details?: Json): StatusError {
  return {
    code,
    body: {
      apiVersion: 'v1',
      kind: 'Status',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      ...(details ? { details } : {}),
      code,
    },
  };
}

/** A Status about one named object (`details` name, group and kind as the apiserver fills them). */
function aboutObject(
  code: number,
  reason: string,
  groupResource: string,
  name: string,
  what: string,
): StatusError {
  const [resource, ...group] = groupResource.split('.');
  return status(code, reason, `${groupResource} "${name}" ${what}`, {
    name,
    group: group.join('.') || undefined,
    kind: resource,
  });
}

/** 404 `<resource> "<name>" not found`. */
export const notFound = (groupResource: string, name: string): StatusError =>
  aboutObject(404, 'NotFound', groupResource, name, 'not found');

/** 409 `<resource> "<name>" already exists`. */
export const alreadyExists = (groupResource: string, name: string): StatusError =>
  aboutObject(409, 'AlreadyExists', groupResource, name, 'already exists');

/**
 * 409 AlreadyExists for a generateName whose drawn names all clashed: `<resource> "<name>" already exists, the
 * server was not able to generate a unique name for the object`, retry after 1 s (apimachinery
 * pkg/api/errors/errors.go NewGenerateNameConflict, called with 1 by apiserver pkg/registry/rest/create.go).
 */
export function generateNameConflict(groupResource: string, name: string): StatusError {
  const error = aboutObject(409, 'AlreadyExists', groupResource, name, 'already exists');
  error.body.message = `${String(error.body.message)}, the server was not able to generate a unique name for the object`;
  (error.body.details as Json).retryAfterSeconds = 1;
  return error;
}

/** 422 `<Kind>.<group> "<name>" is invalid: <field>: <message>`, with one cause per field. */
export function invalid(
  kind: string,
  group: string,
  name: string,
  causes: Array<{ field: string; message: string; reason?: string }>,
): StatusError {
  const qualified = group ? `${kind}.${group}` : kind;
  const text = causes.map((c) => `${c.field}: ${c.message}`).join(', ');
  return status(
    422,
    'Invalid',
    `${qualified} "${name}" is invalid: ${causes.length > 1 ? `[${text}]` : text}`,
    {
      name,
      group: group || undefined,
      kind,
      causes: causes.map((c) => ({
        reason: c.reason ?? 'FieldValueInvalid',
        message: c.message,
        field: c.field,
      })),
    },
  );
}

/** 400 with a message (strict field validation, bad patches, bad selectors). */
export const badRequest = (message: string): StatusError => status(400, 'BadRequest', message);

/** 409 Conflict (a stale resourceVersion on update). */
export const conflict = (groupResource: string, name: string, why: string): StatusError =>
  status(409, 'Conflict', `Operation cannot be fulfilled on ${groupResource} "${name}": ${why}`, {
    name,
    kind: groupResource.split('.')[0],
  });

/** 405 for verbs a resource does not serve. */
export const methodNotAllowed = (message: string): StatusError => status(405, 'MethodNotAllowed', message);

/** 404 for a URL that is not an API path. */
export const pathNotFound = (): StatusError =>
  status(404, 'NotFound', 'the server could not find the requested resource');

/** 500 for an error of ours (a bug), never the student's. */
export const internalError = (message: string): StatusError =>
  status(500, 'InternalError', `Internal error occurred: ${message}`);

/** 410 Expired: a watch from a resourceVersion older than the changes still held. */
export const expired = (message: string): StatusError => status(410, 'Expired', message);
