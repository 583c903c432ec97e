/**
 * A fake `kubectl` for the deploy tests: a shell script put first on PATH that logs its arguments, keeps
 * what `apply -f -` received, and answers like kubectl for a reachable cluster, an unreachable one, or a
 * rollout that times out (FAKE_KUBECTL_MODE).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** How the fake cluster behaves. */
export type FakeClusterMode = 'reachable' | 'unreachable' | 'rollout-timeout';

const SCRIPT = `#!/bin/sh
echo "$*" >> "$FAKE_KUBECTL_LOG"
case "$*" in
  *"version --client"*) echo "Client Version: v1.33.0"; exit 0 ;;
  *"get --raw /readyz"*)
    if [ "$FAKE_KUBECTL_MODE" = unreachable ]; then
      echo "The connection to the server 127.0.0.1:6443 was refused - did you specify the right host or port?" >&2; exit 1
    fi
    echo ok; exit 0 ;;
  *"apply -f -"*) cat > "$FAKE_KUBECTL_APPLIED"; echo "deployment.apps/hello created"; exit 0 ;;
  *"rollout status"*)
    if [ "$FAKE_KUBECTL_MODE" = rollout-timeout ]; then
      echo "error: timed out waiting for the condition" >&2; exit 1
    fi
    echo 'deployment "hello" successfully rolled out'; exit 0 ;;
  *"get nodes -o json"*) echo '{"items":[{"status":{"addresses":[{"type":"InternalIP","address":"127.0.0.1"},{"type":"Hostname","address":"k3s"}]}}]}'; exit 0 ;;
esac
echo "fake kubectl: unexpected arguments: $*" >&2
exit 99
`;

/** A fake kubectl in a temp dir: the env to run with, what it logged and what it was asked to apply. */
export interface FakeKubectl {
  env: Record<string, string>;
  calls(): string[];
  applied(): string;
  dispose(): void;
}

/** Creates the fake; `mode` picks the cluster's behaviour. */
export function fakeKubectl(mode: FakeClusterMode): FakeKubectl {
  const dir = mkdtempSync(join(tmpdir(), 'faaslab-kubectl-'));
  writeFileSync(join(dir, 'kubectl'), SCRIPT);
  chmodSync(join(dir, 'kubectl'), 0o755);
  const log = join(dir, 'calls.log');
  const applied = join(dir, 'applied.yaml');
  writeFileSync(log, '');
  writeFileSync(applied, '');
  return {
    env: {
      PATH: `${dir}:/usr/bin:/bin`,
      FAKE_KUBECTL_MODE: mode,
      FAKE_KUBECTL_LOG: log,
      FAKE_KUBECTL_APPLIED: applied,
      LANG: 'en_US.UTF-8',
    },
    calls: () => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
    applied: () => readFileSync(applied, 'utf8'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An empty dir to use as PATH: no kubectl anywhere. */
export function emptyPath(): { env: Record<string, string>; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'faaslab-nopath-'));
  return {
    env: { PATH: dir, LANG: 'es_ES.UTF-8' },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
