import { describe, expect, it } from 'vitest';
import { fieldsFromRequest, parseHeaderLines, requestFromFields } from './request-form.ts';

describe('request form', () => {
  it('reads header lines, lower-cases names and keeps colons inside values', () => {
    const { headers, errors } = parseHeaderLines('Content-Type: text/plain\n\nX-Time: 10:30');
    expect(headers).toEqual({ 'content-type': 'text/plain', 'x-time': '10:30' });
    expect(errors).toEqual([]);
  });

  it('reports a line without a colon with its line number', () => {
    expect(parseHeaderLines('a: 1\nbroken line').errors).toEqual([{ line: 2, text: 'broken line' }]);
  });

  it('drops the body of a GET and adds the leading slash to the path', () => {
    const { request } = requestFromFields({ method: 'get', path: 'items?x=1', headers: '', body: 'ignored' });
    expect(request).toEqual({ method: 'GET', path: '/items?x=1', headers: {} });
  });

  it('round-trips an example request', () => {
    const example = { method: 'POST', path: '/', headers: { 'content-type': 'text/plain' }, body: 'hi' };
    expect(requestFromFields(fieldsFromRequest(example)).request).toEqual(example);
  });
});
