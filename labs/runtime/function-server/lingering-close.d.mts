/** Types of lingering-close.mjs (the file itself is plain JavaScript). */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Makes the answer say "Connection: close" and the socket of `req` close as Go's server does once it is written. */
export function closeAfterAnswerLingering(req: IncomingMessage, res: ServerResponse): void;
