/**
 * Server-side printing: the `meta.k8s.io/v1 Table` kubectl asks for (`Accept: …;as=Table`) with the
 * printers of simulator/kube-api/table-printers.ts. Rows carry the object's metadata (includeObject=Metadata)
 * so kubectl can add NAMESPACE and `--show-labels`.
 */
import type { Json } from '../kube-api/object-meta.ts';
import { KIND_PRINTERS } from '../kube-api/table-printers.ts';

/** Does the Accept header ask for a Table? */
export const wantsTable = (accept: string | undefined): boolean => /as=Table/.test(accept ?? '');

/** A Table of objects of one kind. */
export function tableOf(kind: string, objects: Json[], resourceVersion: string, nowMs: number): Json {
  const printer = KIND_PRINTERS[kind];
  const columns = printer?.columns ?? [
    { name: 'Name', type: 'string', format: 'name' },
    { name: 'Created At', type: 'date' },
  ];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: 'format' in c ? (c.format ?? '') : '',
      description: '',
      priority: 'priority' in c ? (c.priority ?? 0) : 0,
    })),
    rows: objects.map((o) => ({
      cells: printer
        ? printer.cells(o, nowMs)
        : [(o.metadata as Json).name, (o.metadata as Json).creationTimestamp],
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
