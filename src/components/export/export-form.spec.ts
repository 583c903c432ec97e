import { describe, expect, it } from 'vitest';
import { getLab } from '../../../labs/index.ts';
import { editsKey } from '../lab/saved-edits.ts';
import { formatOf, settingsFrom, studentFiles } from './export-form.ts';
import { uiStrings } from '../../i18n/translate.ts';

const lab = getLab('hello')!;
const blank = { format: 'k8s', namespace: '', nodePort: '', host: '', image: '' };
const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === editsKey('hello') ? value : null),
});

describe('the export form', () => {
  it('keeps the defaults for empty fields and trims what the student typed', () => {
    expect(settingsFrom(blank)).toEqual({});
    expect(
      settingsFrom({
        ...blank,
        namespace: ' ana ',
        nodePort: '31000',
        host: 'fn.example.com',
        image: 'ana/hello:1.0.0',
      }),
    ).toEqual({
      namespace: 'ana',
      nodePort: 31000,
      ingressHost: 'fn.example.com',
      image: 'ana/hello:1.0.0',
    });
  });
  it('passes a NodePort that is not a number on as NaN, so the exporter reports it', () => {
    expect(settingsFrom({ ...blank, nodePort: 'abc' }).nodePort).toBeNaN();
  });
  it('reads the format, k8s for anything else', () => {
    expect([
      formatOf({ ...blank, format: 'stack' }),
      formatOf({ ...blank, format: 'crd' }),
      formatOf({ ...blank, format: 'helm' }),
    ]).toEqual(['stack', 'crd', 'k8s']);
  });
});

describe('studentFiles', () => {
  it("exports the student's saved handler when the lab island saved one", () => {
    const files = { 'handler.js': 'module.exports = async () => "mine"', 'package.json': '{}' };
    const saved = JSON.stringify({ v: 1, current: { files, savedAt: 1 }, previous: null });
    expect(studentFiles(lab, storageWith(saved))).toEqual({ files, saved: true });
  });
  it('falls back to the starter when nothing is saved, the entry is unreadable or there is no storage', () => {
    for (const storage of [storageWith(null), storageWith('{not json'), null])
      expect(studentFiles(lab, storage)).toEqual({ files: lab.files, saved: false });
  });
});

describe('the dialog strings', () => {
  it('have the same keys in Spanish and English, all translated', () => {
    expect(Object.keys(uiStrings('en', 'export')).sort()).toEqual(
      Object.keys(uiStrings('es', 'export')).sort(),
    );
    const same = Object.keys(uiStrings('es', 'export')).filter(
      (k) => uiStrings('es', 'export')[k as 'open'] === uiStrings('en', 'export')[k as 'open'],
    );
    expect(same).toEqual(['namespace', 'nodePort']);
  });
});
