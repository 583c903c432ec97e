/** Spanish UI strings. Every key must also exist in en.ts (the typecheck enforces it). */
export const es = {
  'site.title': 'FaaS Lab',
  'site.tagline': 'Aprende serverless, FaaS, OpenFaaS, Kubernetes y k3s haciendo.',
  'nav.home': 'Inicio',
  'nav.course': 'Curso',
  'nav.skipToContent': 'Saltar al contenido',
  'lang.switch': 'English',
  'lang.switchLabel': 'Leer esta página en inglés',
  'lesson.objectives': 'Objetivos',
  'lesson.duration': '{minutes} min',
  'lesson.previous': 'Anterior',
  'lesson.next': 'Siguiente',
  'course.title': 'El curso',
  'course.chapter': 'Capítulo {n}',
  'chapter.1': 'Introducción a la nube y a FaaS',
  'chapter.2': 'Plataformas serverless',
  'chapter.3': 'Function as a Service',
  'chapter.4': 'OpenFaaS',
  'chapter.5': 'Kubernetes',
  'chapter.6': 'Servicios e Ingress',
  'chapter.7': 'k3s',
  'chapter.8': 'De Docker Compose a Kubernetes',
  'chapter.9': 'OpenFaaS sobre Kubernetes',
  'chapter.10': 'Proyecto final',
} as const;

export type UiKey = keyof typeof es;
