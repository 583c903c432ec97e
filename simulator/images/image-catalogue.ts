import catalogueData from './image-catalogue.json' with { type: 'json' };
import { parseImageReference, type ImageReference } from './image-reference.ts';
import { runsOn } from './platform-match.ts';

/** One repository a simulated registry holds (a row of image-catalogue.json). */
export interface ImageEntry {
  repository: string;
  tags: string[];
  tagPatterns?: string[];
  /** `os/arch[/variant]`; `*` = every platform (a student's own multi-arch build). */
  platforms: string[];
  source: string;
}

/** An image the student or a scenario adds (a private registry, a function image they pushed). */
export interface ExtraImage {
  /** A reference with its tag, e.g. `registry.local:5000/ana/web:1.0`; no tag means `latest`. */
  image: string;
  /** Platforms it was built for; default every platform. */
  platforms?: string[];
}

/** Why a pull fails; `message` is containerd's error text as kubelet prints it after `Failed to pull image "…": `. */
export type PullFailure =
  | { kind: 'invalid'; message: string }
  | { kind: 'no-repository' | 'no-tag' | 'no-platform' | 'no-registry'; message: string };

/** Registries the simulated nodes can reach; any other host does not resolve. */
const KNOWN_REGISTRIES = new Set([
  'docker.io',
  'ghcr.io',
  'quay.io',
  'registry.k8s.io',
  'gcr.io',
  'k8s.gcr.io',
]);

/**
 * The images that exist, as data: the built-in catalogue plus what scenarios and the student add. The
 * simulator does not pull images; it knows which ones exist, and fails a pull where a real node would.
 */
export class ImageCatalogue {
  private readonly entries = new Map<string, ImageEntry[]>();
  private readonly patterns = new Map<ImageEntry, RegExp[]>();
  private readonly registries = new Set(KNOWN_REGISTRIES);
  /** Answers by `image|os|arch`: thousands of replicas pull the same few images. */
  private readonly answers = new Map<string, PullFailure | null>();

  constructor(extra: readonly ExtraImage[] = []) {
    for (const entry of catalogueData.images as ImageEntry[]) this.addEntry(entry);
    for (const image of extra) this.add(image);
  }

  private addEntry(entry: ImageEntry): void {
    this.answers.clear();
    const list = this.entries.get(entry.repository) ?? [];
    list.push(entry);
    this.entries.set(entry.repository, list);
    this.patterns.set(
      entry,
      (entry.tagPatterns ?? []).map((p) => new RegExp(p)),
    );
  }

  /** Adds an image (its registry becomes reachable); returns why not when the reference is invalid. */
  add(image: ExtraImage): string | null {
    const ref = parseImageReference(image.image);
    if ('invalid' in ref) return ref.invalid;
    this.registries.add(ref.repository.split('/')[0]!);
    this.addEntry({
      repository: ref.repository,
      tags: ref.tag !== null ? [ref.tag] : [],
      platforms: image.platforms?.length ? image.platforms : ['*'],
      source: 'added by a scenario or the student',
    });
    return null;
  }

  /** Every repository row, for the lesson's table and tests. */
  list(): ImageEntry[] {
    return [...this.entries.values()].flat();
  }

  /** Null when a node of this os/arch can pull the image; else why not, in containerd's words. */
  pullFailure(image: string, os: string, arch: string): PullFailure | null {
    const key = `${image}|${os}|${arch}`;
    let answer = this.answers.get(key);
    if (answer === undefined) {
      const ref = parseImageReference(image);
      answer =
        'invalid' in ref
          ? { kind: 'invalid', message: `couldn't parse image name "${image}": ${ref.invalid}` }
          : this.check(ref, os, arch);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private check(ref: ImageReference, os: string, arch: string): PullFailure | null {
    const c = ref.canonical;
    const registry = ref.repository.split('/')[0]!;
    const unpack = `rpc error: code = NotFound desc = failed to pull and unpack image "${c}"`;
    if (!this.registries.has(registry))
      return {
        kind: 'no-registry',
        message: `rpc error: code = Unknown desc = failed to pull and unpack image "${c}": failed to resolve reference "${c}": failed to do request: Head "https://${registry}/v2/${ref.repository.slice(registry.length + 1)}/manifests/${ref.tag ?? ref.digest}": dial tcp: lookup ${registry.split(':')[0]}: no such host`,
      };
    const rows = this.entries.get(ref.repository);
    if (!rows)
      return {
        kind: 'no-repository',
        // Docker Hub answers an unknown repository like a private one (distribution's insufficient_scope).
        message: `rpc error: code = Unknown desc = failed to pull and unpack image "${c}": failed to resolve reference "${c}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
      };
    // A digest names one manifest; the catalogue does not list digests, so any digest of a known repository is taken.
    const tagged = rows.filter(
      (row) =>
        ref.tag === null ||
        row.tags.includes(ref.tag) ||
        (this.patterns.get(row) ?? []).some((p) => p.test(ref.tag!)),
    );
    if (tagged.length === 0)
      return { kind: 'no-tag', message: `${unpack}: failed to resolve reference "${c}": ${c}: not found` };
    if (!tagged.some((row) => row.platforms.includes('*') || runsOn(row.platforms, os, arch)))
      return { kind: 'no-platform', message: `${unpack}: no match for platform in manifest: not found` };
    return null;
  }
}
