import { fillBilingual, type Bilingual, type Diagnostic, type Place } from '../../core/index.ts';

/** Parameters interpolated into a message. */
export type MessageParams = Record<string, string | number>;

interface MessageEntry {
  severity: 'error' | 'warning';
  message: Bilingual;
  fix?: Bilingual;
  /** The fix when the check found a likely intended name (`hint`), in place of `fix`. */
  hintFix?: Bilingual;
}

/**
 * Every diagnostic the importer and the API checks can produce, by code, in Spanish and English, with
 * `{name}` where a parameter goes. Messages that kubectl or the API server print keep their wording in the
 * English text.
 */
export const DIAGNOSTIC_MESSAGES: Record<string, MessageEntry> = {
  'input-too-large': {
    severity: 'error',
    message: {
      es: 'El archivo ocupa {size} bytes; el límite es {limit} bytes ({limitMb} MB). No se importó nada.',
      en: 'The file is {size} bytes; the limit is {limit} bytes ({limitMb} MB). Nothing was imported.',
    },
    fix: {
      es: 'Divide los manifiestos en archivos más pequeños.',
      en: 'Split the manifests into smaller files.',
    },
  },
  'yaml-too-deep': {
    severity: 'error',
    message: {
      es: 'El YAML anida más de {limit} niveles; ningún manifiesto de Kubernetes necesita tanto.',
      en: 'The YAML nests more than {limit} levels; no Kubernetes manifest needs that many.',
    },
  },
  'yaml-alias-bomb': {
    severity: 'error',
    message: {
      es: 'Demasiados alias YAML (*ancla): parece una «bomba de alias» y se rechaza.',
      en: 'Too many YAML aliases (*anchor): this looks like an alias bomb and is refused.',
    },
    fix: { es: 'Escribe los valores sin alias.', en: 'Write the values out without aliases.' },
  },
  'yaml-undefined-alias': {
    severity: 'error',
    message: {
      es: 'El alias *{name} no tiene ancla: falta "&{name}" antes de usarlo.',
      en: 'The alias *{name} has no anchor: "&{name}" must come before it is used.',
    },
    fix: {
      es: 'Define &{name} antes de *{name}, o escribe el valor sin alias.',
      en: 'Define &{name} before *{name}, or write the value out.',
    },
  },
  'yaml-syntax': {
    severity: 'error',
    message: { es: 'Error de sintaxis YAML: {detail}', en: 'YAML syntax error: {detail}' },
    fix: {
      es: 'Revisa la sangría (solo espacios) y los dos puntos tras cada clave.',
      en: 'Check the indentation (spaces only) and the colon after each key.',
    },
  },
  'not-a-mapping': {
    severity: 'error',
    message: {
      es: 'Cada documento debe ser un objeto con apiVersion, kind y metadata.',
      en: 'Each document must be an object with apiVersion, kind and metadata.',
    },
  },
  'missing-type-meta': {
    severity: 'error',
    message: {
      es: 'Falta "{field}": todo objeto de Kubernetes declara apiVersion y kind.',
      en: 'Object \'Kind\' is missing or "{field}" is not set: every Kubernetes object declares apiVersion and kind.',
    },
  },
  'unknown-kind': {
    severity: 'error',
    message: {
      es: 'No existe el tipo "{kind}" en la versión "{apiVersion}".',
      en: 'no matches for kind "{kind}" in version "{apiVersion}"',
    },
    fix: {
      es: 'Comprueba apiVersion y kind (mayúsculas incluidas).',
      en: 'Check apiVersion and kind (capitals matter).',
    },
    hintFix: { es: '¿Quisiste decir {hint}?', en: 'Did you mean {hint}?' },
  },
  'kind-not-simulated': {
    severity: 'warning',
    message: {
      es: '{kind} es válido en Kubernetes pero el simulador no lo ejecuta; se conserva para exportarlo.',
      en: '{kind} is valid Kubernetes but the simulator does not run it; it is kept for export.',
    },
  },
  // kubectl's RESTMapper finds no such version on a cluster past the removal (apply.go: "resource mapping
  // not found … no matches for kind … ensure CRDs are installed first"); nothing of the file is applied here.
  'removed-api-version': {
    severity: 'error',
    message: {
      es: '{kind} en {apiVersion} se eliminó en Kubernetes {removedIn}: el clúster no lo reconoce (kubectl: no matches for kind "{kind}" in version "{apiVersion}").',
      en: 'resource mapping not found for name: "{name}" namespace: "{namespace}" from "{file}": no matches for kind "{kind}" in version "{apiVersion}"\nensure CRDs are installed first',
    },
    fix: {
      es: 'Mígralo a {replacement} ({changes}): faaslab sim migrate -f {file}, o «Migrar» en el editor.',
      en: '{kind} {apiVersion} was removed in Kubernetes {removedIn}; migrate it to {replacement} ({changes}): faaslab sim migrate -f {file}, or "Migrate" in the editor.',
    },
  },
  'removed-api-migrated': {
    severity: 'warning',
    message: {
      es: '{kind} en {apiVersion} se eliminó en Kubernetes {removedIn}; se migró a {replacement} ({changes}).',
      en: '{kind} in {apiVersion} was removed in Kubernetes {removedIn}; migrated to {replacement} ({changes}).',
    },
    fix: {
      es: 'Escribe apiVersion: {replacement} en el archivo (o usa kubectl convert).',
      en: 'Write apiVersion: {replacement} in the file (or use kubectl convert).',
    },
  },
  'invalid-label-key': {
    severity: 'error',
    message: {
      es: "Clave de etiqueta no válida \"{key}\": un nombre (máx. 63) de alfanuméricos, '-', '_' o '.', que empiece y acabe en alfanumérico, con un prefijo DNS opcional (ejemplo.com/).",
      en: "Invalid value: \"{key}\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    },
  },
  'invalid-label-value': {
    severity: 'error',
    message: {
      es: "Valor de etiqueta no válido \"{value}\": vacío, o hasta 63 alfanuméricos, '-', '_' o '.', que empiece y acabe en alfanumérico.",
      en: "Invalid value: \"{value}\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    },
  },
  'headless-service-type': {
    severity: 'error',
    message: {
      es: 'Un Service {type} no puede ser headless (clusterIP: None): necesita una ClusterIP a la que kube-proxy reenvíe.',
      en: 'Invalid value: "None": may not be set to \'None\' for {type} services',
    },
    fix: {
      es: 'Quita clusterIP: None o usa type: ClusterIP.',
      en: 'Remove clusterIP: None, or use type: ClusterIP.',
    },
  },
  'rolling-update-zero': {
    severity: 'error',
    message: {
      es: 'maxUnavailable y maxSurge no pueden ser 0 a la vez: la actualización no podría avanzar ({value}).',
      en: 'Invalid value: {value}: may not be 0 when `maxSurge` is 0',
    },
  },
  'ingress-path-sequence': {
    severity: 'error',
    message: {
      es: 'Ruta "{path}" no válida: no puede contener \'{sequence}\'.',
      en: 'Invalid value: "{path}": must not contain \'{sequence}\'',
    },
  },
  'ingress-path-suffix': {
    severity: 'error',
    message: {
      es: 'Ruta "{path}" no válida: no puede terminar en \'{suffix}\'.',
      en: 'Invalid value: "{path}": must not end with \'{suffix}\'',
    },
  },
  'invalid-quantity': {
    severity: 'error',
    message: {
      es: 'Cantidad "{value}" no válida: escribe un número con sufijo opcional (500m, 1, 128Mi, 1Gi).',
      en: 'Invalid value: "{value}": quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'',
    },
  },
  'negative-quantity': {
    severity: 'error',
    message: {
      es: 'La cantidad {value} no puede ser negativa.',
      en: 'Invalid value: "{value}": must be greater than or equal to 0',
    },
  },
  'negative-field': {
    severity: 'error',
    message: {
      es: '{value} no es válido: debe ser mayor o igual que 0.',
      en: 'Invalid value: {value}: must be greater than or equal to 0',
    },
  },
  'success-threshold-one': {
    severity: 'error',
    message: {
      es: 'successThreshold {value} no es válido en esta sonda: debe ser 1 (solo readiness admite más).',
      en: 'Invalid value: {value}: must be 1',
    },
  },
  'required-field': {
    severity: 'error',
    message: {
      es: 'Falta el campo obligatorio "{field}".',
      en: 'Required value: missing required field "{field}"',
    },
  },
  'wrong-type': {
    severity: 'error',
    message: { es: 'Tipo incorrecto: se esperaba {expectedEs}.', en: 'Invalid type: expected {expected}.' },
  },
  'invalid-enum': {
    severity: 'error',
    message: {
      es: 'Valor no admitido "{value}"; valores posibles: {allowed}.',
      en: 'Unsupported value: "{value}": supported values: {allowed}',
    },
  },
  'negative-value': {
    severity: 'error',
    message: {
      es: 'Valor no válido: {value}: debe ser mayor o igual que 0.',
      en: 'Invalid value: {value}: must be greater than or equal to 0',
    },
  },
  'replicas-over-limit': {
    severity: 'error',
    message: {
      es: '{value} réplicas superan el límite del simulador, {limit} (Kubernetes real: {realEs}). No se aplicó nada.',
      en: "{value} replicas exceed the simulator's limit of {limit} (real Kubernetes: {real}). Nothing was applied.",
    },
    fix: {
      es: 'Usa como mucho {limit} réplicas: el simulador corre en tu navegador.',
      en: 'Use at most {limit} replicas: the simulator runs in your browser.',
    },
  },
  'cluster-pods-over-limit': {
    severity: 'error',
    message: {
      es: 'Este apply pide {value} Pods; el simulador admite {limit} (Kubernetes real: {realEs}). No se aplicó nada.',
      en: 'This apply asks for {value} Pods; the simulator allows {limit} (real Kubernetes: {real}). Nothing was applied.',
    },
  },
  'objects-over-limit': {
    severity: 'error',
    message: {
      es: 'El archivo tiene {value} documentos; el simulador aplica como mucho {limit} a la vez (Kubernetes real: {realEs}). No se aplicó nada.',
      en: 'The file has {value} documents; the simulator applies at most {limit} at once (real Kubernetes: {real}). Nothing was applied.',
    },
    fix: { es: 'Divide el archivo en varios apply.', en: 'Split the file into several applies.' },
  },
  'node-ports-exhausted': {
    severity: 'error',
    message: {
      es: 'No quedan NodePorts libres en 30000–32767 para este Service (se piden {wanted}, quedan {free}). No se aplicó nada.',
      en: 'failed to allocate a nodePort: range is full ({wanted} wanted, {free} free). Nothing was applied.',
    },
    fix: {
      es: 'Borra Services NodePort que no uses o usa ClusterIP.',
      en: 'Delete NodePort Services you do not use, or use ClusterIP.',
    },
  },
  'internal-error': {
    severity: 'error',
    message: {
      es: 'Error interno del importador en la etapa «{stage}»: {detail}. Tu texto no se ha perdido; avísanos.',
      en: 'Internal importer error in the "{stage}" stage: {detail}. Your text is kept; please report it.',
    },
  },
  'invalid-value': {
    severity: 'error',
    message: { es: 'Valor no válido: {detailEs}', en: 'Invalid value: {detail}' },
  },
  'unknown-field': {
    severity: 'error',
    message: {
      es: 'Campo desconocido "{field}" (validación estricta de campos, como kubectl apply).',
      en: 'strict decoding error: unknown field "{field}"',
    },
    fix: {
      es: 'Borra el campo o corrige su nombre y su sangría.',
      en: 'Remove the field or fix its name and indentation.',
    },
    hintFix: { es: '¿Quisiste decir "{hint}"?', en: 'Did you mean "{hint}"?' },
  },
  // apimachinery v0.32 pkg/util/validation/validation.go: IsDNS1123Subdomain, IsDNS1123Label, IsDNS1035Label
  // (each message is RegexError's, examples included) and MaxLenError, one cause per message.
  'invalid-name': {
    severity: 'error',
    message: {
      es: '"{name}" no es un nombre válido: minúsculas, dígitos, "-" o ".", empezando y terminando en letra o dígito.',
      en: "Invalid value: \"{name}\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    },
  },
  'invalid-name-label': {
    severity: 'error',
    message: {
      es: '"{name}" no es un nombre válido: minúsculas, dígitos y "-", empezando y terminando en letra o dígito.',
      en: "Invalid value: \"{name}\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    },
  },
  'invalid-name-dns1035': {
    severity: 'error',
    message: {
      es: '"{name}" no es un nombre válido: minúsculas, dígitos y "-", empezando por letra y terminando en letra o dígito.',
      en: "Invalid value: \"{name}\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    },
  },
  'name-with-dots': {
    severity: 'error',
    message: { es: '"{name}" no puede llevar puntos.', en: 'Invalid value: "{name}": must not contain dots' },
  },
  'name-too-long': {
    severity: 'error',
    message: {
      es: '"{name}" es demasiado largo: como mucho {max} caracteres.',
      en: 'Invalid value: "{name}": must be no more than {max} characters',
    },
  },
  'duplicate-object': {
    severity: 'error',
    message: {
      es: '{kind} "{name}" aparece dos veces (la primera en la línea {firstLine}).',
      en: '{kind} "{name}" appears twice (first at line {firstLine}).',
    },
  },
  'node-port-range': {
    severity: 'error',
    message: {
      es: '{port} está fuera del rango 30000–32767.',
      en: 'Invalid value: {port}: provided port is not in the valid range. The range of valid ports is 30000-32767',
    },
    fix: {
      es: 'Elige un puerto de ese rango, o quita nodePort para que se asigne uno.',
      en: 'Pick a port in that range, or leave nodePort out to get one assigned.',
    },
  },
  'node-port-allocated': {
    severity: 'error',
    message: {
      es: 'El puerto {port} ya lo usa el Service {owner}.',
      en: 'Invalid value: {port}: provided port is already allocated',
    },
    fix: { es: 'Elige otro nodePort o quítalo.', en: 'Pick another nodePort or leave it out.' },
  },
  'node-port-not-allowed': {
    severity: 'error',
    message: {
      es: 'nodePort no se admite en un Service de tipo {type}.',
      en: "Forbidden: may not be used when `type` is '{type}'",
    },
  },
  'port-range': {
    severity: 'error',
    message: {
      es: '{port} no es un puerto válido (1–65535).',
      en: 'Invalid value: {port}: must be between 1 and 65535, inclusive',
    },
  },
  'service-ports-required': {
    severity: 'error',
    message: {
      es: 'Un Service necesita al menos un puerto en spec.ports; solo uno headless (clusterIP: None) o ExternalName puede no tener ninguno.',
      en: 'Required value',
    },
  },
  'port-name-required': {
    severity: 'error',
    message: {
      es: 'Un Service con varios puertos debe dar nombre a cada uno.',
      en: 'Required value: when multiple ports are specified, each must be named',
    },
  },
  'cluster-ip-range': {
    severity: 'error',
    message: {
      es: '{ip} no pertenece al rango de Services de k3s 10.43.0.0/16.',
      en: 'Invalid value: "{ip}": provided IP is not in the valid range. The range of valid IPs is 10.43.0.0/16',
    },
  },
  'selector-mismatch': {
    severity: 'error',
    message: {
      es: 'El selector no coincide con las etiquetas de la plantilla (spec.template.metadata.labels).',
      en: 'Invalid value: `selector` does not match template `labels`',
    },
  },
  'path-type-required': {
    severity: 'error',
    message: {
      es: 'Cada ruta de un Ingress necesita pathType: Exact, Prefix o ImplementationSpecific.',
      en: 'Required value: pathType must be specified',
    },
  },
  'invalid-ingress-path': {
    severity: 'error',
    message: {
      es: 'La ruta "{path}" debe empezar por "/".',
      en: 'Invalid value: "{path}": must be an absolute path',
    },
  },
  'invalid-ingress-host': {
    severity: 'error',
    message: {
      es: '"{host}" no es un host válido: nombre DNS, con "*" solo como primera etiqueta completa.',
      en: 'Invalid value: "{host}": a wildcard DNS-1123 subdomain must start with \'*.\'; IPs and ports are not allowed',
    },
  },
  'ingress-backend-required': {
    severity: 'error',
    message: {
      es: 'Un Ingress sin reglas necesita spec.defaultBackend.',
      en: 'Invalid value: either `defaultBackend` or `rules` must be specified',
    },
  },
  'immutable-field': {
    severity: 'error',
    message: {
      es: 'El campo {field} no se puede cambiar una vez creado.',
      en: 'Invalid value: field is immutable ({field})',
    },
  },
  'namespace-not-found': {
    severity: 'error',
    message: { es: 'No existe el namespace "{namespace}".', en: 'namespaces "{namespace}" not found' },
    fix: {
      es: 'Créalo antes: kubectl create namespace {namespace}',
      en: 'Create it first: kubectl create namespace {namespace}',
    },
  },
};

/** Builds a diagnostic from its code, place and parameters. Throws for an unknown code (a programming error). */
export function makeDiagnostic(code: string, place: Place, params: MessageParams = {}): Diagnostic {
  const entry = DIAGNOSTIC_MESSAGES[code];
  if (!entry) throw new Error(`unknown diagnostic code ${code}`);
  const message = fillBilingual(entry.message, params);
  const diagnostic: Diagnostic = { code, severity: entry.severity, place, message };
  const fix = (params.hint && entry.hintFix) || entry.fix;
  if (fix) diagnostic.fix = fillBilingual(fix, params);
  return diagnostic;
}
