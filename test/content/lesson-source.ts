/**
 * Reads a lesson's MDX source the way the content tests need it: front matter, `##` headings,
 * Quiz tags with their attributes, SVG diagrams, Callouts, island markers and internal links.
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
  /** The first word after `ISLAND:` in each island marker, in order. */
  islands: string[];
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
    islands: [...body.matchAll(/\{\/\*\s*ISLAND:\s*(\S+)/g)].map((m) => m[1] ?? ''),
    internalLinks: [...body.matchAll(/\((\/(?:curso|en\/course)\/[^)\s#]*)/g)].map((m) => m[1] ?? ''),
  };
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
