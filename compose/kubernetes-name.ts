/**
 * Turns a Compose name into a Kubernetes object name. Like kompose, `_` and `.` become `-` and the
 * name is lower-cased: object names are DNS-1123 labels (kubernetes.io/docs/concepts/overview/working-with-objects/names/).
 */

/**
 * `my_App.v2` → `my-app-v2`. Anything outside `a-z0-9-` becomes `-`, and the result starts and ends
 * with a letter or digit and has at most 63 characters, so it is always a valid label (and a safe file name).
 */
export function kubernetesName(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return label === '' ? 'service' : label;
}
