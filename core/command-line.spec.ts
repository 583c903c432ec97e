import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commandLanguage, usageProblem } from './index.ts';

const OPTIONS = { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } } as const;
const problemOf = (args: string[], allowPositionals = false) => {
  try {
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals });
  } catch (error) {
    return usageProblem(error);
  }
  return null;
};

describe('usageProblem', () => {
  it('names the option or argument parseArgs refused, in both languages', () => {
    expect(problemOf(['--outt', 'x'])).toEqual({
      es: 'Opción desconocida: --outt.',
      en: 'Unknown option: --outt.',
    });
    expect(problemOf(['--out'])).toEqual({
      es: 'Falta el valor de -o, --out.',
      en: '-o, --out needs a value.',
    });
    expect(problemOf(['--json=yes'])).toEqual({ es: '--json no lleva valor.', en: '--json takes no value.' });
    expect(problemOf(['extra'])).toEqual({
      es: 'Sobra el argumento: extra.',
      en: 'Unexpected argument: extra.',
    });
    expect(problemOf(['--out', 'x', 'extra'], true)).toBeNull();
  });

  it('rethrows what is not a usage error', () => {
    const bug = new Error('a bug');
    expect(() => usageProblem(bug)).toThrow(bug);
  });
});

describe('commandLanguage', () => {
  it('takes --lang first (before parsing, so a usage error speaks it), then FAASLAB_LANG, then LANG', () => {
    expect(commandLanguage(['--bogus', '--lang', 'en'], { LANG: 'es_ES.UTF-8' })).toBe('en');
    expect(commandLanguage(['--lang=es'], { LANG: 'en_US.UTF-8' })).toBe('es');
    expect(commandLanguage([], { FAASLAB_LANG: 'en', LANG: 'es_ES' })).toBe('en');
    expect(commandLanguage([], { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(commandLanguage(['--', '--lang', 'en'], {})).toBe('es');
  });
});
