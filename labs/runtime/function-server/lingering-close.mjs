// Closing a connection whose request body is still arriving, as Go's net/http does.
//
// A server that answers before reading the whole body (413) and then closes the socket at once makes
// the kernel reset the connection when the client's next bytes arrive; a client (or a proxy such as
// `faaslab lab run`) still writing then gets EPIPE or ECONNRESET, often before it has read the answer,
// and reports a 502 instead of the 413. Go's server, which of-watchdog runs on, sends its answer and
// its FIN, then waits 500 ms before closing (net/http server.go: closeWriteAndWait, rstAvoidanceDelay),
// so the client reads the answer first. Node closes at once (destroySoon after a "Connection: close"
// answer); this does what Go does, reading nothing more meanwhile, so TCP flow control, not our
// memory, holds back the rest of a 600 MB upload.

/** Go's rstAvoidanceDelay. */
const RST_AVOIDANCE_DELAY_MS = 500;

/**
 * Makes the answer say "Connection: close" (a client must not send its next request on this socket),
 * and its socket close the way Go's server closes it once the answer is written: half-close, stop
 * reading, and destroy after {@link RST_AVOIDANCE_DELAY_MS}.
 * @param {{ socket: any, pause(): void }} req an incoming request of node:http
 * @param {{ setHeader(name: string, value: string): void }} res its answer, not yet written
 */
export function closeAfterAnswerLingering(req, res) {
  res.setHeader('Connection', 'close');
  const socket = req.socket;
  if (!socket || socket.destroyed) return;
  socket.destroySoon = function lingeringClose() {
    req.pause();
    socket.pause();
    if (socket.writable) socket.end();
    setTimeout(() => socket.destroy(), RST_AVOIDANCE_DELAY_MS).unref?.();
  };
}
