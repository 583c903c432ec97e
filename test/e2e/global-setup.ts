/**
 * Serves dist/ on a free port of 127.0.0.1 for the whole browser-test run and shares the URL
 * through the SITE_URL environment variable.
 */
import { existsSync } from 'node:fs';
import { serveSite } from '../../scripts/serve-site.mjs';

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const { url, close } = await serveSite({ dir: 'dist', port: 0 });
  process.env.SITE_URL = url;
  return close;
}
