/**
 * `env_file:` → a ConfigMap the container reads with `envFrom`, as kompose does (fixture
 * script/test/fixtures/env/output-k8s.yaml): named after the file, `.` and `_` turned into `-`.
 */
import { kubernetesName } from './kubernetes-name.ts';
import { objectMeta, type KubernetesManifest } from './kubernetes-manifest.ts';

/** `KEY=VALUE` lines → data; blank lines and `#` comments are skipped, surrounding quotes removed. */
export function parseEnvFile(text: string): Record<string, string> {
  const data: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const eq = line.indexOf('=');
    if (line === '' || line.startsWith('#') || eq <= 0) continue;
    const value = line.slice(eq + 1).trim();
    data[line.slice(0, eq).trim()] = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  return data;
}

/** The ConfigMap's name for an env file path: `conf/app.env` → `app-env`. */
export function envFileConfigMapName(file: string): string {
  return kubernetesName(file.split(/[\\/]/).pop() ?? file);
}

/** The ConfigMap of `file` for service `serviceName`. */
export function buildEnvFileConfigMap(serviceName: string, file: string, text: string): KubernetesManifest {
  const name = envFileConfigMapName(file);
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: objectMeta(name, {}, `${serviceName}-${name}`),
    data: parseEnvFile(text),
  };
}
