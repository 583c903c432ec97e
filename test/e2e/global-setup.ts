/**
 * Serves the built site (dist/, or SITE_DIR when set) on a free port of 127.0.0.1 for the whole
 * browser-test run and shares the URL through the SITE_URL environment variable.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite } from '../../scripts/serve-site.mjs';

export default async function setup(): Promise<() => Promise<void>> {
  const dir = process.env.SITE_DIR ?? 'dist';
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`${dir}/ is missing: run \`npm run build\` before the browser tests`);
  // The /dev harness pages exist only in the e2e build (scripts/dev-pages-integration.mjs).
  if (!existsSync(join(dir, 'dev', 'lab', 'index.html')))
    throw new Error(
      `${dir}/dev/ is missing: the browser tests need the /dev pages — run \`npm run build:e2e\` (FAASLAB_DEV_PAGES=1 npm run build)`,
    );
  const { url, close } = await serveSite({ dir, port: 0 });
  process.env.SITE_URL = url;
  return close;
}
