/**
 * UI strings of the OpenFaaS islands (load generator and serverless architecture), one dictionary per
 * language with the same keys: a missing translation fails the typecheck. `{name}` placeholders are
 * filled in with {@link fill}.
 */

/** Spanish, the course's first language. */
export const es = {
  loadTitle: 'Generador de carga sobre OpenFaaS',
  loadIntro:
    'Envía peticiones a una función en el clúster simulado y observa, segundo a segundo, cuántas réplicas pide el escalado, cómo cambia la latencia, cuándo hay arranques en frío y cuánto cuestan las réplicas.',
  edition: 'Edición',
  editionCommunity: 'Community Edition (réplicas fijas)',
  editionPro: 'OpenFaaS Pro (autoescalado y escala a cero)',
  rps: 'Peticiones por segundo',
  seconds: 'Duración de la carga (s)',
  burstRps: 'Ráfaga extra (peticiones/s)',
  run: 'Lanzar carga',
  running: 'Simulando… segundo {s} de {total}',
  invalidNumber: '{field}: escribe un número entre {min} y {max}.',
  noJs: 'Este generador necesita JavaScript. Sin él, puedes obtener la misma tabla con: {command}',
  loadFailed: 'No se pudo cargar el generador. Recarga la página.',
  chartTitle: 'Réplicas, latencia, arranques en frío y coste a lo largo del tiempo',
  chartReplicas: 'Réplicas',
  chartLatency: 'Latencia (ms)',
  chartCold: 'Arranques en frío',
  chartCost: 'Coste acumulado (USD)',
  axisSeconds: 'segundos',
  p50: 'p50',
  p99: 'p99',
  ready: 'listas',
  wanted: 'pedidas',
  summaryIntro: 'Resumen ({edition}): {requests} peticiones enviadas en {seconds} s.',
  summaryTail:
    'Después, {tail} s de calma con {late} peticiones tardías, para ver un arranque en frío tras escalar a cero.',
  summaryReplicas: 'Réplicas: empezó con {first}, llegó a {max} y terminó con {last}.',
  summaryLatency:
    'Latencia: mediana {p50} ms, p99 {p99} ms; el peor segundo tuvo un p99 de {worst} ms (segundo {worstAt}).',
  summaryCold: 'Arranques en frío: {n}.',
  summaryErrors: 'Errores: {errors}.',
  summaryNoErrors: 'Sin errores: todas las peticiones respondieron 2xx.',
  summaryWhy504:
    'Los 504 son peticiones que esperaron más que exec_timeout (10 s) en las réplicas que ya había mientras las nuevas arrancaban (cada una tarda unos 4 s en estar lista).',
  summaryWhy429: 'Los 429 son peticiones rechazadas por el watchdog al tener ya max_inflight en curso.',
  summaryCost: 'Coste de las réplicas: {cost} USD (una réplica-hora a {price} USD).',
  noteCommunity:
    'Community Edition no lee las etiquetas com.openfaas.scale.* para escalar: la función se queda con sus réplicas.',
  notePro:
    'OpenFaaS Pro: réplicas = ⌈carga / (objetivo × 0,9)⌉ entre min y max; a cero tras zero-duration sin peticiones (simplificado).',
  diagnostics: 'El stack file tiene errores:',
  archTitle: 'La arquitectura de una plataforma serverless, sobre OpenFaaS',
  archIntro:
    'El borde recibe las peticiones y los eventos; el maestro los encola y los reparte entre los trabajadores. Cada pieza del modelo del curso tiene su pareja en OpenFaaS.',
  archEdge: 'Borde',
  archMaster: 'Maestro',
  archUi: 'Interfaz (UI)',
  archUiMap: 'Portal de OpenFaaS, faas-cli, curl',
  archGateway: 'API gateway',
  archGatewayMap: 'gateway + faas-netes, :31112',
  archSources: 'Fuentes de eventos',
  archSourcesMap: 'conectores: cron, Kafka, NATS…',
  archQueue: 'Cola de eventos',
  archQueueMap: 'NATS',
  archDispatcher: 'Despachador',
  archDispatcherMap: 'queue-worker',
  archWorkers: 'Trabajadores',
  archWorkersMap: 'Pods de las funciones (openfaas-fn)',
  archSync: 'Petición síncrona',
  archAsync: 'Petición asíncrona',
  archStepSync1: 'Un cliente llama a /function/hello en el puerto 31112.',
  archStepSync2:
    'El gateway (API gateway) pasa la llamada a faas-netes, que la envía al Service de la función.',
  archStepSync3: 'Un Pod de la función (un trabajador) responde; la respuesta vuelve por el gateway.',
  archStepAsync1:
    'Un evento o un cliente llama a /async-function/hello: el gateway responde 202 con X-Call-Id.',
  archStepAsync2: 'El gateway publica la llamada en NATS (la cola de eventos).',
  archStepAsync3: 'El queue-worker (el despachador) la saca de la cola cuando tiene hueco.',
  archStepAsync4: 'Un Pod de la función la ejecuta; el resultado va a X-Callback-Url.',
  archReduced: 'Movimiento reducido: los pasos se muestran sin animación.',
} as const;

