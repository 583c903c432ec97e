/**
 * Compose resource amounts → Kubernetes quantities. Compose memory uses binary units (`512m` is 512 MiB,
 * docs.docker.com/reference/compose-file/extension/#specifying-byte-values); CPUs are a decimal count.
 */

const BYTE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** `512M` → `512Mi`, `1g` → `1Gi`, `1536` → `1536`. Undefined when the text is not a byte value. */
export function memoryQuantity(value: string | number): string | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
  const factor = match ? BYTE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * factor);
  for (const [suffix, size] of [
    ['Gi', 1024 ** 3],
    ['Mi', 1024 ** 2],
    ['Ki', 1024],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${suffix}`;
  }
  return String(bytes);
}

/** `0.5` → `500m`, `2` → `2`. Undefined when the value is not a positive number. */
export function cpuQuantity(value: string | number): string | undefined {
  const cpus = Number(value);
  if (!Number.isFinite(cpus) || cpus <= 0 || String(value).trim() === '') return undefined;
  const milli = Math.round(cpus * 1000);
  return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}
