/**
 * A fast look at nesting before the YAML parser runs, so absurd nesting is refused instead of
 * overflowing the stack. It counts levels, not characters: a block scalar indented 400 spaces is one
 * level, and brackets inside quoted strings or comments are text, not flow collections.
 */

/** Deepest nesting accepted; real manifests stay under 20. */
export const MAX_DEPTH = 100;

// `key: |`, `- >-`, `key: |2 # comment`: the lines after it, indented more, are the scalar's text.
const BLOCK_SCALAR_HEADER = /(?:^|:|-)\s+[|>][1-9+-]{0,2}\s*(?:#.*)?\r?$/;

/** The 1-based line of the first sign of nesting deeper than MAX_DEPTH, or null. */
export function findExcessiveNesting(text: string): number | null {
  const indents: number[] = [];
  let flowDepth = 0;
  let line = 0;
  let start = 0;
  // Indent of the line that opened a block scalar (`key: |`); its more-indented lines are text.
  let scalarParent = -1;
  while (start <= text.length) {
    line++;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    let indent = 0;
    while (start + indent < end && text.charCodeAt(start + indent) === 32) indent++;
    const blank = start + indent >= end || text.charCodeAt(start + indent) === 13;
    if (scalarParent >= 0 && (blank || indent > scalarParent)) {
      start = next;
      continue;
    }
    scalarParent = -1;
    if (flowDepth === 0) {
      if (blockDepth(text, start, end, indents) > MAX_DEPTH) return line;
      if (BLOCK_SCALAR_HEADER.test(text.slice(start, end))) scalarParent = indent;
    }
    flowDepth = flowDepthAfter(text, start, end, flowDepth);
    if (flowDepth > MAX_DEPTH) return line;
    start = next;
  }
  return null;
}

/** Block nesting at this line: a stack of the indents (and `- ` entries) still open above it. */
function blockDepth(text: string, start: number, end: number, indents: number[]): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i === end || text.charCodeAt(i) === 35 || text.charCodeAt(i) === 13) return indents.length;
  while (indents.length > 0 && indents[indents.length - 1]! >= i - start) indents.pop();
  indents.push(i - start);
  // "- - - x": each dash opens one more level on the same line.
  while (text.charCodeAt(i) === 45 && text.charCodeAt(i + 1) === 32) {
    i += 2;
    while (i < end && text.charCodeAt(i) === 32) i++;
    indents.push(i - start);
  }
  return indents.length;
}

/** Flow depth after this line, skipping quoted strings and comments. */
function flowDepthAfter(text: string, start: number, end: number, depth: number): number {
  let previous = 32;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A quote opens a string only where a scalar starts (after space, `:`, `,`, `[`, `{`, `-`).
    if ((c === 34 || c === 39) && isScalarStart(previous)) {
      const close = closingQuote(text, i, end, c);
      if (close < 0) return depth;
      i = close;
      previous = c;
      continue;
    }
    if (c === 35 && (previous === 32 || previous === 9)) return depth;
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    previous = c;
  }
  return depth;
}

function isScalarStart(previous: number): boolean {
  return (
    previous === 32 ||
    previous === 9 ||
    previous === 58 ||
    previous === 44 ||
    previous === 91 ||
    previous === 123 ||
    previous === 45
  );
}

function closingQuote(text: string, open: number, end: number, quote: number): number {
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}
