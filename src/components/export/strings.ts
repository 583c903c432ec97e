/**
 * The export dialog's UI strings, one dictionary per language with the same keys (a missing translation
 * fails the typecheck). `{name}` placeholders are filled with {@link fillExportString}.
 */

/** Spanish, the course's first language. */
export const es = {
  open: 'Exportar a un clúster real',
  title: 'Exportar «{lab}» a un clúster',
  intro: 'Se exporta el handler guardado en este navegador ({source}). El YAML se despliega tal cual en k3s.',
  sourceSaved: 'tu versión',
  sourceStarter: 'el código inicial: aún no lo has cambiado',
  format: 'Formato',
  formatK8s: 'Manifiestos para k3s (sin OpenFaaS ni registro)',
  formatStack: 'stack.yml para faas-cli (OpenFaaS Community Edition o Pro)',
  formatCrd: 'Recurso Function de OpenFaaS (solo OpenFaaS Pro: operador y CRD)',
  namespace: 'Namespace',
  nodePort: 'NodePort (30000–32767)',
  host: 'Host del Ingress (opcional)',
  image: 'Imagen (usuario/nombre:versión)',
  file: 'Archivo {file}',
  extraFiles: 'faas-cli construye la imagen desde ./{lab}/: guarda allí handler.js y package.json.',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar: selecciona el texto y cópialo a mano.',
  download: 'Descargar {file}',
  commands: 'Comandos para desplegarlo',
  problems: 'Revisa estos valores:',
  close: 'Cerrar',
  noJs: 'Sin JavaScript, exporta desde la terminal: npx faaslab lab export {lab} --format k8s',
} as const;

/** The keys every language has. */
export type ExportDialogStrings = Record<keyof typeof es, string>;

/** English. */
export const en: ExportDialogStrings = {
  open: 'Export to a real cluster',
  title: 'Export “{lab}” to a cluster',
  intro: 'The handler saved in this browser is exported ({source}). The YAML deploys unchanged to k3s.',
  sourceSaved: 'your version',
  sourceStarter: 'the starter code: you have not changed it yet',
  format: 'Format',
  formatK8s: 'Manifests for k3s (no OpenFaaS, no registry)',
  formatStack: 'stack.yml for faas-cli (OpenFaaS Community Edition or Pro)',
  formatCrd: 'OpenFaaS Function resource (OpenFaaS Pro only: operator and CRD)',
  namespace: 'Namespace',
  nodePort: 'NodePort (30000–32767)',
  host: 'Ingress host (optional)',
  image: 'Image (user/name:version)',
  file: 'File {file}',
  extraFiles: 'faas-cli builds the image from ./{lab}/: save handler.js and package.json there.',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it by hand.',
  download: 'Download {file}',
  commands: 'Commands to deploy it',
  problems: 'Check these values:',
  close: 'Close',
  noJs: 'Without JavaScript, export from the terminal: npx faaslab lab export {lab} --format k8s',
};

/** Both languages. */
export const EXPORT_DIALOG_STRINGS = { es, en } as const;

/** Fills `{name}` placeholders. */
export function fillExportString(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}
