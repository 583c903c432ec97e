/**
 * # Compose → Kubernetes converter
 *
 * `convertCompose(text)` turns a docker-compose.yml into Kubernetes manifests by kompose's rules
 * (kubernetes/kompose docs/conversion.md, commit c2dd961), so a lesson can show what `kompose convert`
 * gives and why. Command line: `faaslab compose convert FILE [--out DIR]`.
 *
 * What it does, per Compose service (objects named after the service, `_` and `.` → `-`, lower-case;
 * every object labelled, and Pods selected, by `io.kompose.service: <name>`):
 * - `image`, `command` → container `args`, `entrypoint` → container `command`, `working_dir` →
 *   `workingDir`, `environment` → `env`
 *   (sorted), `env_file` → ConfigMap + `envFrom`, `deploy.replicas` (or `scale`) → `replicas`,
 *   `deploy.resources` → limits/requests, `labels` → annotations.
 * - An apps/v1 Deployment with `restartPolicy: Always`, or a bare Pod when `restart` is `no`/`on-failure`.
 * - `ports`/`expose` → a Service: port = HOST, targetPort = CONTAINER, name "HOST" ("HOST-proto" when the
 *   same host port has two protocols). No ports → no Service, and a warning: nothing can reach the
 *   service by name (the flask + redis lesson: `Redis(host='redis')` fails DNS).
 * - `kompose.service.type` (clusterip, nodeport, loadbalancer, headless), `kompose.service.nodeport.port`,
 *   `kompose.service.external-traffic-policy`; `kompose.service.expose` (+ `.tls-secret`,
 *   `.ingress-class-name`) → networking.k8s.io/v1 Ingress with Prefix paths.
 * - `volumes` → PersistentVolumeClaims (100Mi ReadWriteOnce, or `kompose.volume.size`), and the
 *   Deployment strategy `Recreate`; `tmpfs` → emptyDir in memory.
 * - `build` without `image` → image = service name and a warning: the cluster needs a pullable image.
 * - `depends_on`, `links`, `networks`, `dns`, `logging`, … → ignored with a warning saying why;
 *   keys kompose converts and we do not (`healthcheck`, `secrets`, `configs`, `deploy.placement`, …)
 *   → a warning naming what kompose would make of them.
 *
 * ## DIFFERENCES from kompose
 * - No `kompose.cmd` / `kompose.version` annotations (they would change with every run and machine).
 * - Directive labels `kompose.service.*` are consumed, not copied to annotations; other labels are.
 * - `container_name` names the container only; objects keep the service name, because the Service's
 *   name is the DNS name other services use (kompose also renames the objects).
 * - No OpenShift output, no Helm chart, no `--build`/`--push-image`, no CronJob/DaemonSet/StatefulSet
 *   controllers, no `configs`/`secrets`, no `healthcheck` → probes, no `env_file` in the browser (no files).
 * - Variables `${VAR}` are not interpolated; `include:` and `extends:` are not followed.
 * - Any error stops the conversion (kompose sometimes warns and goes on); errors and warnings are
 *   positioned values with Spanish and English messages, never exceptions.
 * - `kompose.service.nodeport.port` applies to the first port only.
 * - An undeclared named volume is accepted with a warning (kompose accepts it; Compose refuses it).
 * - A headless Service without ports gets kompose's placeholder port 55555 named "headless".
 */
export { convertCompose, type ComposeConversion, type ConvertComposeOptions } from './convert-compose.ts';
export { COMPOSE_MESSAGES, type ComposeDiagnosticCode } from './compose-messages.ts';
export type { KubernetesManifest } from './kubernetes-manifest.ts';
