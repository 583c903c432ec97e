/** Reads test/kubectl-diff/commands.txt: `SCENARIO | COMMAND` rows, grouped by scenario in file order. */
import { readFileSync } from 'node:fs';

/** One row of the table. */
export interface CommandRow {
  line: number;
  scenario: string;
  command: string;
}

/** The rows of the table file. */
export function readCommandTable(path: string): CommandRow[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter(({ text }) => text && !text.startsWith('#'))
    .map(({ text, line }) => {
      const bar = text.indexOf('|');
      if (bar < 0) throw new Error(`commands.txt:${line}: expected "SCENARIO | COMMAND"`);
      return { line, scenario: text.slice(0, bar).trim(), command: text.slice(bar + 1).trim() };
    });
}

/** The rows grouped by scenario, each group in file order. */
export function groupByScenario(rows: CommandRow[]): Map<string, CommandRow[]> {
  const out = new Map<string, CommandRow[]>();
  for (const row of rows) (out.get(row.scenario) ?? out.set(row.scenario, []).get(row.scenario)!).push(row);
  return out;
}
