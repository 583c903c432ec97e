import { describe, expect, it } from 'vitest';
import { convertCompose } from '../../../compose/index.ts';
import { conversionReport } from './conversion-report.ts';
import { DEFAULT_COMPOSE } from './default-compose.ts';
import { uiStrings } from '../../i18n/translate.ts';

const en = uiStrings('en', 'compose');
const es = uiStrings('es', 'compose');

describe('conversionReport', () => {
  it('counts the objects and lists the warnings with their place, in Spanish', () => {
    const report = conversionReport(convertCompose(DEFAULT_COMPOSE), es, 'es');
    expect(report.ok).toBe(true);
    expect(report.status).toBe('Convertido: 3 objetos.');
    expect(report.items.map((i) => [i.severity, i.location, i.path])).toEqual([
      ['warning', 'compose.yaml:3:12', 'services.web.build'],
      ['warning', 'compose.yaml:6:3', 'services.redis'],
    ]);
    expect(report.items[1]?.message).toContain('DNS');
  });

  it('points at the first error line when the YAML is broken, in English', () => {
    const report = conversionReport(convertCompose('services:\n  web:\n    image: [nginx\n'), en, 'en');
    expect(report.ok).toBe(false);
    expect(report.yaml).toBe('');
    const first = report.items[0]?.line;
    expect(report.status).toBe(
      report.items.length === 1
        ? `Cannot convert: 1 error, on line ${first}.`
        : `Cannot convert: ${report.items.length} errors. The first is on line ${first}.`,
    );
    expect(report.items.every((i) => i.severity === 'error')).toBe(true);
  });

  it('says how many errors there are, in Spanish', () => {
    const report = conversionReport(convertCompose('services:\n  a:\n    ports: ["x"]\n'), es, 'es');
    expect(report.status).toBe('No se puede convertir: 2 errores. El primero está en la línea 2.');
  });

  it('has every Spanish key translated to English and differently worded', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    expect(en.convert).not.toBe(es.convert);
  });
});
