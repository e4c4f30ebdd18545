import type { InterfaceDeclarationStructure, Project, StatementStructures } from 'ts-morph';
import { tsMorph } from './project.ts';
import { concreteRecords, recordClasses } from '../../model/hierarchy.ts';
import type { ClassModel, SpecModel, ValueSetModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import type { RequirementIndex } from '../requirements-index.ts';
import { elementType } from './element-type.ts';
import { classDoc, elementDoc, escapeJsDoc, valueSetDoc } from './jsdoc.ts';
import { fixedNames, type TypeNames } from './type-names.ts';

const { StructureKind, VariableDeclarationKind } = tsMorph;

export interface TypesInput {
  readonly model: SpecModel;
  readonly names: TypeNames;
  readonly requirements: RequirementIndex;
}

/** types.ts: code lists (as const objects and their unions), the shared Reference and Coding shapes, one declaration per class. */
export function buildTypesFile(project: Project, input: TypesInput): string {
  const { model, names } = input;
  const valueSets = new Map(model.valueSets.map((v) => [v.id, v]));
  const typeField = model.conventions.record_type_field;
  const records = recordClasses(model);
  const statements: (StatementStructures | string)[] = [`// ${bannerText}`];

  for (const valueSet of model.valueSets.filter((v) => v.codes.length > 0)) statements.push(...codeList(valueSet, names));

  statements.push({
    kind: StructureKind.TypeAlias,
    name: fixedNames.recordType,
    isExported: true,
    docs: ['The class names a record can state in its record type field.'],
    type: records.map((c) => JSON.stringify(c.name)).join(' | ') || 'never',
  });
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every record class, in spec order.'],
    declarations: [{ name: fixedNames.recordTypes, initializer: `[${records.map((c) => JSON.stringify(c.name)).join(', ')}] as const` }],
  });
  statements.push({
    kind: StructureKind.Interface,
    name: fixedNames.reference,
    isExported: true,
    typeParameters: [{ name: 'T', constraint: fixedNames.recordType, default: fixedNames.recordType }],
    docs: ['A logical reference to another record: its class and record uid, with an optional display text.'],
    properties: [
      { name: typeField, type: 'T', isReadonly: true, docs: ['The class of the record referred to.'] },
      { name: 'record_uid', type: 'string', isReadonly: true, docs: ['The record uid of the record referred to.'] },
      { name: 'display', type: 'string', isReadonly: true, hasQuestionToken: true, docs: ['How the record reads to a person.'] },
    ],
  });

  for (const cls of model.classes) statements.push(classDeclaration(cls, input, valueSets));

  statements.push({
    kind: StructureKind.TypeAlias,
    name: fixedNames.record,
    isExported: true,
    docs: ['Any MODS record, discriminated by its record type field.'],
    type: records.map((c) => names.ofClass(c.name)).join(' | ') || 'never',
  });

  return project.createSourceFile('types.ts', { statements }, { overwrite: true }).getFullText();
}

function codeList(valueSet: ValueSetModel, names: TypeNames): StatementStructures[] {
  const doc = valueSetDoc(valueSet);

  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: doc.description, tags: [...doc.tags] }],
      declarations: [
        {
          name: names.codeConst(valueSet.id),
          initializer: (writer) => {
            writer.write('{').newLine();
            writer.indent(() => valueSet.codes.forEach((c) => writer.writeLine(`${JSON.stringify(c.code)}: ${JSON.stringify(c.display)},`)));
            writer.write('} as const');
          },
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      name: names.codeType(valueSet.id),
      isExported: true,
      docs: [escapeJsDoc(`A code of the value set ${valueSet.id}.`)],
      type: `keyof typeof ${names.codeConst(valueSet.id)}`,
    },
  ];
}

function classDeclaration(cls: ClassModel, input: TypesInput, valueSets: ReadonlyMap<string, ValueSetModel>): StatementStructures {
  const { model, names, requirements } = input;
  const doc = classDoc(cls, requirements);
  const docs = [{ description: doc.description, tags: [...doc.tags] }];
  const subtypes = cls.kind === 'abstract' ? concreteRecords(model, cls.name) : [];
  if (subtypes.length > 0) {
    return { kind: StructureKind.TypeAlias, name: names.ofClass(cls.name), isExported: true, docs, type: subtypes.map((n) => names.ofClass(n)).join(' | ') };
  }
  const isCoding = cls.name === model.conventions.coding;
  const properties: InterfaceDeclarationStructure['properties'] = [];
  if (cls.kind === 'record') properties.push({ name: model.conventions.record_type_field, type: JSON.stringify(cls.name), isReadonly: true, docs: ['The class of this record.'] });
  for (const element of cls.elements) {
    const d = elementDoc(cls, element, requirements);
    properties.push({
      name: element.name,
      type: isCoding && element.name === 'code' ? 'C' : isCoding && element.name === 'system' ? 'S' : elementType(element, model, valueSets, names),
      isReadonly: true,
      hasQuestionToken: element.cardinality?.min !== 1,
      docs: [{ description: d.description, tags: [...d.tags] }],
    });
  }
  return {
    kind: StructureKind.Interface,
    name: names.ofClass(cls.name),
    isExported: true,
    docs,
    ...(isCoding ? { typeParameters: [{ name: 'C', constraint: 'string', default: 'string' }, { name: 'S', constraint: 'string', default: 'string' }] } : {}),
    properties,
  };
}
