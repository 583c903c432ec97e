import type { Bilingual, Diagnostic, Place } from '../../core/index.ts';

/** Parameters interpolated into a message. */
export type MessageParams = Record<string, string | number>;

interface MessageEntry {
  severity: 'error' | 'warning';
  message: (p: MessageParams) => Bilingual;
  fix?: (p: MessageParams) => Bilingual;
}

/**
 * Every diagnostic the importer and the API checks can produce, by code, in Spanish and English.
 * Messages that kubectl or the API server print keep their wording in the English text.
 */
export const DIAGNOSTIC_MESSAGES: Record<string, MessageEntry> = {
  'input-too-large': {
    severity: 'error',
    message: (p) => ({
      es: `El archivo ocupa ${p.size} bytes; el límite es ${p.limit} bytes (${Number(p.limit) / 1048576} MB). No se importó nada.`,
      en: `The file is ${p.size} bytes; the limit is ${p.limit} bytes (${Number(p.limit) / 1048576} MB). Nothing was imported.`,
    }),
    fix: () => ({
      es: 'Divide los manifiestos en archivos más pequeños.',
      en: 'Split the manifests into smaller files.',
    }),
  },
  'yaml-too-deep': {
    severity: 'error',
    message: (p) => ({
      es: `El YAML anida más de ${p.limit} niveles; ningún manifiesto de Kubernetes necesita tanto.`,
      en: `The YAML nests more than ${p.limit} levels; no Kubernetes manifest needs that many.`,
    }),
  },
  'yaml-alias-bomb': {
    severity: 'error',
    message: () => ({
      es: 'Demasiados alias YAML (*ancla): parece una «bomba de alias» y se rechaza.',
      en: 'Too many YAML aliases (*anchor): this looks like an alias bomb and is refused.',
    }),
    fix: () => ({ es: 'Escribe los valores sin alias.', en: 'Write the values out without aliases.' }),
  },
  'yaml-undefined-alias': {
    severity: 'error',
    message: (p) => ({
      es: `El alias *${p.name} no tiene ancla: falta "&${p.name}" antes de usarlo.`,
      en: `The alias *${p.name} has no anchor: "&${p.name}" must come before it is used.`,
    }),
    fix: (p) => ({
      es: `Define &${p.name} antes de *${p.name}, o escribe el valor sin alias.`,
      en: `Define &${p.name} before *${p.name}, or write the value out.`,
    }),
  },
  'yaml-syntax': {
    severity: 'error',
    message: (p) => ({ es: `Error de sintaxis YAML: ${p.detail}`, en: `YAML syntax error: ${p.detail}` }),
    fix: () => ({
      es: 'Revisa la sangría (solo espacios) y los dos puntos tras cada clave.',
      en: 'Check the indentation (spaces only) and the colon after each key.',
    }),
  },
  'not-a-mapping': {
    severity: 'error',
    message: () => ({
      es: 'Cada documento debe ser un objeto con apiVersion, kind y metadata.',
      en: 'Each document must be an object with apiVersion, kind and metadata.',
    }),
  },
  'missing-type-meta': {
    severity: 'error',
    message: (p) => ({
      es: `Falta "${p.field}": todo objeto de Kubernetes declara apiVersion y kind.`,
      en: `Object 'Kind' is missing or "${p.field}" is not set: every Kubernetes object declares apiVersion and kind.`,
    }),
  },
  'unknown-kind': {
    severity: 'error',
    message: (p) => ({
      es: `No existe el tipo "${p.kind}" en la versión "${p.apiVersion}".`,
      en: `no matches for kind "${p.kind}" in version "${p.apiVersion}"`,
    }),
    fix: (p) => ({
      es: p.hint ? `¿Quisiste decir ${p.hint}?` : 'Comprueba apiVersion y kind (mayúsculas incluidas).',
      en: p.hint ? `Did you mean ${p.hint}?` : 'Check apiVersion and kind (capitals matter).',
    }),
  },
  'kind-not-simulated': {
    severity: 'warning',
    message: (p) => ({
      es: `${p.kind} es válido en Kubernetes pero el simulador no lo ejecuta; se conserva para exportarlo.`,
      en: `${p.kind} is valid Kubernetes but the simulator does not run it; it is kept for export.`,
    }),
  },
  // kubectl's RESTMapper finds no such version on a cluster past the removal (apply.go: "resource mapping
  // not found … no matches for kind … ensure CRDs are installed first"); nothing of the file is applied here.
  'removed-api-version': {
    severity: 'error',
    message: (p) => ({
      es: `${p.kind} en ${p.apiVersion} se eliminó en Kubernetes ${p.removedIn}: el clúster no lo reconoce (kubectl: no matches for kind "${p.kind}" in version "${p.apiVersion}").`,
      en: `resource mapping not found for name: "${p.name}" namespace: "${p.namespace}" from "${p.file}": no matches for kind "${p.kind}" in version "${p.apiVersion}"\nensure CRDs are installed first`,
    }),
    fix: (p) => ({
      es: `Mígralo a ${p.replacement} (${p.changes}): faaslab sim migrate -f ${p.file}, o «Migrar» en el editor.`,
      en: `${p.kind} ${p.apiVersion} was removed in Kubernetes ${p.removedIn}; migrate it to ${p.replacement} (${p.changes}): faaslab sim migrate -f ${p.file}, or "Migrate" in the editor.`,
    }),
  },
  'removed-api-migrated': {
    severity: 'warning',
    message: (p) => ({
      es: `${p.kind} en ${p.apiVersion} se eliminó en Kubernetes ${p.removedIn}; se migró a ${p.replacement} (${p.changes}).`,
      en: `${p.kind} in ${p.apiVersion} was removed in Kubernetes ${p.removedIn}; migrated to ${p.replacement} (${p.changes}).`,
    }),
    fix: (p) => ({
      es: `Escribe apiVersion: ${p.replacement} en el archivo (o usa kubectl convert).`,
      en: `Write apiVersion: ${p.replacement} in the file (or use kubectl convert).`,
    }),
  },
  'invalid-label-key': {
    severity: 'error',
    message: (p) => ({
      es: `Clave de etiqueta no válida "${p.key}": un nombre (máx. 63) de alfanuméricos, '-', '_' o '.', que empiece y acabe en alfanumérico, con un prefijo DNS opcional (ejemplo.com/).`,
      en: `Invalid value: "${p.key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    }),
  },
  'invalid-label-value': {
    severity: 'error',
    message: (p) => ({
      es: `Valor de etiqueta no válido "${p.value}": vacío, o hasta 63 alfanuméricos, '-', '_' o '.', que empiece y acabe en alfanumérico.`,
      en: `Invalid value: "${p.value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    }),
  },
  'headless-service-type': {
    severity: 'error',
    message: (p) => ({
      es: `Un Service ${p.type} no puede ser headless (clusterIP: None): necesita una ClusterIP a la que kube-proxy reenvíe.`,
      en: `Invalid value: "None": may not be set to 'None' for ${p.type} services`,
    }),
    fix: () => ({
      es: 'Quita clusterIP: None o usa type: ClusterIP.',
      en: 'Remove clusterIP: None, or use type: ClusterIP.',
    }),
  },
  'rolling-update-zero': {
    severity: 'error',
    message: (p) => ({
      es: `maxUnavailable y maxSurge no pueden ser 0 a la vez: la actualización no podría avanzar (${p.value}).`,
      en: `Invalid value: ${p.value}: may not be 0 when \`maxSurge\` is 0`,
    }),
  },
  'ingress-path-sequence': {
    severity: 'error',
    message: (p) => ({
      es: `Ruta "${p.path}" no válida: no puede contener '${p.sequence}'.`,
      en: `Invalid value: "${p.path}": must not contain '${p.sequence}'`,
    }),
  },
  'ingress-path-suffix': {
    severity: 'error',
    message: (p) => ({
      es: `Ruta "${p.path}" no válida: no puede terminar en '${p.suffix}'.`,
      en: `Invalid value: "${p.path}": must not end with '${p.suffix}'`,
    }),
  },
  'invalid-quantity': {
    severity: 'error',
    message: (p) => ({
      es: `Cantidad "${p.value}" no válida: escribe un número con sufijo opcional (500m, 1, 128Mi, 1Gi).`,
      en: `Invalid value: "${p.value}": quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`,
    }),
  },
  'negative-quantity': {
    severity: 'error',
    message: (p) => ({
      es: `La cantidad ${p.value} no puede ser negativa.`,
      en: `Invalid value: "${p.value}": must be greater than or equal to 0`,
    }),
  },
  'negative-field': {
    severity: 'error',
    message: (p) => ({
      es: `${p.value} no es válido: debe ser mayor o igual que 0.`,
      en: `Invalid value: ${p.value}: must be greater than or equal to 0`,
    }),
  },
  'success-threshold-one': {
    severity: 'error',
    message: (p) => ({
      es: `successThreshold ${p.value} no es válido en esta sonda: debe ser 1 (solo readiness admite más).`,
      en: `Invalid value: ${p.value}: must be 1`,
    }),
  },
  'required-field': {
    severity: 'error',
    message: (p) => ({
      es: `Falta el campo obligatorio "${p.field}".`,
      en: `Required value: missing required field "${p.field}"`,
    }),
  },
  'wrong-type': {
    severity: 'error',
    message: (p) => ({
      es: `Tipo incorrecto: se esperaba ${p.expectedEs}.`,
      en: `Invalid type: expected ${p.expected}.`,
    }),
  },
  'invalid-enum': {
    severity: 'error',
    message: (p) => ({
      es: `Valor no admitido "${p.value}"; valores posibles: ${p.allowed}.`,
      en: `Unsupported value: "${p.value}": supported values: ${p.allowed}`,
    }),
  },
  'negative-value': {
    severity: 'error',
    message: (p) => ({
      es: `Valor no válido: ${p.value}: debe ser mayor o igual que 0.`,
      en: `Invalid value: ${p.value}: must be greater than or equal to 0`,
    }),
  },
  'replicas-over-limit': {
    severity: 'error',
    message: (p) => ({
      es: `${p.value} réplicas superan el límite del simulador, ${p.limit} (Kubernetes real: ${p.realEs}). No se aplicó nada.`,
      en: `${p.value} replicas exceed the simulator's limit of ${p.limit} (real Kubernetes: ${p.real}). Nothing was applied.`,
    }),
    fix: (p) => ({
      es: `Usa como mucho ${p.limit} réplicas: el simulador corre en tu navegador.`,
      en: `Use at most ${p.limit} replicas: the simulator runs in your browser.`,
    }),
  },
  'cluster-pods-over-limit': {
    severity: 'error',
    message: (p) => ({
      es: `Este apply pide ${p.value} Pods; el simulador admite ${p.limit} (Kubernetes real: ${p.realEs}). No se aplicó nada.`,
      en: `This apply asks for ${p.value} Pods; the simulator allows ${p.limit} (real Kubernetes: ${p.real}). Nothing was applied.`,
    }),
  },
  'objects-over-limit': {
    severity: 'error',
    message: (p) => ({
      es: `El archivo tiene ${p.value} documentos; el simulador aplica como mucho ${p.limit} a la vez (Kubernetes real: ${p.realEs}). No se aplicó nada.`,
      en: `The file has ${p.value} documents; the simulator applies at most ${p.limit} at once (real Kubernetes: ${p.real}). Nothing was applied.`,
    }),
    fix: () => ({ es: 'Divide el archivo en varios apply.', en: 'Split the file into several applies.' }),
  },
  'node-ports-exhausted': {
    severity: 'error',
    message: (p) => ({
      es: `No quedan NodePorts libres en 30000–32767 para este Service (se piden ${p.wanted}, quedan ${p.free}). No se aplicó nada.`,
      en: `failed to allocate a nodePort: range is full (${p.wanted} wanted, ${p.free} free). Nothing was applied.`,
    }),
    fix: () => ({
      es: 'Borra Services NodePort que no uses o usa ClusterIP.',
      en: 'Delete NodePort Services you do not use, or use ClusterIP.',
    }),
  },
  'internal-error': {
    severity: 'error',
    message: (p) => ({
      es: `Error interno del importador en la etapa «${p.stage}»: ${p.detail}. Tu texto no se ha perdido; avísanos.`,
      en: `Internal importer error in the "${p.stage}" stage: ${p.detail}. Your text is kept; please report it.`,
    }),
  },
  'invalid-value': {
    severity: 'error',
    message: (p) => ({ es: `Valor no válido: ${p.detailEs}`, en: `Invalid value: ${p.detail}` }),
  },
  'unknown-field': {
    severity: 'error',
    message: (p) => ({
      es: `Campo desconocido "${p.field}" (validación estricta de campos, como kubectl apply).`,
      en: `strict decoding error: unknown field "${p.field}"`,
    }),
    fix: (p) => ({
      es: p.hint ? `¿Quisiste decir "${p.hint}"?` : 'Borra el campo o corrige su nombre y su sangría.',
      en: p.hint ? `Did you mean "${p.hint}"?` : 'Remove the field or fix its name and indentation.',
    }),
  },
  'invalid-name': {
    severity: 'error',
    message: (p) => ({
      es: `"${p.name}" no es un nombre válido: minúsculas, dígitos y "-", empezando y terminando en letra o dígito (máx. ${p.max}).`,
      en: `Invalid value: "${p.name}": a lowercase RFC 1123 ${p.what} must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (max ${p.max})`,
    }),
  },
  'duplicate-object': {
    severity: 'error',
    message: (p) => ({
      es: `${p.kind} "${p.name}" aparece dos veces (la primera en la línea ${p.firstLine}).`,
      en: `${p.kind} "${p.name}" appears twice (first at line ${p.firstLine}).`,
    }),
  },
  'node-port-range': {
    severity: 'error',
    message: (p) => ({
      es: `${p.port} está fuera del rango 30000–32767.`,
      en: `Invalid value: ${p.port}: provided port is not in the valid range. The range of valid ports is 30000-32767`,
    }),
    fix: () => ({
      es: 'Elige un puerto de ese rango, o quita nodePort para que se asigne uno.',
      en: 'Pick a port in that range, or leave nodePort out to get one assigned.',
    }),
  },
  'node-port-allocated': {
    severity: 'error',
    message: (p) => ({
      es: `El puerto ${p.port} ya lo usa el Service ${p.owner}.`,
      en: `Invalid value: ${p.port}: provided port is already allocated`,
    }),
    fix: () => ({ es: 'Elige otro nodePort o quítalo.', en: 'Pick another nodePort or leave it out.' }),
  },
  'node-port-not-allowed': {
    severity: 'error',
    message: (p) => ({
      es: `nodePort no se admite en un Service de tipo ${p.type}.`,
      en: `Forbidden: may not be used when \`type\` is '${p.type}'`,
    }),
  },
  'port-range': {
    severity: 'error',
    message: (p) => ({
      es: `${p.port} no es un puerto válido (1–65535).`,
      en: `Invalid value: ${p.port}: must be between 1 and 65535, inclusive`,
    }),
  },
  'port-name-required': {
    severity: 'error',
    message: () => ({
      es: 'Un Service con varios puertos debe dar nombre a cada uno.',
      en: 'Required value: when multiple ports are specified, each must be named',
    }),
  },
  'cluster-ip-range': {
    severity: 'error',
    message: (p) => ({
      es: `${p.ip} no pertenece al rango de Services de k3s 10.43.0.0/16.`,
      en: `Invalid value: "${p.ip}": provided IP is not in the valid range. The range of valid IPs is 10.43.0.0/16`,
    }),
  },
  'selector-mismatch': {
    severity: 'error',
    message: () => ({
      es: 'El selector no coincide con las etiquetas de la plantilla (spec.template.metadata.labels).',
      en: 'Invalid value: `selector` does not match template `labels`',
    }),
  },
  'path-type-required': {
    severity: 'error',
    message: () => ({
      es: 'Cada ruta de un Ingress necesita pathType: Exact, Prefix o ImplementationSpecific.',
      en: 'Required value: pathType must be specified',
    }),
  },
  'invalid-ingress-path': {
    severity: 'error',
    message: (p) => ({
      es: `La ruta "${p.path}" debe empezar por "/".`,
      en: `Invalid value: "${p.path}": must be an absolute path`,
    }),
  },
  'invalid-ingress-host': {
    severity: 'error',
    message: (p) => ({
      es: `"${p.host}" no es un host válido: nombre DNS, con "*" solo como primera etiqueta completa.`,
      en: `Invalid value: "${p.host}": a wildcard DNS-1123 subdomain must start with '*.'; IPs and ports are not allowed`,
    }),
  },
  'ingress-backend-required': {
    severity: 'error',
    message: () => ({
      es: 'Un Ingress sin reglas necesita spec.defaultBackend.',
      en: 'Invalid value: either `defaultBackend` or `rules` must be specified',
    }),
  },
  'immutable-field': {
    severity: 'error',
    message: (p) => ({
      es: `El campo ${p.field} no se puede cambiar una vez creado.`,
      en: `Invalid value: field is immutable (${p.field})`,
    }),
  },
  'namespace-not-found': {
    severity: 'error',
    message: (p) => ({
      es: `No existe el namespace "${p.namespace}".`,
      en: `namespaces "${p.namespace}" not found`,
    }),
    fix: (p) => ({
      es: `Créalo antes: kubectl create namespace ${p.namespace}`,
      en: `Create it first: kubectl create namespace ${p.namespace}`,
    }),
  },
};

/** Builds a diagnostic from its code, place and parameters. Throws for an unknown code (a programming error). */
export function makeDiagnostic(code: string, place: Place, params: MessageParams = {}): Diagnostic {
  const entry = DIAGNOSTIC_MESSAGES[code];
  if (!entry) throw new Error(`unknown diagnostic code ${code}`);
  const diagnostic: Diagnostic = { code, severity: entry.severity, place, message: entry.message(params) };
  if (entry.fix) diagnostic.fix = entry.fix(params);
  return diagnostic;
}
