/** Types of lingering-close.mjs (the file itself is plain JavaScript). */
import type { IncomingMessage } from 'node:http';

/** Go's rstAvoidanceDelay (ms). */
export const RST_AVOIDANCE_DELAY_MS: number;

/** Makes the socket of `req` close as Go's server does once the current answer is written. */
export function closeAfterAnswerLingering(req: IncomingMessage): void;
