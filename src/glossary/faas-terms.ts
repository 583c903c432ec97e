/** Glossary entries for serverless, FaaS and OpenFaaS (lessons 2–4 and 9). */
import type { GlossaryEntry } from './glossary-entry.ts';

/** Serverless, FaaS and OpenFaaS terms. */
export const FAAS_TERMS: readonly GlossaryEntry[] = [
  {
    id: 'serverless',
    lesson: 'serverless',
    es: {
      term: 'Serverless (sin servidor)',
      definition:
        'Modelo de computación en la nube en el que el proveedor gestiona los servidores, el escalado y la disponibilidad, y tú pagas por el uso real en lugar de por máquinas encendidas. Los servidores existen: simplemente no son asunto tuyo.',
    },
    en: {
      term: 'Serverless',
      definition:
        'A cloud computing model in which the provider manages servers, scaling and availability, and you pay for actual use rather than for machines left running. The servers still exist: they are just not your concern.',
    },
  },
  {
    id: 'faas',
    lesson: 'faas',
    es: {
      term: 'FaaS (Function as a Service)',
      definition:
        'Forma de serverless en la que entregas solo una función que responde a eventos; la plataforma la empaqueta, la ejecuta en tantas copias como haga falta y la apaga cuando no hay trabajo.',
    },
    en: {
      term: 'FaaS (Function as a Service)',
      definition:
        'A form of serverless in which you hand over just a function that responds to events; the platform packages it, runs as many copies as needed and shuts them down when there is no work.',
    },
  },
  {
    id: 'event',
    lesson: 'faas',
    es: {
      term: 'Evento',
      definition:
        'Mensaje que describe algo que ya ocurrió (una petición HTTP, un archivo subido, un mensaje en una cola, un tic de un temporizador) y que dispara la ejecución de una función.',
    },
    en: {
      term: 'Event',
      definition:
        'A message describing something that has already happened (an HTTP request, an uploaded file, a message on a queue, a timer tick) that triggers a function to run.',
    },
  },
  {
    id: 'cold-start',
    lesson: 'faas',
    es: {
      term: 'Arranque en frío',
      definition:
        'Retraso extra de la primera invocación cuando no hay ninguna copia viva de la función: la plataforma debe crear el contenedor y arrancar el intérprete antes de responder.',
    },
    en: {
      term: 'Cold start',
      definition:
        'The extra delay of the first invocation when no copy of the function is alive: the platform must create the container and start the runtime before it can answer.',
    },
  },
  {
    id: 'stateless',
    lesson: 'faas',
    es: {
      term: 'Sin estado',
      definition:
        'Propiedad de una función que no guarda nada en memoria entre invocaciones; lo que debe perdurar vive fuera, en una base de datos, una caché o un almacenamiento de objetos.',
    },
    en: {
      term: 'Stateless',
      definition:
        'The property of a function that keeps nothing in memory between invocations; whatever must last lives elsewhere, in a database, a cache or object storage.',
    },
  },
  {
    id: 'gb-second',
    lesson: 'faas',
    es: {
      term: 'GB-segundo',
      definition:
        'Unidad con la que se factura el cómputo en FaaS: memoria asignada en GB multiplicada por la duración en segundos. 512 MB durante 200 ms son 0,1 GB-s.',
    },
    en: {
      term: 'GB-second',
      definition:
        'The unit FaaS compute is billed in: allocated memory in GB multiplied by duration in seconds. 512 MB for 200 ms is 0.1 GB-s.',
    },
  },
  {
    id: 'scale-to-zero',
    lesson: 'openfaas-on-kubernetes',
    es: {
      term: 'Escalado a cero',
      definition:
        'Retirar todas las réplicas de una función inactiva para que no consuma recursos; la siguiente petición paga un arranque en frío. En OpenFaaS actual es una función de OpenFaaS Pro.',
    },
    en: {
      term: 'Scale to zero',
      definition:
        'Removing every replica of an idle function so that it uses no resources; the next request pays for a cold start. In current OpenFaaS it is an OpenFaaS Pro feature.',
    },
  },
  {
    id: 'openfaas',
    lesson: 'openfaas',
    es: {
      term: 'OpenFaaS',
      definition:
        'Plataforma de funciones que corre en tu propia infraestructura (Kubernetes o una sola máquina con faasd); cada función es una imagen de contenedor con un watchdog. Su Community Edition es gratuita, con el código público bajo una EULA (uso comercial: una instalación durante 60 días).',
    },
    en: {
      term: 'OpenFaaS',
      definition:
        'A functions platform that runs on your own infrastructure (Kubernetes, or a single machine with faasd); every function is a container image with a watchdog. Its Community Edition is free, with public code under an EULA (commercial use: one installation for 60 days).',
    },
  },
  {
    id: 'openfaas-gateway',
    lesson: 'openfaas',
    es: {
      term: 'Gateway de OpenFaaS',
      definition:
        'Puerta de entrada de OpenFaaS (puerto 8080): sirve la interfaz web, la API de administración /system y las rutas de invocación /function/NOMBRE y /async-function/NOMBRE, y publica métricas.',
    },
    en: {
      term: 'OpenFaaS gateway',
      definition:
        "OpenFaaS's front door (port 8080): it serves the web UI, the /system management API and the /function/NAME and /async-function/NAME invocation routes, and publishes metrics.",
    },
  },
  {
    id: 'faas-netes',
    lesson: 'openfaas',
    es: {
      term: 'faas-netes',
      definition:
        'Proveedor de OpenFaaS para Kubernetes: convierte cada función desplegada en un Deployment y un Service con su nombre en el namespace openfaas-fn.',
    },
    en: {
      term: 'faas-netes',
      definition:
        "OpenFaaS's provider for Kubernetes: it turns every deployed function into a Deployment and a Service named after it in the openfaas-fn namespace.",
    },
  },
  {
    id: 'watchdog',
    lesson: 'openfaas',
    es: {
      term: 'Watchdog',
      definition:
        'Pequeño proceso dentro de la imagen de cada función de OpenFaaS que escucha HTTP en el puerto 8080 y pasa cada petición a tu código. El clásico arranca un proceso por petición y usa stdin y stdout.',
    },
    en: {
      term: 'Watchdog',
      definition:
        "A small process inside every OpenFaaS function's image that listens for HTTP on port 8080 and hands each request to your code. The classic one starts a process per request and uses stdin and stdout.",
    },
  },
  {
    id: 'of-watchdog',
    lesson: 'openfaas',
    es: {
      term: 'of-watchdog',
      definition:
        'Watchdog moderno de OpenFaaS; en modo http arranca tu proceso una sola vez y le reenvía cada petición por HTTP, de modo que conexiones y datos cargados se reutilizan.',
    },
    en: {
      term: 'of-watchdog',
      definition:
        "OpenFaaS's modern watchdog; in http mode it starts your process once and forwards each request to it over HTTP, so connections and loaded data are reused.",
    },
  },
  {
    id: 'exec-timeout',
    lesson: 'openfaas',
    es: {
      term: 'exec_timeout, read_timeout, write_timeout',
      definition:
        'Límites de tiempo del watchdog: trabajar, leer la petición y escribir la respuesta. Al superar exec_timeout, of-watchdog en modo http responde 504 Gateway Timeout.',
    },
    en: {
      term: 'exec_timeout, read_timeout, write_timeout',
      definition:
        "The watchdog's time limits: for working, reading the request and writing the response. When exec_timeout runs out, of-watchdog in http mode answers 504 Gateway Timeout.",
    },
  },
  {
    id: 'faas-cli',
    lesson: 'openfaas',
    es: {
      term: 'faas-cli',
      definition:
        'Herramienta de línea de órdenes de OpenFaaS: new, build, push, deploy, invoke, up, store y login, entre otras.',
    },
    en: {
      term: 'faas-cli',
      definition:
        "OpenFaaS's command-line tool: new, build, push, deploy, invoke, up, store and login, among others.",
    },
  },
  {
    id: 'function-template',
    lesson: 'openfaas',
    es: {
      term: 'Plantilla (template)',
      definition:
        'Andamiaje que faas-cli new copia para un lenguaje: un Dockerfile con el watchdog, el programa que lo conecta con tu handler y un archivo de dependencias.',
    },
    en: {
      term: 'Template',
      definition:
        'The scaffolding faas-cli new copies for a language: a Dockerfile with the watchdog, the program that connects it to your handler, and a dependencies file.',
    },
  },
  {
    id: 'stack-file',
    lesson: 'openfaas',
    es: {
      term: 'Archivo de pila (stack.yml)',
      definition:
        'YAML que describe una o varias funciones para faas-cli: plantilla, carpeta del handler, imagen, variables de entorno, etiquetas y límites.',
    },
    en: {
      term: 'Stack file (stack.yml)',
      definition:
        'The YAML that describes one or more functions for faas-cli: template, handler folder, image, environment variables, labels and limits.',
    },
  },
  {
    id: 'handler',
    lesson: 'openfaas',
    es: {
      term: 'Handler (manejador)',
      definition:
        'El código que escribes: la función que recibe el evento y devuelve la respuesta. En la plantilla de Node, async (event, context) con context.status, headers, succeed y fail.',
    },
    en: {
      term: 'Handler',
      definition:
        'The code you write: the function that receives the event and returns the response. On the Node template, async (event, context) with context.status, headers, succeed and fail.',
    },
  },
  {
    id: 'queue-worker',
    lesson: 'openfaas',
    es: {
      term: 'NATS y queue-worker',
      definition:
        'Pareja que atiende las invocaciones asíncronas de OpenFaaS: el gateway encola la petición en NATS y responde 202, y el queue-worker la ejecuta después y puede enviar el resultado a un X-Callback-Url.',
    },
    en: {
      term: 'NATS and queue-worker',
      definition:
        "The pair that serves OpenFaaS's asynchronous invocations: the gateway queues the request in NATS and answers 202, and the queue-worker runs it later and can post the result to an X-Callback-Url.",
    },
  },
  {
    id: 'openfaas-editions',
    lesson: 'openfaas-on-kubernetes',
    es: {
      term: 'OpenFaaS Pro y Community Edition',
      definition:
        'Las dos ediciones de OpenFaaS. La Community Edition (CE) es la gratuita: escala con una regla de AlertManager hasta 5 réplicas por función, y admite hasta 15 funciones, solo de imágenes públicas. El autoescalador por rps, capacity o cpu, el escalado a cero y el operador del CRD Function son de las ediciones comerciales, OpenFaaS Pro.',
    },
    en: {
      term: 'OpenFaaS Pro and Community Edition',
      definition:
        "OpenFaaS's two editions. Community Edition (CE) is the free one: it scales with one AlertManager rule, up to 5 replicas per function, and takes at most 15 functions, from public images only. The rps, capacity or cpu autoscaler, scale to zero and the Function CRD's operator belong to the commercial editions, OpenFaaS Pro.",
    },
  },
  {
    id: 'scale-labels',
    lesson: 'openfaas-on-kubernetes',
    es: {
      term: 'Etiquetas com.openfaas.scale',
      definition:
        'Etiquetas de una función que configuran su autoescalado (OpenFaaS Pro): min (1 por defecto), max (20), target (50), target-proportion (0,90), type (rps, capacity o cpu), zero y zero-duration (15m).',
    },
    en: {
      term: 'com.openfaas.scale labels',
      definition:
        "A function's labels that configure its autoscaling (OpenFaaS Pro): min (default 1), max (20), target (50), target-proportion (0.90), type (rps, capacity or cpu), zero and zero-duration (15m).",
    },
  },
  {
    id: 'arkade',
    lesson: 'openfaas-on-kubernetes',
    es: {
      term: 'arkade',
      definition:
        'Instalador de aplicaciones para Kubernetes del equipo de OpenFaaS; arkade install openfaas-ce instala el chart de Helm oficial en su Community Edition (arkade install openfaas instala OpenFaaS Pro y pide licencia) y arkade get descarga herramientas como faas-cli.',
    },
    en: {
      term: 'arkade',
      definition:
        'An app installer for Kubernetes from the OpenFaaS team; arkade install openfaas-ce installs the official Helm chart as Community Edition (arkade install openfaas installs OpenFaaS Pro and needs a licence) and arkade get downloads tools such as faas-cli.',
    },
  },
  {
    id: 'function-resource',
    lesson: 'capstone',
    es: {
      term: 'Recurso Function',
      definition:
        'Objeto openfaas.com/v1 de tipo Function que describe una función como un manifiesto de Kubernetes; el operador de OpenFaaS Pro lo convierte en un Deployment y un Service (la Community Edition instala este CRD, pero ningún operador lo atiende, así que aplicar uno no despliega nada).',
    },
    en: {
      term: 'Function resource',
      definition:
        'An openfaas.com/v1 object of kind Function that describes a function as a Kubernetes manifest; the OpenFaaS Pro operator turns it into a Deployment and a Service (Community Edition installs this CRD but runs no operator for it, so applying one deploys nothing).',
    },
  },
];
