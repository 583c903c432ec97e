import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressedBody } from './compressed-body.mjs';

describe('static server compression', () => {
  it('prefers brotli, then gzip, for text the client accepts', () => {
    expect(chooseEncoding('gzip, deflate, br', 'text/html; charset=utf-8', 5000)).toBe('br');
    expect(chooseEncoding('gzip', 'text/css; charset=utf-8', 5000)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8', 'text/javascript', 5000)).toBe('gzip');
  });

  it('sends images, tiny files and clients without Accept-Encoding as they are', () => {
    expect(chooseEncoding('br', 'image/png', 50_000)).toBeNull();
    expect(chooseEncoding('br', 'text/html', 200)).toBeNull();
    expect(chooseEncoding(undefined, 'text/html', 50_000)).toBeNull();
    expect(chooseEncoding('identity', 'text/html', 50_000)).toBeNull();
  });

  it('compresses losslessly and reuses the compressed body until the file changes', () => {
    const body = Buffer.from('<p>hola</p>'.repeat(500));
    const br = compressedBody('/x.html', 1, body, 'br');
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(body.length / 10);
    expect(compressedBody('/x.html', 1, Buffer.from('other'), 'br')).toBe(br);
    const changed = Buffer.from('<p>adiós</p>'.repeat(300));
    expect(gunzipSync(compressedBody('/x.html', 2, changed, 'gzip')).equals(changed)).toBe(true);
  });
});
