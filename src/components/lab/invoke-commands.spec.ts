import { describe, expect, it } from 'vitest';
import { curlCommand, faasCliCommand, shellQuote } from './invoke-commands.ts';

const COURSE = {
  method: 'POST',
  path: '/',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: "it's john here",
};

describe('equivalent commands', () => {
  it('quotes single quotes for a POSIX shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('plain/word')).toBe('plain/word');
  });

  it('writes the course curl through the gateway /function/ route', () => {
    expect(curlCommand(COURSE, 'hello')).toBe(
      `curl -i -X POST http://127.0.0.1:8080/function/hello -H 'content-type: application/x-www-form-urlencoded' --data-binary 'it'\\''s john here'`,
    );
  });

  it('keeps sub-paths and queries in curl', () => {
    expect(curlCommand({ method: 'GET', path: '/items?q=a b' }, 'shop')).toBe(
      `curl -i 'http://127.0.0.1:8080/function/shop/items?q=a+b'`,
    );
  });

  it('pipes the body into faas-cli invoke with headers and query flags', () => {
    expect(faasCliCommand({ ...COURSE, path: '/?name=ana' }, 'hello')).toBe(
      `printf %s 'it'\\''s john here' | faas-cli invoke hello --gateway http://127.0.0.1:8080 --header content-type=application/x-www-form-urlencoded --query name=ana`,
    );
  });

  it('says when faas-cli cannot express a sub-path', () => {
    expect(faasCliCommand({ method: 'GET', path: '/items' }, 'shop')).toContain('use curl for /items');
  });
});
