import type { UiKey } from './es.ts';

/** English UI strings, with exactly the keys of es.ts. */
export const en: Record<UiKey, string> = {
  'site.title': 'FaaS Lab',
  'site.tagline': 'Learn serverless, FaaS, OpenFaaS, Kubernetes and k3s by doing.',
  'nav.home': 'Home',
  'nav.course': 'Course',
  'nav.skipToContent': 'Skip to content',
  'lang.switch': 'Español',
  'lang.switchLabel': 'Read this page in Spanish',
  'lesson.objectives': 'Objectives',
  'lesson.duration': '{minutes} min',
  'lesson.previous': 'Previous',
  'lesson.next': 'Next',
  'course.title': 'The course',
  'course.chapter': 'Chapter {n}',
  'chapter.1': 'Introduction to the cloud and FaaS',
  'chapter.2': 'Serverless platforms',
  'chapter.3': 'Function as a Service',
  'chapter.4': 'OpenFaaS',
  'chapter.5': 'Kubernetes',
  'chapter.6': 'Services and Ingress',
  'chapter.7': 'k3s',
  'chapter.8': 'From Docker Compose to Kubernetes',
  'chapter.9': 'OpenFaaS on Kubernetes',
  'chapter.10': 'Capstone',
};
