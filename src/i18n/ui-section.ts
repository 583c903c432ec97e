/**
 * One part of a flat UI dictionary: the entries under `prefix.`, keyed by what follows it. `uiStrings`
 * (translate.ts) reads the dictionaries with it; an island that was handed its part at build time (in its
 * data, so that no dictionary ships in its script) takes sub-parts with it.
 * @example uiSection({ 'tones.pod': 'Pod', run: 'Run' }, 'tones') // { pod: 'Pod' }
 */
export function uiSection(entries: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  const start = `${prefix}.`;
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([key]) => key.startsWith(start))
      .map(([key, value]) => [key.slice(start.length), value]),
  );
}
