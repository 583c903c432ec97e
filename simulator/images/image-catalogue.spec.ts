import { describe, expect, it } from 'vitest';
import catalogueData from './image-catalogue.json' with { type: 'json' };
import { ImageCatalogue } from './image-catalogue.ts';
import { parseImageReference } from './image-reference.ts';
import { runsOn } from './platform-match.ts';

describe('image references (distribution/reference normalize.go)', () => {
  it.each([
    ['nginx', 'docker.io/library/nginx:latest'],
    ['nginx:1.27', 'docker.io/library/nginx:1.27'],
    ['traefik/whoami', 'docker.io/traefik/whoami:latest'],
    ['ghcr.io/openfaas/gateway:0.27.12', 'ghcr.io/openfaas/gateway:0.27.12'],
    ['localhost/app', 'localhost/app:latest'],
    ['registry.local:5000/ana/web:1.0', 'registry.local:5000/ana/web:1.0'],
  ])('%s → %s', (image, canonical) => {
    expect(parseImageReference(image)).toMatchObject({ canonical });
  });

  it('refuses upper case as containerd does', () => {
    expect(parseImageReference('Nginx')).toEqual({
      invalid: 'invalid reference format: repository name (library/Nginx) must be lowercase',
    });
  });
});

describe('platform matching (containerd platforms.Only)', () => {
  it('an arm64 node runs arm/v7 images; an amd64 node does not', () => {
    expect(runsOn(['linux/arm/v7'], 'linux', 'arm64')).toBe(true);
    expect(runsOn(['linux/arm/v7'], 'linux', 'amd64')).toBe(false);
    expect(runsOn(['linux/arm64/v8'], 'linux', 'arm64')).toBe(true);
    expect(runsOn(['linux/arm64'], 'linux', 'arm')).toBe(false);
  });
});

describe('ImageCatalogue', () => {
  const images = new ImageCatalogue();

  it('every entry names its source and at least one platform', () => {
    for (const entry of catalogueData.images) {
      expect(entry.source.length).toBeGreaterThan(10);
      expect(entry.platforms.length).toBeGreaterThan(0);
    }
  });

  it('knows the course images and official tags', () => {
    for (const image of [
      'nginx',
      'nginx:1.27',
      'nginx:1.28-alpine',
      'redis:alpine',
      'busybox:1.36',
      'node:22-alpine',
    ])
      expect(images.pullFailure(image, 'linux', 'amd64')).toBeNull();
  });

  it('an unknown tag is "not found" in containerd\'s words', () => {
    expect(images.pullFailure('nginx:doesnotexist-999', 'linux', 'amd64')).toEqual({
      kind: 'no-tag',
      message:
        'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist-999": failed to resolve reference "docker.io/library/nginx:doesnotexist-999": docker.io/library/nginx:doesnotexist-999: not found',
    });
  });

  it('a misspelt repository is "pull access denied" (Docker Hub treats it as private)', () => {
    const failure = images.pullFailure('ngnix', 'linux', 'amd64');
    expect(failure?.kind).toBe('no-repository');
    expect(failure?.message).toContain(
      'pull access denied, repository does not exist or may require authorization',
    );
  });

  it("the course's armv7 images run on a Raspberry Pi, not on an amd64 node", () => {
    expect(images.pullFailure('josanabr/demoflask-armv7l:1.0.1', 'linux', 'arm')).toBeNull();
    expect(images.pullFailure('arm32v7/redis', 'linux', 'arm64')).toBeNull();
    expect(images.pullFailure('josanabr/demoflask-armv7l:1.0.1', 'linux', 'amd64')?.message).toMatch(
      /no match for platform in manifest: not found$/,
    );
  });

  it('a private registry exists once the student adds an image to it', () => {
    const own = new ImageCatalogue();
    expect(own.pullFailure('registry.local:5000/ana/web:1.0', 'linux', 'amd64')?.kind).toBe('no-registry');
    expect(own.add({ image: 'registry.local:5000/ana/web:1.0' })).toBeNull();
    expect(own.pullFailure('registry.local:5000/ana/web:1.0', 'linux', 'amd64')).toBeNull();
    expect(own.pullFailure('registry.local:5000/ana/web:2.0', 'linux', 'amd64')?.kind).toBe('no-tag');
  });
});
