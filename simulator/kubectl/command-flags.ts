/**
 * Each console command's flags as kubectl v1.32 defines them, and which of them the console implements.
 * cobra gives every command its own pflag set (its options plus kubectl's global options), so a flag another
 * command has is refused (`Error: unknown flag: --replicas`); a flag kubectl has but the console does not
 * run is refused with the console's own note instead of being dropped (console-messages.ts, notImplemented).
 * The names come from `kubectl CMD --help` (Options) and `kubectl options` of kubectl v1.32.
 */

/** How pflag reads a flag: a boolean, a flag that takes a value, or one whose value is optional (NoOptDefVal). */
export type FlagKind = 'bool' | 'value' | 'optional';

/** One command's flags: their kinds by name, and their shorthands by letter. */
export interface FlagSet {
  kinds: ReadonlyMap<string, FlagKind>;
  shorthands: Readonly<Record<string, string>>;
}

/**
 * kubectl's own flags of each command path: `L:name` gives the shorthand L, `name!` is a boolean, `name?`
 * a flag whose value is optional (`--dry-run`, `--validate`); a bare name takes a value.
 */
const KUBECTL_FLAGS: Record<string, string> = {
  get: 'A:all-namespaces! allow-missing-template-keys! chunk-size field-selector f:filename ignore-not-found! k:kustomize L:label-columns no-headers! o:output output-watch-events! raw R:recursive! l:selector server-print! show-kind! show-labels! show-managed-fields! sort-by subresource template w:watch! watch-only!',
  describe: 'A:all-namespaces! chunk-size f:filename k:kustomize R:recursive! l:selector show-events!',
  apply:
    'all! allow-missing-template-keys! cascade dry-run? field-manager f:filename force! force-conflicts! grace-period k:kustomize openapi-patch! o:output overwrite! prune! prune-allowlist R:recursive! l:selector server-side! show-managed-fields! subresource template timeout validate? wait!',
  create:
    'allow-missing-template-keys! dry-run? edit! field-manager f:filename k:kustomize o:output raw R:recursive! save-config! l:selector show-managed-fields! template validate? windows-line-endings!',
  'create deployment':
    'allow-missing-template-keys! dry-run? field-manager image o:output port r:replicas save-config! show-managed-fields! template validate?',
  'create service clusterip':
    'allow-missing-template-keys! clusterip dry-run? field-manager o:output save-config! show-managed-fields! tcp template validate?',
  'create service nodeport':
    'allow-missing-template-keys! dry-run? field-manager node-port o:output save-config! show-managed-fields! tcp template validate?',
  'create service loadbalancer':
    'allow-missing-template-keys! dry-run? field-manager o:output save-config! show-managed-fields! tcp template validate?',
  'create namespace':
    'allow-missing-template-keys! dry-run? field-manager o:output save-config! show-managed-fields! template validate?',
  'create configmap':
    'allow-missing-template-keys! append-hash! dry-run? field-manager from-env-file from-file from-literal o:output save-config! show-managed-fields! template validate?',
  'create secret generic':
    'allow-missing-template-keys! append-hash! dry-run? field-manager from-env-file from-file from-literal o:output save-config! show-managed-fields! template type validate?',
  'create secret docker-registry':
    'allow-missing-template-keys! append-hash! docker-email docker-password docker-server docker-username dry-run? field-manager from-file o:output save-config! show-managed-fields! template validate?',
  'create secret tls':
    'allow-missing-template-keys! append-hash! cert dry-run? field-manager key o:output save-config! show-managed-fields! template validate?',
  run: 'allow-missing-template-keys! annotations attach! cascade command! dry-run? env expose! field-manager f:filename force! grace-period image image-pull-policy k:kustomize l:labels leave-stdin-open! o:output override-type overrides pod-running-timeout port privileged! q:quiet! R:recursive! restart rm! save-config! show-managed-fields! i:stdin! template timeout t:tty! wait!',
  delete:
    'all! A:all-namespaces! cascade dry-run? field-selector f:filename force! grace-period ignore-not-found! i:interactive! k:kustomize now! o:output raw R:recursive! l:selector timeout wait!',
  scale:
    'all! allow-missing-template-keys! current-replicas dry-run? f:filename k:kustomize o:output R:recursive! replicas resource-version l:selector show-managed-fields! template timeout',
  'rollout status': 'f:filename k:kustomize R:recursive! revision l:selector timeout w:watch!',
  'rollout history':
    'allow-missing-template-keys! f:filename k:kustomize o:output R:recursive! revision l:selector show-managed-fields! template',
  'rollout restart':
    'allow-missing-template-keys! field-manager f:filename k:kustomize o:output R:recursive! l:selector show-managed-fields! template',
  'rollout undo':
    'allow-missing-template-keys! dry-run? f:filename k:kustomize o:output R:recursive! l:selector show-managed-fields! template to-revision',
  cordon: 'dry-run? l:selector',
  uncordon: 'dry-run? l:selector',
  drain:
    'chunk-size delete-emptydir-data! disable-eviction! dry-run? force! grace-period ignore-daemonsets! pod-selector l:selector skip-wait-for-delete-timeout timeout',
  label:
    'all! A:all-namespaces! allow-missing-template-keys! dry-run? field-manager field-selector f:filename k:kustomize list! local! o:output overwrite! R:recursive! resource-version l:selector show-managed-fields! template',
  expose:
    'allow-missing-template-keys! cluster-ip dry-run? external-ip field-manager f:filename k:kustomize l:labels load-balancer-ip name o:output override-type overrides port protocol R:recursive! save-config! selector session-affinity show-managed-fields! target-port template type',
  'set image':
    'all! allow-missing-template-keys! dry-run? field-manager f:filename k:kustomize local! o:output R:recursive! l:selector show-managed-fields! template',
  logs: 'all-containers! all-pods! c:container f:follow! ignore-errors! insecure-skip-tls-verify-backend! limit-bytes max-log-requests pod-running-timeout prefix! p:previous! l:selector since since-time tail timestamps!',
  'top pod':
    'A:all-namespaces! containers! field-selector no-headers! l:selector sort-by sum! use-protocol-buffers!',
  'top node': 'no-headers! l:selector show-capacity! sort-by use-protocol-buffers!',
  'api-resources': 'api-group cached! categories namespaced! no-headers! o:output sort-by verbs',
  version: 'client! o:output',
  explain: 'api-version o:output recursive!',
  exec: 'c:container f:filename pod-running-timeout q:quiet! i:stdin! t:tty!',
};