/** The strings' shape: every key of the Spanish dictionary, as text. */
export type OpenFaaSStrings = Record<keyof typeof es, string>;

/** English. */
export const en: OpenFaaSStrings = {
  loadTitle: 'Load generator on OpenFaaS',
  loadIntro:
    'Send requests to a function on the simulated cluster and watch, second by second, how many replicas scaling asks for, how latency changes, when cold starts happen and what the replicas cost.',
  edition: 'Edition',
  editionCommunity: 'Community Edition (fixed replicas)',
  editionPro: 'OpenFaaS Pro (autoscaling and scale to zero)',
  rps: 'Requests per second',
  seconds: 'Load duration (s)',
  burstRps: 'Extra burst (requests/s)',
  run: 'Run load',
  running: 'Simulating… second {s} of {total}',
  invalidNumber: '{field}: enter a number from {min} to {max}.',
  noJs: 'This generator needs JavaScript. Without it, you get the same table with: {command}',
  loadFailed: 'The generator could not load. Reload the page.',
  chartTitle: 'Replicas, latency, cold starts and cost over time',
  chartReplicas: 'Replicas',
  chartLatency: 'Latency (ms)',
  chartCold: 'Cold starts',
  chartCost: 'Cumulative cost (USD)',
  axisSeconds: 'seconds',
  p50: 'p50',
  p99: 'p99',
  ready: 'ready',
  wanted: 'wanted',
  summaryIntro: 'Summary ({edition}): {requests} requests sent in {seconds} s.',
  summaryTail: 'Then {tail} s of quiet with {late} late requests, to show a cold start after scale to zero.',
  summaryReplicas: 'Replicas: started at {first}, reached {max} and ended at {last}.',
  summaryLatency:
    'Latency: median {p50} ms, p99 {p99} ms; the worst second had a p99 of {worst} ms (second {worstAt}).',
  summaryCold: 'Cold starts: {n}.',
  summaryErrors: 'Errors: {errors}.',
  summaryNoErrors: 'No errors: every request answered 2xx.',
  summaryWhy504:
    'The 504s are requests that waited longer than exec_timeout (10 s) on the replicas that already existed while new ones started (each takes about 4 s to become ready).',
  summaryWhy429: 'The 429s are requests the watchdog refused because max_inflight were already in flight.',
  summaryCost: 'Cost of the replicas: {cost} USD (one replica-hour at {price} USD).',
  noteCommunity:
    'Community Edition does not read the com.openfaas.scale.* labels to scale: the function keeps its replicas.',
  notePro:
    'OpenFaaS Pro: replicas = ⌈load / (target × 0.9)⌉ between min and max; to zero after zero-duration without requests (simplified).',
  diagnostics: 'The stack file has errors:',
  archTitle: 'The architecture of a serverless platform, on OpenFaaS',
  archIntro:
    'The edge takes requests and events; the master queues them and hands them out to the workers. Each part of the course model has its counterpart in OpenFaaS.',
  archEdge: 'Edge',
  archMaster: 'Master',
  archUi: 'User interface',
  archUiMap: 'OpenFaaS portal, faas-cli, curl',
  archGateway: 'API gateway',
  archGatewayMap: 'gateway + faas-netes, :31112',
  archSources: 'Event sources',
  archSourcesMap: 'connectors: cron, Kafka, NATS…',
  archQueue: 'Event queue',
  archQueueMap: 'NATS',
  archDispatcher: 'Dispatcher',
  archDispatcherMap: 'queue-worker',
  archWorkers: 'Workers',
  archWorkersMap: 'function Pods (openfaas-fn)',
  archSync: 'Synchronous request',
  archAsync: 'Asynchronous request',
  archStepSync1: 'A client calls /function/hello on port 31112.',
  archStepSync2:
    'The gateway (API gateway) hands the call to faas-netes, which sends it to the function Service.',
  archStepSync3: 'A function Pod (a worker) answers; the response goes back through the gateway.',
  archStepAsync1: 'An event or a client calls /async-function/hello: the gateway answers 202 with X-Call-Id.',
  archStepAsync2: 'The gateway publishes the call to NATS (the event queue).',
  archStepAsync3: 'The queue-worker (the dispatcher) takes it off the queue when it has room.',
  archStepAsync4: 'A function Pod runs it; the result goes to X-Callback-Url.',
  archReduced: 'Reduced motion: the steps are shown without animation.',
};

/** Both dictionaries by language. */
export const OPENFAAS_STRINGS: Record<'es' | 'en', OpenFaaSStrings> = { es, en };

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
