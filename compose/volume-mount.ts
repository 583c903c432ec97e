/**
 * Reads a service's `volumes:` entry (docs.docker.com/reference/compose-file/services/#volumes):
 * short `SOURCE:TARGET[:MODE]` or `TARGET`, long `{ type, source, target, read_only }`.
 */
import type { VolumeMount } from './compose-project.ts';
import type { FieldPath } from './compose-source.ts';

/** One entry → the mount, or undefined when it cannot be read. */
export function readVolumeMount(entry: unknown, path: FieldPath): VolumeMount | undefined {
  if (typeof entry === 'string') return readShortVolume(entry, path);
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
  const long = entry as Record<string, unknown>;
  const target = long.target;
  const source = typeof long.source === 'string' ? long.source : undefined;
  if (typeof target !== 'string' || !target.startsWith('/')) return undefined;
  const type = long.type ?? (source ? 'volume' : 'anonymous');
  const kind =
    type === 'volume'
      ? source
        ? 'named'
        : 'anonymous'
      : type === 'bind'
        ? 'bind'
        : type === 'tmpfs'
          ? 'tmpfs'
          : undefined;
  if (!kind || (kind === 'bind' && !source)) return undefined;
  const text = source ? `${source}:${target}` : target;
  return {
    kind,
    ...(source && kind !== 'anonymous' && kind !== 'tmpfs' ? { source } : {}),
    target,
    readOnly: long.read_only === true,
    text,
    path,
  };
}

function readShortVolume(text: string, path: FieldPath): VolumeMount | undefined {
  const parts = text.split(':');
  if (parts.length === 1) {
    const target = parts[0] ?? '';
    return target.startsWith('/') ? { kind: 'anonymous', target, readOnly: false, text, path } : undefined;
  }
  const [source = '', target = '', mode, extra] = parts;
  if (extra !== undefined || !target.startsWith('/') || source === '') return undefined;
  const readOnly = mode !== undefined && mode.split(',').includes('ro');
  const kind = /^[./~]/.test(source) ? 'bind' : 'named';
  return { kind, source, target, readOnly, text, path };
}
