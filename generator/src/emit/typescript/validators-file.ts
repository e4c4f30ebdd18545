import { StructureKind, VariableDeclarationKind, type Project, type StatementStructures } from 'ts-morph';
import { recordClasses } from '../../model/hierarchy.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import type { Standalone } from './standalone.ts';
import { fixedNames, type TypeNames } from './type-names.ts';

/**
 * validators.ts: for each class a type guard (`isRisk(x): x is Risk`) and a function returning the located
 * issues, over the precompiled validators. Issues carry the JSON Pointer and the rule, never the value.
 */
export function buildValidatorsFile(project: Project, model: SpecModel, names: TypeNames, standalone: Standalone): string {
  const typeImports = [...new Set([...model.classes.map((c) => names.ofClass(c.name)), fixedNames.record, fixedNames.recordType])].sort();
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './standalone.js', namespaceImport: 'compiled' },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './standalone.js', isTypeOnly: true, namedImports: ['CompiledValidator'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './types.js', isTypeOnly: true, namedImports: typeImports },
    {
      kind: StructureKind.Interface,
      name: 'ValidationIssue',
      isExported: true,
      docs: ['One reason a value is not valid. It says where and which rule, never the value itself.'],
      properties: [
        { name: 'path', type: 'string', isReadonly: true, docs: ["JSON Pointer to the offending value ('' for the value itself)."] },
        { name: 'keyword', type: 'string', isReadonly: true, docs: ['The JSON Schema keyword that failed (required, enum, pattern, ...).'] },
        { name: 'message', type: 'string', isReadonly: true, docs: ['What is wrong, in words.'] },
        { name: 'params', type: 'Readonly<Record<string, unknown>>', isReadonly: true, docs: ["The keyword's parameters: the missing property, the allowed codes, the pattern."] },
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'issuesOf',
      parameters: [
        { name: 'validate', type: 'CompiledValidator' },
        { name: 'value', type: 'unknown' },
      ],
      returnType: 'readonly ValidationIssue[]',
      statements: [
        'if (validate(value)) return [];',
        "return (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, params: e.params }));",
      ],
    },
  ];
  const guard = (name: string, type: string, doc: string): StatementStructures[] => {
    const fn = standalone.exportFor(name);
    return [
      {
        kind: StructureKind.Function,
        name: `is${type}`,
        isExported: true,
        docs: [`True when the value is a valid ${doc}.`],
        parameters: [{ name: 'value', type: 'unknown' }],
        returnType: `value is ${type}`,
        statements: [`return compiled.${fn}(value);`],
      },
      {
        kind: StructureKind.Function,
        name: `validate${type}`,
        isExported: true,
        docs: [`Every reason the value is not a valid ${doc}; empty when it is valid.`],
        parameters: [{ name: 'value', type: 'unknown' }],
        returnType: 'readonly ValidationIssue[]',
        statements: [`return issuesOf(compiled.${fn}, value);`],
      },
    ];
  };
  for (const cls of model.classes) statements.push(...guard(cls.name, names.ofClass(cls.name), `${names.ofClass(cls.name)} (MODS class ${cls.id})`));
  statements.push(...guard(fixedNames.record, fixedNames.record, 'MODS record of any class'));
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['The validator of each record class, by the name a record states in its record type field.'],
    declarations: [
      {
        name: 'validatorsByRecordType',
        type: `{ readonly [K in ${fixedNames.recordType}]: (value: unknown) => readonly ValidationIssue[] }`,
        initializer: (writer) => {
          writer.write('{').newLine();
          writer.indent(() => recordClasses(model).forEach((c) => writer.writeLine(`${c.name}: validate${names.ofClass(c.name)},`)));
          writer.write('}');
        },
      },
    ],
  });
  const file = project.createSourceFile('validators.ts', { statements }, { overwrite: true });
  file.insertStatements(0, `// ${bannerText}\n`);
  return file.getFullText();
}
