import { describe, expect, it } from 'vitest';
import { invokeCommands, shellQuote } from './invoke-commands.ts';

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
    expect(invokeCommands(COURSE, 'hello').curl).toBe(
      `curl -i -X POST http://127.0.0.1:8080/function/hello -H 'content-type: application/x-www-form-urlencoded' --data-binary 'it'\\''s john here'`,
    );
  });

  it('keeps sub-paths and queries in curl', () => {
    expect(invokeCommands({ method: 'GET', path: '/items?q=a b' }, 'shop').curl).toBe(
      `curl -i 'http://127.0.0.1:8080/function/shop/items?q=a+b'`,
    );
  });

  it('pipes the body into faas-cli invoke with headers and query flags', () => {
    expect(invokeCommands({ ...COURSE, path: '/?name=ana' }, 'hello').faasCli).toBe(
      `printf %s 'it'\\''s john here' | faas-cli invoke hello --gateway http://127.0.0.1:8080 --header content-type=application/x-www-form-urlencoded --query name=ana`,
    );
  });

  it('says when faas-cli cannot express a sub-path', () => {
    expect(invokeCommands({ method: 'GET', path: '/items' }, 'shop').faasCli).toContain(
      'use curl for /items',
    );
  });
});
