/**
 * Every message the export and deploy code can show a student, in Spanish and English, looked up by
 * code. `{name}` placeholders are filled from the diagnostic's params.
 */
import type { Bilingual } from '../../core/index.ts';

/** The message table: code → text in both languages. */
export const EXPORT_MESSAGES = {
  'export.invalid-name': {
    es: '"{value}" no es un nombre válido de Kubernetes (etiqueta DNS-1035: minúsculas, dígitos y "-", empieza por letra, máximo 63).',
    en: '"{value}" is not a valid Kubernetes name (DNS-1035 label: lowercase letters, digits and "-", starting with a letter, at most 63).',
  },
  'export.default-namespace': {
    es: 'No despliegues en el namespace "default": elige uno propio, p. ej. "faaslab".',
    en: 'Do not deploy into the "default" namespace: pick your own, e.g. "faaslab".',
  },
  'export.node-port-range': {
    es: 'El NodePort {value} está fuera del rango 30000–32767. Elige un puerto de ese rango.',
    en: 'NodePort {value} is outside 30000–32767. Pick a port in that range.',
  },
  'export.image-unpinned': {
    es: 'La imagen "{value}" no fija una versión (sin etiqueta o ":latest"). Usa una etiqueta concreta, p. ej. ":0.1.0".',
    en: 'Image "{value}" does not pin a version (no tag, or ":latest"). Use an exact tag, e.g. ":0.1.0".',
  },
  'export.image-placeholder': {
    es: 'La imagen "{value}" contiene "<dockerhub-user>": cámbialo por tu usuario de Docker Hub (opción --image).',
    en: 'Image "{value}" still contains "<dockerhub-user>": replace it with your Docker Hub user (option --image).',
  },
  'export.invalid-host': {
    es: '"{value}" no es un nombre de host válido para un Ingress (sin puerto ni esquema; se admite un "*." inicial).',
    en: '"{value}" is not a valid Ingress host (no port or scheme; a leading "*." is allowed).',
  },
  'export.handler-dependencies': {
    es: 'package.json declara dependencias ({value}); los manifiestos k3s no instalan paquetes: usa el formato stack o crd (imagen construida con faas-cli).',
    en: 'package.json declares dependencies ({value}); the k3s manifests install no packages: use the stack or crd format (an image built with faas-cli).',
  },
  'export.configmap-too-large': {
    es: 'El código ocupa {value} bytes y un ConfigMap admite como máximo 1 MiB (1048576): reduce el handler o usa el formato stack.',
    en: 'The code takes {value} bytes and a ConfigMap holds at most 1 MiB (1048576): shrink the handler or use the stack format.',
  },
  'export.invalid-scale': {
    es: 'Escalado inválido: mínimo {min}, máximo {max} (se requiere 1 ≤ mínimo ≤ máximo).',
    en: 'Invalid scaling: min {min}, max {max} (1 ≤ min ≤ max is required).',
  },
} as const satisfies Record<string, Bilingual>;

/** A code of {@link EXPORT_MESSAGES}. */
export type ExportMessageCode = keyof typeof EXPORT_MESSAGES;
