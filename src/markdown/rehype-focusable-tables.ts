/**
 * Rehype plugin: makes every lesson table keyboard-focusable. Wide tables scroll sideways on phones
 * (prose.css), and a scrolling region must be reachable by keyboard to be scrolled without a mouse
 * (WCAG 2.1.1; axe rule scrollable-region-focusable).
 */

/** The part of a hast node this plugin reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function visit(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'table') {
    node.properties = { ...node.properties, tabIndex: 0 };
  }
  for (const child of node.children ?? []) visit(child);
}

/** The plugin factory, as rehype expects: `rehypePlugins: [rehypeFocusableTables]`. */
export function rehypeFocusableTables(): (tree: HastNode) => void {
  return visit;
}
