/**
 * Which image platforms a node can run, as containerd's default platform matcher decides
 * (containerd/platforms platforms.Only and compare.go): an amd64 node also runs 386 images; an arm64 node
 * also runs arm/v8 … arm/v5 (32-bit) images; a 32-bit arm node (a Raspberry Pi on armv7, `kubernetes.io/arch:
 * arm`) runs arm/v7, v6 and v5 images. Anything else must match exactly.
 */
export function nodePlatforms(os: string, arch: string): string[] {
  const base = `${os}/${arch}`;
  if (arch === 'amd64') return [base, `${os}/386`];
  if (arch === 'arm64') return [base, `${os}/arm/v8`, `${os}/arm/v7`, `${os}/arm/v6`, `${os}/arm/v5`];
  if (arch === 'arm') return [`${os}/arm/v7`, `${os}/arm/v6`, `${os}/arm/v5`];
  return [base];
}

/** `linux/arm64/v8` and `linux/arm64` are one platform; other variants are kept. */
export function normalizePlatform(platform: string): string {
  return platform === 'linux/arm64/v8' ? 'linux/arm64' : platform;
}

/** The platform a node reports (`kubernetes.io/os`/`kubernetes.io/arch`, arm read as v7). */
export function nodePlatformName(os: string, arch: string): string {
  return arch === 'arm' ? `${os}/arm/v7` : `${os}/${arch}`;
}

/** True when some platform of the image runs on a node of that os/arch. */
export function runsOn(imagePlatforms: readonly string[], os: string, arch: string): boolean {
  const accepted = nodePlatforms(os, arch);
  return imagePlatforms.some((p) => accepted.includes(normalizePlatform(p)));
}
