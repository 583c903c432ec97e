/** Parses a CPU quantity (`100m`, `0.5`, `2`) into millicores; unparsable values count as 0. */
export function parseCpuMillis(value: unknown): number {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (typeof value !== 'string') return 0;
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(value.trim());
  if (!m) return 0;
  return m[2] === 'm' ? Math.round(Number(m[1])) : Math.round(Number(m[1]) * 1000);
}

const MEMORY_UNITS: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

/** Parses a memory quantity (`64Mi`, `1G`, `1048576`) into bytes; unparsable values count as 0. */
export function parseMemoryBytes(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return 0;
  const m = /^(\d+(?:\.\d+)?)([kMGT]i?|Ki)?$/.exec(value.trim());
  if (!m) return 0;
  return Math.round(Number(m[1]) * (MEMORY_UNITS[m[2] ?? ''] ?? 1));
}

/** Formats millicores as kubectl shows them: `250m` or `2`. */
export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** Formats bytes in Mi/Gi as kubectl describe shows them. */
export function formatMemory(bytes: number): string {
  if (bytes % 1024 ** 3 === 0 && bytes > 0) return `${bytes / 1024 ** 3}Gi`;
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2}Mi`;
  return `${Math.round(bytes / 1024)}Ki`;
}
