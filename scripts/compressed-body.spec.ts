import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressedBody, precompressPages } from './compressed-body.mjs';

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

  it('compresses losslessly and reuses the compressed body until the file changes', async () => {
    const body = Buffer.from('<p>hola</p>'.repeat(500));
    const br = await compressedBody('/x.html', 1, body, 'br');
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
    expect(br.length).toBeLessThan(body.length / 10);
    expect(await compressedBody('/x.html', 1, Buffer.from('other'), 'br')).toBe(br);
    const changed = Buffer.from('<p>adiós</p>'.repeat(300));
    expect(gunzipSync(await compressedBody('/x.html', 2, changed, 'gzip')).equals(changed)).toBe(true);
  });

  it('compresses a large file off the event loop: timers keep firing meanwhile', async () => {
    const large = Buffer.alloc(8 * 1024 * 1024);
    for (let i = 0; i < large.length; i++) large[i] = (i * 2654435761) >>> 24;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const compressed = await compressedBody('/big.wasm', 1, large, 'br');
    clearInterval(timer);
    expect(compressed.length).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(0);
  });

  it('compresses every page ahead of its first request, and leaves other files and tiny pages alone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(root, 'curso', 'servicios'), { recursive: true });
    const page = join(root, 'curso', 'servicios', 'index.html');
    const lesson = Buffer.from('<p class="lead">Servicios</p>'.repeat(200));
    writeFileSync(page, lesson);
    writeFileSync(join(root, 'tiny.html'), '<p>hi</p>');
    writeFileSync(join(root, 'data.json'), JSON.stringify({ x: 'y'.repeat(4000) }));
    expect(await precompressPages(root)).toBe(1);
    // The request that follows finds the page's brotli body made: it is not compressed again from `other`.
    const served = await compressedBody(page, statSync(page).mtimeMs, Buffer.from('other'), 'br');
    expect(brotliDecompressSync(served).equals(lesson)).toBe(true);
  });
});
