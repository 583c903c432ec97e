/**
 * How a create names its object: the name it carries, else one drawn from `metadata.generateName`, as the
 * apiserver does (staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go Create).
 */
import { GENERATE_NAME_TRIES, generatedName } from '../model/names.ts';
import type { Json } from './object-meta.ts';
import { type ApiResource, groupResource } from './resource-table.ts';
import { alreadyExists, generateNameConflict, invalid, type StatusError } from './status-error.ts';

/** What naming a new object needs of the object store. */
export interface NamingStore {
  /** The simulation's now (ms): with the count, it seeds the drawn names. */
  now: number;
  /** How many objects of the resource the namespace holds. */
  count(): number;
  /** Whether the namespace holds an object of the resource with this name. */
  exists(name: string): boolean;
  /** Stores the object (the body with its final name). */
  write(body: Json): Json | StatusError;
}

/**
 * Creates an object under its name; without one, under generateName + 5 drawn characters, drawn again on
 * a clash until the apiserver's tries run out. A name wins over generateName.
 */
export function createNamed(
  r: ApiResource,
  namespace: string | null,
  body: Json,
  metadata: Json,
  store: NamingStore,
): Json | StatusError {
  const name = String(metadata.name ?? '');
  const generateName = typeof metadata.generateName === 'string' ? metadata.generateName : '';
  if (name) return store.exists(name) ? alreadyExists(groupResource(r), name) : store.write(body);
  if (!generateName)
    return invalid(r.kind, r.group, '', [
      {
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
        reason: 'FieldValueRequired',
      },
    ]);
  const seed = `${r.resource}/${namespace ?? ''}/${generateName}/${store.now}/${store.count()}`;
  let drawn = '';
  for (let attempt = 0; attempt < GENERATE_NAME_TRIES; attempt++) {
    drawn = generatedName(generateName, seed, attempt);
    if (!store.exists(drawn)) return store.write({ ...body, metadata: { ...metadata, name: drawn } });
  }
  // Out of tries: AlreadyExists that asks to retry in a second (apiserver pkg/registry/rest/create.go
  // CheckGeneratedNameError → apimachinery pkg/api/errors/errors.go NewGenerateNameConflict(qualified, name, 1)).
  return generateNameConflict(groupResource(r), drawn);
}
