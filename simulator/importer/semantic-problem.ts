import type { MessageParams } from './diagnostic-messages.ts';
import type { FieldPath } from './yaml-locator.ts';

/** A value problem the API server's validation would report, before a place is attached. */
export interface SemanticProblem {
  code: string;
  path: FieldPath;
  params: MessageParams;
}
