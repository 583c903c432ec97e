/**
 * Go's text/tabwriter (flags 0), cell for cell: a column's width is set by the block of consecutive lines
 * that have a cell in that column, so a line without tabs starts new blocks. kubectl describe writes
 * through tabwriter.NewWriter(out, 0, 8, 2, ' ', 0) (k8s.io/kubectl/pkg/describe, tabbedString).
 */
export function goTabwriter(text: string, minWidth = 0, padding = 2): string {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const cells = lines.map((l) => l.split('\t'));
  const widths: number[] = [];
  let out = '';
  const width = (s: string): number => [...s].length;
  const writeLines = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const line = cells[i]!;
      for (let j = 0; j < line.length; j++) {
        const cell = line[j]!;
        if (j < line.length - 1 && j < widths.length)
          out += cell + ' '.repeat(Math.max(0, widths[j]! - width(cell)));
        else out += cell;
      }
      out += '\n';
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= cells[current]!.length - 1) continue;
      writeLines(line0, current);
      line0 = current;
      let w = minWidth;
      for (; current < line1; current++) {
        const line = cells[current]!;
        if (column >= line.length - 1) break;
        w = Math.max(w, width(line[column]!) + padding);
      }
      widths.push(w);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    writeLines(line0, line1);
  };
  format(0, cells.length);
  return out;
}
