/**
 * The simulator island's data (its scenario and its words in one language) as a static file, built at
 * build time: the page carries only the file's address, so a lesson's HTML stays small (issue 20: the
 * services lesson inlined ~46 KB of scenarios) and the island fetches its data when it mounts, beside its
 * code. The name holds a hash of the content, so a changed scenario is a new file. Never bundled for
 * the browser (it hashes with node:crypto).
 */
import { createHash } from 'node:crypto';
import { uiStrings } from '../../i18n/translate.ts';
import { loadScenario, scenarioIds } from './load-scenario.ts';
import type { IslandData } from './mount-simulator.ts';

/** Where the files go, under the site's base: `simulator-data/ID.LANG.HASH.json`. */
const DIR = 'simulator-data';
const built = new Map<string, { file: string; json: string }>();

function build(id: string, lang: 'es' | 'en'): { file: string; json: string } {
  const key = `${id}.${lang}`;
  const known = built.get(key);
  if (known) return known;
  const data: IslandData = { scenario: loadScenario(id), lang, strings: uiStrings(lang, 'simulator') };
  const json = JSON.stringify(data);
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
  const entry = { file: `${key}.${hash}`, json };
  built.set(key, entry);
  return entry;
}

/** The island data file's path for scenario `id` in `lang`, relative to the site's base. */
export function islandDataPath(id: string, lang: 'es' | 'en'): string {
  return `${DIR}/${build(id, lang).file}.json`;
}

/** Every island data file: its name without `.json` (the route's param) and its text. */
export function islandDataFiles(): Array<{ file: string; json: string }> {
  return scenarioIds().flatMap((id) => (['es', 'en'] as const).map((lang) => build(id, lang)));
}