/** kubectl's global options, on every command (`kubectl options`); `-h, --help` cobra adds to each. */
const GLOBAL_FLAGS =
  'as as-group as-uid cache-dir certificate-authority client-certificate client-key cluster context disable-compression! insecure-skip-tls-verify! kubeconfig log-flush-frequency match-server-version! n:namespace password profile profile-output request-timeout s:server tls-server-name token user username v:v vmodule warnings-as-errors! h:help!';

/**
 * The flags the console runs, per command path (the global ones it runs: `-n`, `--namespace`, `-h`, `--help`).
 * `delete --wait` is run as kubectl's default reads: the console answers once the server has deleted.
 */
const IMPLEMENTED: Record<string, string> = {
  get: 'all-namespaces field-selector no-headers output recursive selector show-labels watch',
  describe: 'all-namespaces recursive selector',
  apply: 'filename output validate',
  create: 'filename output validate',
  'create deployment': 'dry-run image output port replicas',
  'create service clusterip': 'clusterip dry-run output tcp',
  'create service nodeport': 'dry-run node-port output tcp',
  'create service loadbalancer': 'dry-run output tcp',
  'create namespace': 'dry-run output',
  'create configmap': 'dry-run from-file from-literal output',
  'create secret generic': 'dry-run from-file from-literal output type',
  'create secret docker-registry':
    'docker-email docker-password docker-server docker-username dry-run from-file output',
  'create secret tls': 'cert key',
  run: 'dry-run image output port',
  delete: 'filename force grace-period now selector wait',
  scale: 'replicas',
  'rollout status': '',
  'rollout history': '',
  'rollout undo': 'to-revision',
  'rollout restart': '',
  cordon: '',
  uncordon: '',
  drain: 'delete-emptydir-data force ignore-daemonsets',
  label: 'overwrite',
  expose: 'name port protocol target-port type',
  'set image': '',
  logs: 'container follow previous tail',
  'top pod': '',
  'top node': '',
  'api-resources': '',
  version: 'client',
  explain: 'recursive',
  // The console runs the command once and prints its output: -i and -t change nothing it shows.
  exec: 'container quiet stdin tty',
};

const GLOBAL_IMPLEMENTED = ['namespace', 'help'];

/** Reads a `L:name! name? name` list into kinds and shorthands, added to `into`. */
function readFlags(
  list: string,
  into: { kinds: Map<string, FlagKind>; shorthands: Record<string, string> },
): void {
  for (const entry of list.split(' ').filter(Boolean)) {
    const [letter, spelled] = entry.includes(':') ? entry.split(':') : [undefined, entry];
    const kind: FlagKind = spelled!.endsWith('!') ? 'bool' : spelled!.endsWith('?') ? 'optional' : 'value';
    const name = kind === 'value' ? spelled! : spelled!.slice(0, -1);
    into.kinds.set(name, kind);
    if (letter) into.shorthands[letter] = name;
  }
}

/** The flag set of a command path (`get`, `create deployment`): its own flags and the global ones. */
export function flagSetOf(path: string): FlagSet {
  const set = { kinds: new Map<string, FlagKind>(), shorthands: {} as Record<string, string> };
  readFlags(GLOBAL_FLAGS, set);
  readFlags(KUBECTL_FLAGS[path] ?? '', set);
  return set;
}

/**
 * Every flag any console command has, for finding the command's words before its own set is known (cobra
 * finds the subcommand first, then parses its flags). `-f` is `--follow` for `logs`, `--filename` elsewhere.
 */
export function anyCommandFlags(logs: boolean): FlagSet {
  const set = { kinds: new Map<string, FlagKind>(), shorthands: {} as Record<string, string> };
  readFlags(GLOBAL_FLAGS, set);
  for (const [path, list] of Object.entries(KUBECTL_FLAGS)) if (path !== 'logs') readFlags(list, set);
  if (logs) readFlags(KUBECTL_FLAGS.logs!, set);
  return set;
}

/** Whether the console runs this flag of this command path. */
export function isImplemented(path: string, flag: string): boolean {
  return GLOBAL_IMPLEMENTED.includes(flag) || (IMPLEMENTED[path] ?? '').split(' ').includes(flag);
}

/** The flags the console runs for a command path, in kubectl's order, with their shorthands. */
export function implementedFlags(path: string): { name: string; letter?: string; kind: FlagKind }[] {
  const set = flagSetOf(path);
  const letters = Object.fromEntries(Object.entries(set.shorthands).map(([l, n]) => [n, l]));
  const own = (IMPLEMENTED[path] ?? '').split(' ').filter(Boolean);
  return [...own, ...GLOBAL_IMPLEMENTED].map((name) => ({
    name,
    ...(letters[name] ? { letter: letters[name] } : {}),
    kind: set.kinds.get(name) ?? 'value',
  }));
}

/** Every command path the console knows flags for. */
export const FLAG_PATHS: readonly string[] = Object.keys(KUBECTL_FLAGS);
