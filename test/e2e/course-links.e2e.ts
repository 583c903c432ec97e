/**
 * Every internal link in the built site resolves: each `href` and `src` in dist/**.html that points into
 * the site (root-relative or relative, without a scheme) names a built page or file, and each `#fragment`
 * on a page names an element id there. Reads dist/ directly (no browser), after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(process.env.SITE_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at (`curso/services/index.html` → `/curso/services/`). */
function pagePath(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file that serves a URL path, or null. */
function fileFor(path: string): string | null {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [join(DIST, decoded, 'index.html')]
    : [join(DIST, decoded), join(DIST, decoded, 'index.html'), join(DIST, `${decoded}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** The ids (and legacy `name`s) an HTML page defines. */
function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** Link targets in markup, leaving out code samples and inline data (where `href="…"` is only text). */
function linksIn(html: string): string[] {
  const markup = html.replace(/<(pre|code|script|style|template)\b[\s\S]*?<\/\1>/g, '');
  return [...markup.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

describe('internal links in dist/', () => {
  const files = existsSync(DIST) ? htmlFiles(DIST) : [];

  it('has the built course (both languages, every lesson)', () => {
    const pages = files.map(pagePath);
    expect(pages).toContain('/curso/');
    expect(pages).toContain('/en/course/');
    expect(pages.filter((p) => /^\/curso\/[^/]+\/$/.test(p)).length).toBe(10);
    expect(pages.filter((p) => /^\/en\/course\/[^/]+\/$/.test(p)).length).toBe(10);
  });

  it('points every internal href and src at a built page or file, and every fragment at an id', () => {
    const broken: string[] = [];
    const idsCache = new Map<string, Set<string>>();
    const ids = (file: string): Set<string> => {
      let found = idsCache.get(file);
      if (!found) idsCache.set(file, (found = idsIn(readFileSync(file, 'utf8'))));
      return found;
    };
    let checked = 0;
    for (const file of files) {
      const from = pagePath(file);
      for (const link of linksIn(readFileSync(file, 'utf8'))) {
        if (link === '' || /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
        const [pathPart = '', fragment] = link.split('#');
        const path = pathPart.split('?')[0] ?? '';
        const target =
          path === ''
            ? file
            : fileFor(
                path.startsWith('/')
                  ? path
                  : posix.join(from.endsWith('/') ? from : posix.dirname(from), path),
              );
        checked++;
        if (!target) broken.push(`${from} → ${link}`);
        else if (fragment && target.endsWith('.html') && !ids(target).has(decodeURIComponent(fragment)))
          broken.push(`${from} → ${link} (no id "${fragment}")`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });
});
