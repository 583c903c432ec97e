import { LineCounter, parseDocument, isMap, isScalar, type Node } from 'yaml';
import type { FunctionSpec } from './function-spec.ts';
import { openfaasIssue, type OpenFaaSIssue } from './openfaas-messages.ts';
import { readScalingConfig } from './scaling-labels.ts';
import { readWatchdogConfig } from './watchdog-config.ts';
import type { Diagnostic } from '../../core/index.ts';

/** True when the text looks like a faas-cli stack file (a top-level `functions:` map) rather than manifests. */
export function isStackFile(text: string): boolean {
  return /^functions\s*:/m.test(text) && !/^kind\s*:/m.test(text);
}

function place(
  file: string,
  lines: LineCounter,
  node: Node | null | undefined,
  issue: OpenFaaSIssue,
): Diagnostic {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  const { path, ...rest } = issue;
  return { ...rest, place: { file, line, column: col, path } };
}

function strings(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

/**
 * Reads a faas-cli stack file (stack.yml): each entry of `functions` becomes a {@link FunctionSpec} with its
 * image, labels, annotations and environment. Errors are positioned diagnostics; nothing throws.
 */
export function readStackFile(
  text: string,
  file: string,
): { functions: FunctionSpec[]; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lines.linePos(first.pos[0]);
    return {
      functions: [],
      diagnostics: [
        {
          ...openfaasIssue('openfaas-stack-yaml', '', { detail: first.message.split('\n')[0] ?? '' }),
          place: { file, line, column: col, path: '' },
        },
      ],
    };
  }
  const functionsNode = isMap(doc.contents) ? doc.contents.get('functions', true) : null;
  if (!isMap(functionsNode))
    return {
      functions: [],
      diagnostics: [
        place(file, lines, doc.contents, openfaasIssue('openfaas-stack-no-functions', 'functions')),
      ],
    };
  const diagnostics: Diagnostic[] = [];
  const functions: FunctionSpec[] = [];
  for (const pair of functionsNode.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value;
    const entry = (isMap(node) ? node.toJSON() : {}) as Record<string, unknown>;
    if (typeof entry.image !== 'string') {
      diagnostics.push(
        place(
          file,
          lines,
          (pair.key as Node | null) ?? null,
          openfaasIssue('openfaas-stack-missing-field', `functions.${name}.image`, { name, field: 'image' }),
        ),
      );
      continue;
    }
    const fn = {
      name,
      image: entry.image,
      labels: strings(entry.labels),
      annotations: strings(entry.annotations),
      environment: strings(entry.environment),
    };
    const issues = [
      ...readScalingConfig(fn.labels, `functions.${name}.labels`).issues,
      ...readWatchdogConfig(fn.environment, `functions.${name}.environment`).issues,
    ];
    for (const issue of issues) {
      // Point at the offending key: the last quoted or dotted segment of the issue's path.
      const key = /\["([^"]+)"\]$/.exec(issue.path)?.[1] ?? issue.path.split('.').pop() ?? '';
      const section = issue.path.includes('.labels') ? 'labels' : 'environment';
      diagnostics.push(
        place(file, lines, doc.getIn(['functions', name, section, key], true) as Node | undefined, issue),
      );
    }
    functions.push(fn);
  }
  return { functions, diagnostics };
}
