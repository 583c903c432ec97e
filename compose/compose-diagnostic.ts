/**
 * A problem the student's Compose file causes, as a diagnostic: a code, a place (file, line, column,
 * field path) and the message in Spanish and English looked up by code.
 */
import { fillBilingual, type Diagnostic, type FillValue, type Place, type Severity } from '../core/index.ts';
import { COMPOSE_MESSAGES, type ComposeDiagnosticCode } from './compose-messages.ts';

/**
 * Builds a diagnostic, filling the code's message templates with `params`. An error stops the
 * conversion; a warning explains a difference between Compose and Kubernetes.
 */
export function composeDiagnostic(
  code: ComposeDiagnosticCode,
  severity: Severity,
  place: Place,
  params: Record<string, FillValue> = {},
): Diagnostic<ComposeDiagnosticCode> {
  return { code, severity, place, message: fillBilingual(COMPOSE_MESSAGES[code], params) };
}
