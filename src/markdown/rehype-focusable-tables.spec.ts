import { describe, expect, it } from 'vitest';
import { rehypeFocusableTables } from './rehype-focusable-tables.ts';

describe('rehypeFocusableTables', () => {
  it('adds tabIndex 0 to nested tables and leaves other elements alone', () => {
    const table = { type: 'element', tagName: 'table', properties: { className: ['x'] }, children: [] };
    const paragraph = { type: 'element', tagName: 'p', properties: {}, children: [] };
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'div', children: [table, paragraph] }],
    };
    rehypeFocusableTables()(tree);
    expect(table.properties).toEqual({ className: ['x'], tabIndex: 0 });
    expect(paragraph.properties).toEqual({});
  });
});
