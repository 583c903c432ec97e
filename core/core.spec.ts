import { describe, expect, it } from 'vitest';
import {
  diagnosticOnPage,
  fill,
  fillBilingual,
  formatDiagnostic,
  isObject,
  placeOf,
  type Diagnostic,
} from './index.ts';

const nodePort: Diagnostic = {
  code: 'node-port-range',
  severity: 'error',
  place: placeOf('flaskapp.yaml', 10, 17, 'spec.ports[0].nodePort'),
  message: { es: '99999 está fuera de 30000–32767.', en: '99999 is outside 30000–32767.' },
  fix: { es: 'Elige un puerto de ese rango.', en: 'Pick a port in that range.' },
};

describe('fill', () => {
  it('fills named placeholders, picks the language of a translated value, and keeps unknown ones', () => {
    expect(
      fill('{n} of {total} {unit} {missing}', { n: 1, total: '3', unit: { es: 'pods', en: 'Pods' } }, 'en'),
    ).toBe('1 of 3 Pods {missing}');
    expect(
      fillBilingual({ es: 'Hola {who}', en: 'Hi {who}' }, { who: { es: 'clase', en: 'class' } }),
    ).toEqual({
      es: 'Hola clase',
      en: 'Hi class',
    });
  });
});

describe('isObject', () => {
  it('is true only for mappings', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isObject)).toEqual([true, true, false, false, false, false]);
  });
});

describe('formatDiagnostic (terminal)', () => {
  it('prints the place, severity, code and field, then the fix under the message', () => {
    expect(formatDiagnostic(nodePort, 'en')).toBe(
      'flaskapp.yaml:10:17  error node-port-range  spec.ports[0].nodePort: 99999 is outside 30000–32767.\n' +
        '                     Pick a port in that range.',
    );
    expect(formatDiagnostic({ ...nodePort, severity: 'warning', fix: undefined }, 'es')).toBe(
      'flaskapp.yaml:10:17  aviso node-port-range  spec.ports[0].nodePort: 99999 está fuera de 30000–32767.',
    );
  });

  it('drops line and column for a whole-file diagnostic, and the place when there is no file', () => {
    const whole = { ...nodePort, place: placeOf('handler.js'), fix: undefined };
    expect(formatDiagnostic(whole, 'en')).toBe(
      'handler.js  error node-port-range  99999 is outside 30000–32767.',
    );
    const setting = { ...nodePort, place: placeOf('', 0, 0, 'settings.nodePort'), fix: undefined };
    expect(formatDiagnostic(setting, 'en')).toBe(
      'error node-port-range  settings.nodePort: 99999 is outside 30000–32767.',
    );
  });
});

describe('diagnosticOnPage', () => {
  it('gives the place and one sentence with the fix, without the code', () => {
    expect(diagnosticOnPage(nodePort, 'es')).toEqual({
      severity: 'error',
      code: 'node-port-range',
      where: 'flaskapp.yaml:10:17',
      text: 'spec.ports[0].nodePort: 99999 está fuera de 30000–32767. Elige un puerto de ese rango.',
      line: 'flaskapp.yaml:10:17 spec.ports[0].nodePort: 99999 está fuera de 30000–32767. Elige un puerto de ese rango.',
    });
  });
});
