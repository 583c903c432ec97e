/**
 * An image reference as containerd resolves it: `nginx` is `docker.io/library/nginx:latest`.
 * Normalisation follows github.com/distribution/reference normalize.go (ParseNormalizedNamed): the first
 * path component is a registry only when it holds a `.` or a `:` or is `localhost`; Docker Hub names of one
 * component live under `library/`; no tag and no digest means `latest`.
 */
export interface ImageReference {
  /** What the student wrote. */
  original: string;
  /** Registry and path, e.g. `docker.io/library/nginx`. */
  repository: string;
  /** The tag (default `latest`), or null for a digest reference. */
  tag: string | null;
  digest: string | null;
  /** Fully qualified reference, as containerd prints it in pull errors. */
  canonical: string;
}

// Lower-case path components separated by . _ __ or -; optional tag; optional digest (reference/regexp.go).
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,}$/;

/** Parses and normalises an image reference; a string naming why it is invalid when it is. */
export function parseImageReference(image: string): ImageReference | { invalid: string } {
  if (image.trim() === '' || image !== image.trim()) return { invalid: 'invalid reference format' };
  let rest = image;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { invalid: 'invalid reference format' };
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return { invalid: 'invalid reference format' };
  }
  const slash = rest.indexOf('/');
  const first = slash < 0 ? '' : rest.slice(0, slash);
  let domain = 'docker.io';
  let path = rest;
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    domain = first;
    path = rest.slice(slash + 1);
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const components = path.split('/');
  if (components.some((c) => !COMPONENT.test(c))) {
    return path.toLowerCase() !== path && components.every((c) => COMPONENT.test(c.toLowerCase()))
      ? { invalid: `invalid reference format: repository name (${path}) must be lowercase` }
      : { invalid: 'invalid reference format' };
  }
  if (tag === null && digest === null) tag = 'latest';
  const repository = `${domain}/${path}`;
  const canonical = `${repository}${tag !== null ? `:${tag}` : ''}${digest !== null ? `@${digest}` : ''}`;
  return { original: image, repository, tag, digest, canonical };
}
