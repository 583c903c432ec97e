import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api-types.ts';
import { makeDiagnostic } from './diagnostic-messages.ts';
import { checkSemantics } from './semantic-checks.ts';

/** The apiserver's causes for an object's name, as kubectl prints them (`field: message`), and in Spanish. */
function nameCauses(kind: string, name: string): { en: string[]; es: string[] } {
  const object = { apiVersion: 'v1', kind, metadata: { name }, spec: {} } as unknown as KubeObject;
  const problems = checkSemantics(object).filter((p) => p.path[0] === 'metadata');
  const messages = problems.map(
    (p) =>
      makeDiagnostic(p.code, { file: 'x.yaml', line: 1, column: 1, path: p.path.join('.') }, p.params)
        .message,
  );
  return {
    en: problems.map((p, i) => `${p.path.join('.')}: ${messages[i]!.en}`),
    es: messages.map((m) => m.es),
  };
}

// apimachinery v0.32 pkg/util/validation/validation.go, as a real apiserver words a bad metadata.name.
describe('a bad object name', () => {
  it('is checked against the rule of its kind, in the apiserver’s words', () => {
    expect(nameCauses('Pod', 'Bad_Pod').en).toEqual([
      "metadata.name: Invalid value: \"Bad_Pod\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
    expect(nameCauses('Deployment', 'web.v2').en).toEqual([]);
    // A Service needs an RFC 1035 label: no leading digit, no dots.
    expect(nameCauses('Service', '1web').en).toEqual([
      "metadata.name: Invalid value: \"1web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(nameCauses('Service', 'web.v2').en).toHaveLength(1);
    // A Namespace an RFC 1123 label: a name that would be a subdomain is told it has dots.
    expect(nameCauses('Namespace', 'team.a').en).toEqual([
      'metadata.name: Invalid value: "team.a": must not contain dots',
    ]);
    expect(nameCauses('Namespace', '1team').en).toEqual([]);
  });

  it('gets one cause per broken rule: too long, and malformed', () => {
    const long = `A${'a'.repeat(63)}`;
    expect(nameCauses('Namespace', long).en).toEqual([
      `metadata.name: Invalid value: "${long}": must be no more than 63 characters`,
      expect.stringMatching(/^metadata\.name: Invalid value: "Aa+": a lowercase RFC 1123 label must/),
    ]);
    expect(nameCauses('ConfigMap', 'a'.repeat(254)).en).toEqual([
      `metadata.name: Invalid value: "${'a'.repeat(254)}": must be no more than 253 characters`,
    ]);
  });

  it('is explained in Spanish by the rule of its kind', () => {
    expect(nameCauses('Service', '1web').es).toEqual([
      '"1web" no es un nombre válido: minúsculas, dígitos y "-", empezando por letra y terminando en letra o dígito.',
    ]);
    expect(nameCauses('Pod', 'Bad_Pod').es[0]).toContain('"-" o "."');
  });
});
