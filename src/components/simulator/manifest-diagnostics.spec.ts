import { readFileSync } from 'node:fs';
import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../../simulator/index.ts';
import { documentIndexAt, documentRange, toLintDiagnostics } from './manifest-diagnostics.ts';
import { uiStrings } from '../../i18n/translate.ts';

const en = uiStrings('en', 'simulator');

const flaskapp = readFileSync(
  new URL('../../../simulator/scenarios/manifests/flaskapp.yaml', import.meta.url),
  'utf8',
);

describe('manifest diagnostics', () => {
  it('finds YAML documents by line', () => {
    const doc = Text.of(['a: 1', '---', 'b: 2', '---', 'c: 3']);
    expect(documentIndexAt(doc, 1)).toBe(0);
    expect(documentIndexAt(doc, 3)).toBe(1);
    expect(documentIndexAt(doc, 5)).toBe(2);
    const range = documentRange(doc, 1);
    expect(range && doc.sliceString(range.from, range.to)).toBe('b: 2');
  });

  it("puts an error on its line and offers a migration for flaskapp.yaml's removed Ingress", () => {
    const doc = Text.of(flaskapp.split('\n'));
    const result = validateManifests(flaskapp, 'flaskapp.yaml');
    const lint = toLintDiagnostics(
      doc,
      [...result.diagnostics, ...result.warnings],
      result.migrations,
      en,
      'en',
    );
    // Refused as a cluster past 1.22 refuses it, with the fix one click away.
    const refusal = lint.find((d) => d.source === 'removed-api-version');
    expect(refusal?.severity).toBe('error');
    expect(refusal?.message).toContain('no matches for kind "Ingress" in version "extensions/v1beta1"');
    expect(refusal?.actions?.[0]?.name).toBe('Migrate to networking.k8s.io/v1');
    expect(doc.lineAt(refusal?.from ?? 0).text).toContain('extensions/v1beta1');

    const broken = flaskapp.replace('targetPort: 5000', 'targetPort: 5000\n    nodePortz: 1');
    const bad = validateManifests(broken, 'flaskapp.yaml');
    const badDoc = Text.of(broken.split('\n'));
    const errors = toLintDiagnostics(badDoc, bad.diagnostics, bad.migrations, en, 'en');
    expect(errors.length).toBeGreaterThan(0);
    expect(badDoc.lineAt(errors[0]?.from ?? 0).text).toContain('nodePortz');
  });
});
