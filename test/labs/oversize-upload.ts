/** A raw HTTP upload that declares 600 MB, for the tests of the function servers' 413. */
import { connect } from 'node:net';

/**
 * Declares a 600 MB body to 127.0.0.1:`port`, sends `sentBytes` of it, and resolves with what the server
 * wrote back before closing (its status line and headers); rejects after 5 s without an answer.
 */
export function declaredOversizeUpload(port: number, sentBytes: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: ${600 * 1024 * 1024}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(sentBytes));
    });
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) socket.destroy();
    });
    socket.on('error', () => resolve(text));
    socket.on('close', () => resolve(text));
    setTimeout(() => reject(new Error(`no answer: ${text}`)), 5_000);
  });
}
