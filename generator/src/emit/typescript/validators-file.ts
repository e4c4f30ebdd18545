import type { Project, StatementStructures } from 'ts-morph';
import { tsMorph } from './project.ts';
import { recordClasses } from '../../model/hierarchy.ts';
import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { nonBlankPattern } from '../json-schema/limits.ts';
import { fixedNames, type TypeNames } from './type-names.ts';

const { StructureKind, VariableDeclarationKind } = tsMorph;

/**
 * validators.ts: for each class a type guard (`isRisk(x): x is Risk`) and a function returning the located
 * issues, over the precompiled validators. Issues carry the JSON Pointer and the rule, never the value.
 */
export function buildValidatorsFile(project: Project, model: SpecModel, names: TypeNames, exportFor: (className: string) => string): string {
  const typeImports = [...new Set([...model.classes.map((c) => names.ofClass(c.name)), fixedNames.record, fixedNames.recordType])].sort();
  const statements: (StatementStructures | string)[] = [
    `// ${bannerText}`,
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
      name: 'messageOf',
      docs: ['Words for an error, from its keyword and parameters: the allowed codes or the limit may be shown, the value never is.'],
      parameters: [{ name: 'keyword', type: 'string' }, { name: 'params', type: 'Readonly<Record<string, unknown>>' }],
      returnType: 'string',
      statements: [
        'switch (keyword) {',
        "  case 'required': return `the mandatory element ${String(params['missingProperty'])} is missing`;",
        "  case 'additionalProperties': return `${String(params['additionalProperty'])} is not an element of this class`;",
        "  case 'type': return `must be of type ${String(params['type'])}`;",
        "  case 'enum': return `must be one of: ${(params['allowedValues'] as unknown[] | undefined ?? []).map(String).join(', ')}`;",
        "  case 'const': return `must be ${JSON.stringify(params['allowedValue'])}`;",
        `  case 'pattern': return params['pattern'] === ${JSON.stringify(nonBlankPattern)} ? 'must not be blank' : 'does not have the required form';`,
        "  case 'minLength': return `must be at least ${String(params['limit'])} characters long`;",
        "  case 'maxLength': return `must be at most ${String(params['limit'])} characters long`;",
        "  case 'minimum': return `must be ${String(params['limit'])} or more`;",
        "  case 'maximum': return `must be ${String(params['limit'])} or less`;",
        "  case 'minItems': return `must occur at least ${String(params['limit'])} time(s)`;",
        "  case 'maxItems': return `must occur at most ${String(params['limit'])} times`;",
        "  case 'discriminator': return 'names no known class in its record type field';",
        "  case 'oneOf': return 'does not match exactly one of the kinds allowed here';",
        '  default: return `fails the ${keyword} rule`;',
        '}',
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
        "return (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: messageOf(e.keyword, e.params), params: e.params }));",
      ],
    },
  ];
  const guard = (name: string, type: string, doc: string): StatementStructures[] => {
    const fn = exportFor(name);
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
  return project.createSourceFile('validators.ts', { statements }, { overwrite: true }).getFullText();
}
