/**
 * Turns a Compose name into a Kubernetes object name. Like kompose, `_` and `.` become `-` and the
 * name is lower-cased: object names are DNS-1123 labels (kubernetes.io/docs/concepts/overview/working-with-objects/names/).
 */

/** `my_App.v2` → `my-app-v2`. */
export function kubernetesName(name: string): string {
  return name.replace(/[._]/g, '-').toLowerCase();
}
