/**
 * `kubectl create secret generic|docker-registry NAME …`: the Secret kubectl's generators build
 * (k8s.io/kubectl pkg/cmd/create: create_secret.go, create_secret_docker.go) from `--from-file` (the
 * console's files), `--from-literal` and the docker flags, with kubectl's messages. `tls` needs a
 * certificate and key kubectl checks as a pair (crypto/tls X509KeyPair); the console says it does not run it.
 */
import type { KubectlResult } from '../api-types.ts';
import type { Json } from '../kube-api/object-meta.ts';
import { fail, unknownFlag, type KubectlContext } from './command-context.ts';
import { say } from './console-messages.ts';
import { send, unknownSubcommand } from './create-command.ts';
import { dataFromSources } from './data-sources.ts';

/** Where `docker login` logs in when no server is given. */
const DOCKER_HUB = 'https://index.docker.io/v1/';

/** UTF-8 text as base64, as Go's JSON encodes a []byte. */
export const base64 = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
};

/** The object kubectl sends: keys sorted as Go marshals a map, values base64. */
function secret(name: string, data: Record<string, string>, type: string | undefined): Json {
  const object: Json = { apiVersion: 'v1', kind: 'Secret', metadata: { name } };
  const keys = Object.keys(data).sort();
  if (keys.length) object.data = Object.fromEntries(keys.map((k) => [k, base64(data[k]!)]));
  if (type) object.type = type;
  return object;
}

/** `kubectl create secret (generic | docker-registry) NAME …`. */
export function runCreateSecret(ctx: KubectlContext): KubectlResult {
  const [, kind = '', name = ''] = ctx.words;
  if (kind === 'tls')
    return fail(
      say(ctx.lang, 'notHere', {
        command: 'create secret tls',
        commands: 'create secret generic|docker-registry',
      }),
    );
  if (kind !== 'generic' && kind !== 'docker-registry')
    return unknownSubcommand('secret', ctx.words.slice(1));
  if (!name)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create secret ${kind} -h' for help and examples`,
    );
  const flags = ctx.args.flags;
  if (kind === 'generic') {
    const data = dataFromSources(ctx, 'Secret', name);
    if ('error' in data) return fail(data.error);
    return send(ctx, secret(name, data, flags.get('type')), true, 'secret'); // create_secret.go words it without a colon;
  }
  // create_secret_docker.go has no --from-literal: cobra refuses it before anything else is read.
  if (ctx.args.lists.has('from-literal'))
    return unknownFlag('create secret docker-registry', '--from-literal');
  const user = flags.get('docker-username') ?? '';
  const password = flags.get('docker-password') ?? '';
  if (!ctx.args.lists.has('from-file') && (!user || !password))
    return fail(
      'error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required',
    );
  const data = dataFromSources(ctx, 'Secret', name);
  if ('error' in data) return fail(data.error);
  if (user && password) {
    // create_secret_docker.go: DockerConfigJSON{Auths: {server: {username, password, email,omitempty, auth}}}.
    const email = flags.get('docker-email');
    const entry = {
      username: user,
      password,
      ...(email ? { email } : {}),
      auth: base64(`${user}:${password}`),
    };
    data['.dockerconfigjson'] = JSON.stringify({
      auths: { [flags.get('docker-server') ?? DOCKER_HUB]: entry },
    });
  }
  return send(ctx, secret(name, data, 'kubernetes.io/dockerconfigjson'), true, 'secret');
}
