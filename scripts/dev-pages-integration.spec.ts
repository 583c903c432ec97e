import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { devPages, isDevPage } from './dev-pages-integration.mjs';

// Issue 19, finding 11: a production build ships no /dev harness pages; the e2e build keeps them.
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const page of ['dev/lab', 'en/dev/lab', 'curso/pods', 'en/course/pods']) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), '<p>page</p>');
  }
  return dir;
}

async function build(dir: string): Promise<void> {
  const hook = devPages().hooks['astro:build:done'] as (options: { dir: URL }) => Promise<void>;
  await hook({ dir: pathToFileURL(dir + '/') });
}

const saved = process.env.FAASLAB_DEV_PAGES;
afterEach(() => {
  if (saved === undefined) delete process.env.FAASLAB_DEV_PAGES;
  else process.env.FAASLAB_DEV_PAGES = saved;
});

describe('dev pages', () => {
  it('are removed from a production build, and only they', async () => {
    delete process.env.FAASLAB_DEV_PAGES;
    const dir = builtSite();
    await build(dir);
    expect(existsSync(join(dir, 'dev'))).toBe(false);
    expect(existsSync(join(dir, 'en', 'dev'))).toBe(false);
    expect(existsSync(join(dir, 'curso', 'pods', 'index.html'))).toBe(true);
    expect(existsSync(join(dir, 'en', 'course', 'pods', 'index.html'))).toBe(true);
  });

  it('stay in the e2e build (FAASLAB_DEV_PAGES=1)', async () => {
    process.env.FAASLAB_DEV_PAGES = '1';
    const dir = builtSite();
    await build(dir);
    expect(existsSync(join(dir, 'dev', 'lab', 'index.html'))).toBe(true);
  });

  it.each([
    ['dev/lab/', true],
    ['en/dev/simulator/nodeport/', true],
    ['/dev', true],
    ['curso/devops/', false],
    ['en/course/developer/', false],
  ])('knows %s is a dev page: %s', (path, dev) => {
    expect(isDevPage(path)).toBe(dev);
  });
});
