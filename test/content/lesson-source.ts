/**
 * Reads a lesson's MDX source the way the content tests need it: front matter, `##` headings,
 * Quiz tags with their attributes, SVG diagrams, Callouts, islands (embedded or still a marker) and internal links.
 * Fenced code blocks are set aside first, so a heading or a link shown inside a code sample does
 * not count as part of the lesson's structure.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** One `<Quiz …>` tag as written in the lesson. */
export interface QuizTag {
  /** The `id` attribute, or undefined when missing. */
  id: string | undefined;
  /** `choice` (default) or `truefalse`. */
  type: string;
  question: string | undefined;
  /** The `options={[…]}` array (JSON), or undefined when absent or unparsable. */
  options: unknown;
  /** The `answer={…}` value: an index for choice quizzes, a boolean for true/false. */
  answer: unknown;
}

/** The lesson components that are interactive islands (registered in src/components/LessonPage.astro). */
export const ISLAND_COMPONENTS = ['ClusterSimulator', 'FunctionLab', 'CostCalculator', 'ComposeConverter', 'OpenFaaSLoad', 'ServerlessArchitecture'] as const;

/** One island in a lesson: an embedded component, or a `{/* ISLAND: … *\/}` marker still waiting for it. */
export interface IslandUse {
  /** The component's name, e.g. `ClusterSimulator`. */
  component: string;
  /** The tag's attributes as written (`scenario` → `nodeport`, `requests` → `{3000000}`); for a marker, the `key="value"` pairs it names. */
  attributes: Record<string, string>;
  /** True for a marker comment, false for a real component tag. */
  marker: boolean;
}

/** One `<svg …>…</svg>` diagram. */
export interface SvgDiagram {
  /** The opening tag's attributes as written. */
  openingTag: string;
  /** The whole element text. */
  text: string;
}

/** Everything the content tests look at in one lesson file. */
export interface LessonSource {
  frontMatter: Record<string, unknown>;
  /** Text of each `## ` heading, in order. */
  headings: string[];
  quizzes: QuizTag[];
  svgs: SvgDiagram[];
  /** The `kind` attribute of each Callout, in order. */
  callouts: string[];
  /** Every island, embedded or marker, in the order the lesson shows them. */
  islands: IslandUse[];
  /** Every `/curso/…` or `/en/course/…` link target found in the prose. */
  internalLinks: string[];
}

/** Reads and parses one lesson file. */
export function readLessonSource(path: string): LessonSource {
  return parseLessonSource(readFileSync(path, 'utf8'));
}

/** Parses lesson MDX text. Throws when the front matter block is missing. */
export function parseLessonSource(text: string): LessonSource {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('The lesson has no front matter block');
  const frontMatter = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
  const body = withoutCodeFences(text.slice(match[0].length));
  return {
    frontMatter,
    headings: [...body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim()),
    quizzes: findTags(body, 'Quiz').map(toQuiz),
    svgs: [...body.matchAll(/<svg\b([^>]*)>[\s\S]*?<\/svg>/g)].map((m) => ({ openingTag: m[1] ?? '', text: m[0] })),
    callouts: findTags(body, 'Callout').map((attrs) => attrs.get('kind') ?? ''),
    islands: findIslands(body),
    internalLinks: [...body.matchAll(/\((\/(?:curso|en\/course)\/[^)\s#]*)/g)].map((m) => m[1] ?? ''),
  };
}

/** Island tags and island markers, sorted by where they appear. */
function findIslands(body: string): IslandUse[] {
  const found: Array<{ at: number; use: IslandUse }> = [];
  for (const component of ISLAND_COMPONENTS) {
    for (const m of body.matchAll(new RegExp(`<${component}\\b`, 'g'))) {
      const attributes = Object.fromEntries(readAttributes(body, (m.index ?? 0) + m[0].length));
      found.push({ at: m.index ?? 0, use: { component, attributes, marker: false } });
    }
  }
  for (const m of body.matchAll(/\{\/\*\s*ISLAND:\s*(\S+)([^\n]*?)\*\/\}/g)) {
    // A marker reads `ISLAND: Name key="value" … — what the student does`; only the pairs before the dash count.
    const head = (m[2] ?? '').split('—')[0] ?? '';
    const attributes = Object.fromEntries([...head.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1] ?? '', a[2] ?? '']));
    found.push({ at: m.index ?? 0, use: { component: m[1] ?? '', attributes, marker: true } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.use);
}

/** Replaces the lines of fenced code blocks with empty lines (line numbers stay the same). */
function withoutCodeFences(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

/** Finds every opening `<Name …>` tag and returns its raw attribute values (strings or `{…}` source). */
function findTags(body: string, name: string): Array<Map<string, string>> {
  const tags: Array<Map<string, string>> = [];
  const opening = new RegExp(`<${name}\\b`, 'g');
  for (const m of body.matchAll(opening)) {
    tags.push(readAttributes(body, (m.index ?? 0) + m[0].length));
  }
  return tags;
}

/** Reads `name="…"` and `name={…}` attributes from `start` up to the tag's closing `>` or `/>`. */
function readAttributes(body: string, start: number): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = start;
  while (i < body.length) {
    while (/\s/.test(body[i] ?? '')) i++;
    const ch = body[i];
    if (ch === undefined || ch === '>' || (ch === '/' && body[i + 1] === '>')) break;
    const nameMatch = /^[A-Za-z_:][\w:.-]*/.exec(body.slice(i));
    if (!nameMatch) break;
    const attrName = nameMatch[0];
    i += attrName.length;
    if (body[i] !== '=') {
      attrs.set(attrName, 'true');
      continue;
    }
    i++;
    if (body[i] === '"') {
      const end = body.indexOf('"', i + 1);
      attrs.set(attrName, body.slice(i + 1, end));
      i = end + 1;
    } else if (body[i] === '{') {
      const end = matchingBrace(body, i);
      attrs.set(attrName, `{${body.slice(i + 1, end)}}`);
      i = end + 1;
    } else {
      break;
    }
  }
  return attrs;
}

/** Index of the `}` closing the `{` at `open`, skipping braces inside string literals. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return text.length;
}

/** Turns raw attributes into a QuizTag, evaluating only JSON-shaped `{…}` values. */
function toQuiz(attrs: Map<string, string>): QuizTag {
  return {
    id: attrs.get('id'),
    type: attrs.get('type') ?? 'choice',
    question: attrs.get('question'),
    options: jsonExpression(attrs.get('options')),
    answer: jsonExpression(attrs.get('answer')),
  };
}

/** `{[…]}` or `{1}` → the JSON value inside; undefined when absent or not plain JSON. */
function jsonExpression(raw: string | undefined): unknown {
  if (raw === undefined || !raw.startsWith('{')) return undefined;
  try {
    return JSON.parse(raw.slice(1, -1)) as unknown;
  } catch {
    return undefined;
  }
}
