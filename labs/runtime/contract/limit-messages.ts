/** The student-facing message of every limit, in Spanish and English, looked up by kind. */
import type { LimitEvent, LimitKind } from './types.ts';
import { fillBilingual, type Bilingual } from '../../../core/index.ts';

const MESSAGES: Record<LimitKind, Bilingual> = {
  'exec-timeout': {
    es: 'La función superó exec_timeout ({limit}): el watchdog respondió 504 y la detuvo. La siguiente petición se atiende con normalidad.',
    en: 'The function exceeded exec_timeout ({limit}): the watchdog answered 504 and stopped it. The next request is served normally.',
  },
  memory: {
    es: 'La función superó su límite de memoria ({limit}) y se detuvo; se ha reiniciado para la siguiente petición.',
    en: 'The function exceeded its memory limit ({limit}) and was stopped; it has been restarted for the next request.',
  },
  'body-too-large': {
    es: 'El cuerpo de la petición supera el máximo ({limit}): respuesta 413.',
    en: 'The request body is over the maximum ({limit}): answered 413.',
  },
  inflight: {
    es: 'Hay demasiadas peticiones a la vez (max_inflight = {limit}): respuesta 429.',
    en: 'Too many requests at once (max_inflight = {limit}): answered 429.',
  },
  crash: {
    es: 'El proceso de la función terminó de forma inesperada ({limit}); se ha reiniciado.',
    en: 'The function process ended unexpectedly ({limit}); it has been restarted.',
  },
  'read-timeout': {
    es: 'La petición no llegó completa antes de read_timeout ({limit}).',
    en: 'The request did not arrive in full before read_timeout ({limit}).',
  },
  'write-timeout': {
    es: 'La respuesta no se escribió antes de write_timeout ({limit}): conexión cerrada.',
    en: 'The answer was not written before write_timeout ({limit}): connection closed.',
  },
};

/** A limit event with its message; `limit` is the value shown in braces, e.g. `2s` or `64 MB`. */
export function limitEvent(kind: LimitKind, limit: string): LimitEvent {
  return { kind, message: fillBilingual(MESSAGES[kind], { limit }) };
}
