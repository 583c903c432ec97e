/**
 * The Compose converter island's UI strings, one dictionary per language with the same keys (a missing
 * translation fails the typecheck). `{n}` and `{file}` are filled in by the island.
 */

/** Spanish, the course's first language. */
export const es = {
  title: 'De Docker Compose a Kubernetes',
  intro: 'Pega un docker-compose.yml: verás los manifiestos que daría kompose, o los errores con su línea.',
  inputLabel: 'Archivo Compose',
  outputLabel: 'Manifiestos de Kubernetes',
  convert: 'Convertir',
  copy: 'Copiar YAML',
  download: 'Descargar YAML',
  load: 'Cargar en el simulador',
  copied: 'YAML copiado al portapapeles.',
  copyFailed: 'No se pudo copiar; selecciona el texto y cópialo a mano.',
  loaded: 'Manifiestos enviados al simulador.',
  noSimulator:
    'No hay un simulador abierto en esta página: desplázate hasta él para que se cargue y vuelve a intentarlo.',
  converted: 'Convertido: {n} objetos.',
  failedOne: 'No se puede convertir: 1 error, en la línea {line}.',
  failed: 'No se puede convertir: {n} errores. El primero está en la línea {line}.',
  error: 'Error',
  warning: 'Aviso',
  goToLine: 'Ir a la línea {line}, columna {column}',
  noJs: 'Sin JavaScript ves la conversión del ejemplo; actívalo para convertir tu propio archivo.',
} as const;

/** The keys every language must translate. */
export type ComposeConverterStrings = Record<keyof typeof es, string>;

/** English. */
export const en: ComposeConverterStrings = {
  title: 'From Docker Compose to Kubernetes',
  intro:
    'Paste a docker-compose.yml: you will see the manifests kompose would give, or the errors with their line.',
  inputLabel: 'Compose file',
  outputLabel: 'Kubernetes manifests',
  convert: 'Convert',
  copy: 'Copy YAML',
  download: 'Download YAML',
  load: 'Load into the simulator',
  copied: 'YAML copied to the clipboard.',
  copyFailed: 'Could not copy; select the text and copy it by hand.',
  loaded: 'Manifests sent to the simulator.',
  noSimulator: 'No simulator is running on this page: scroll to it so it loads, then try again.',
  converted: 'Converted: {n} objects.',
  failedOne: 'Cannot convert: 1 error, on line {line}.',
  failed: 'Cannot convert: {n} errors. The first is on line {line}.',
  error: 'Error',
  warning: 'Warning',
  goToLine: 'Go to line {line}, column {column}',
  noJs: 'Without JavaScript you see the example converted; turn it on to convert your own file.',
};

/** Both dictionaries by language. */
export const COMPOSE_CONVERTER_STRINGS = { es, en } as const;
