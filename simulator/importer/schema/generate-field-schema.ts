/**
 * Dev-time generator (run: `npx tsx simulator/importer/schema/generate-field-schema.ts`): reads the
 * kubernetes-models type declarations — generated from the official Kubernetes OpenAPI — and writes
 * field-schema.json, the field names of every object type the simulator accepts, so the importer can
 * report unknown fields as kubectl's strict field validation does. kubernetes-models' own validators
 * allow unknown fields, which is why this table exists.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { SIMULATED_KINDS } from '../kind-table.ts';

const require = createRequire(import.meta.url);
const roots = SIMULATED_KINDS.map((k) =>
  require.resolve(`kubernetes-models/${k.modelPath}`).replace(/\.js$/, '.d.ts'),
);
const program = ts.createProgram(roots, { strict: true, skipLibCheck: true });
const checker = program.getTypeChecker();
/** Type name → field → field type ('.' scalar, '*' free map/any, 'T' or 'T[]' another type). */
const types: Record<string, Record<string, string>> = {};

function describe(type: ts.Type): string {
  const nonNull = checker.getNonNullableType(type);
  if (checker.isArrayType(nonNull)) {
    const element = checker.getTypeArguments(nonNull as ts.TypeReference)[0];
    return element ? `${describe(element)}[]` : '*[]';
  }
  if (nonNull.isUnion()) {
    // IntOrString and enums: scalar unions.
    return nonNull.types.every(
      (t) => t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike),
    )
      ? '.'
      : '*';
  }
  if (nonNull.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike))
    return '.';
  if (
    nonNull.getStringIndexType() ||
    nonNull.flags & ts.TypeFlags.Any ||
    nonNull.flags & ts.TypeFlags.Unknown
  )
    return '*';
  const symbol = nonNull.aliasSymbol ?? nonNull.getSymbol();
  const props = checker.getPropertiesOfType(nonNull);
  if (!symbol || props.length === 0) return '*';
  const name = symbol.getName().replace(/^I(?=[A-Z])/, '');
  if (!types[name]) {
    types[name] = {};
    const fields: Record<string, string> = {};
    types[name] = fields;
    for (const prop of props) {
      const declaration = prop.valueDeclaration ?? prop.declarations?.[0];
      if (!declaration) continue;
      fields[prop.getName()] = describe(checker.getTypeOfSymbolAtLocation(prop, declaration));
    }
  }
  return name;
}

const kinds: Record<string, string> = {};
for (const [index, root] of roots.entries()) {
  const kind = SIMULATED_KINDS[index];
  const source = program.getSourceFile(root);
  if (!kind || !source) throw new Error(`cannot read ${root}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  const exported =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.getName() === `I${kind.kind}`);
  if (!exported) throw new Error(`no interface I${kind.kind} in ${root}`);
  kinds[`${kind.apiVersion}/${kind.kind}`] = describe(checker.getDeclaredTypeOfSymbol(exported));
}
const out = new URL('./field-schema.json', import.meta.url);
writeFileSync(
  out,
  JSON.stringify({ source: 'kubernetes-models 4.5.1 type declarations (Kubernetes OpenAPI)', kinds, types }) +
    '\n',
);
console.log(`wrote ${Object.keys(types).length} types for ${Object.keys(kinds).length} kinds`);
