/**
 * `--from-file` and `--from-literal`, the data sources of `kubectl create configmap|secret` (k8s.io/kubectl
 * pkg/cmd/create: create_configmap.go, create_secret.go), with kubectl's errors.
 */
import type { KubectlContext } from './command-context.ts';

const KEY_RULE =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** kubectl's words for a bad or repeated key: create_secret.go and create_configmap.go word them apart. */
const KEY_ERRORS = {
  Secret: {
    invalid: (key: string) => `error: "${key}" is not valid key name for a Secret ${KEY_RULE}`,
    repeated: (key: string) => `error: cannot add key ${key}, another key by that name already exists`,
  },
  ConfigMap: {
    invalid: (key: string) => `error: "${key}" is not a valid key name for a ConfigMap: ${KEY_RULE}`,
    repeated: (key: string, name: string) =>
      `error: cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${name}"`,
  },
};

/**
 * The data of `--from-file` then `--from-literal` sources, in kubectl's order and with its errors; files are
 * read from the console's file tree by the path written (`--from-file=[KEY=]PATH`). A key must match
 * `[-._a-zA-Z0-9]+` (apimachinery IsConfigMapKey).
 */
export function dataFromSources(
  ctx: KubectlContext,
  kind: 'Secret' | 'ConfigMap',
  name: string,
): Record<string, string> | { error: string } {
  const errors = KEY_ERRORS[kind];
  const data: Record<string, string> = {};
  const add = (key: string, value: string): string | null => {
    if (!/^[-._a-zA-Z0-9]+$/.test(key) || key === '.' || key === '..') return errors.invalid(key);
    if (key in data) return errors.repeated(key, name);
    data[key] = value;
    return null;
  };
  for (const source of ctx.args.lists.get('from-file') ?? []) {
    const eq = source.indexOf('=');
    const path = eq >= 0 ? source.slice(eq + 1) : source;
    if (eq === 0) return { error: `error: key name for file path ${path} missing` };
    const key = eq >= 0 ? source.slice(0, eq) : (path.split('/').pop() ?? path);
    const text = ctx.files[path];
    if (text === undefined) return { error: `error: error reading ${path}: no such file or directory` };
    const problem = add(key, text);
    if (problem) return { error: problem };
  }
  for (const literal of ctx.args.lists.get('from-literal') ?? []) {
    const eq = literal.indexOf('=');
    if (eq <= 0) return { error: `error: invalid literal source ${literal}, expected key=value` };
    const problem = add(literal.slice(0, eq), literal.slice(eq + 1));
    if (problem) return { error: problem };
  }
  return data;
}
