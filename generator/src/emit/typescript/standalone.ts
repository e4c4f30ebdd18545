import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { SpecModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import type { Schema } from '../json-schema/element-schema.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { classSchemaFile } from '../json-schema/ids.ts';
import { stripAnnotations } from '../json-schema/strip-annotations.ts';
import { inlineRuntimeHelpers } from './standalone-helpers.ts';
import { fixedNames, type TypeNames } from './type-names.ts';

/** How ajv is set up to precompile (part of the key under which compiled code is reused). */
export const standaloneOptions = {
  ajv: { code: { source: true, esm: true, lines: false, optimize: true }, inlineRefs: false, strict: true, allErrors: true, discriminator: true, messages: false },
  /** The formats the schemas annotate; validation itself is by pattern, so ajv treats them as always valid. */
  formats: ['date-time', 'email', 'uri', 'uuid'],
} as const;

/** What precompiling needs: plain data, so that it can be handed to a worker thread. */
export interface StandaloneInput {
  /** Schemas without annotations, each with its $id. */
  readonly schemas: readonly Schema[];
  /** Export name → $id of the schema it validates. */
  readonly exports: Readonly<Record<string, string>>;
}

export interface StandaloneCode {
  readonly js: string;
  readonly dts: string;
}

/** The export name of the validator for a class (or for any record). */
export function standaloneExportName(names: TypeNames, className: string): string {
  return `validate${className === fixedNames.record ? fixedNames.record : names.ofClass(className)}`;
}

/** The input for precompiling every class schema, and the schema of any record. */
export function standaloneInput(model: SpecModel, schemas: SchemaSet, names: TypeNames): StandaloneInput {
  const { $defs: _embedded, ...root } = schemas.bundle;
  const anyRecord = stripAnnotations({ ...root, $id: schemas.base + 'record.schema.json' });
  const exports: Record<string, string> = {};
  for (const cls of model.classes) exports[standaloneExportName(names, cls.name)] = schemas.base + classSchemaFile(cls.name);
  exports[standaloneExportName(names, fixedNames.record)] = anyRecord['$id'] as string;
  // Validation needs no annotations; leaving them out keeps the module a fraction of the size.
  return { schemas: [...[...schemas.classes.values(), ...schemas.valueSets.values()].map(stripAnnotations), anyRecord], exports };
}

/** Precompile the schemas into one ES module of validators (ajv standalone), strict and reporting all errors. */
export function compileStandalone(input: StandaloneInput): StandaloneCode {
  const ajv = new Ajv2020({ ...standaloneOptions.ajv, code: { ...standaloneOptions.ajv.code } });
  for (const format of standaloneOptions.formats) ajv.addFormat(format, true);
  for (const schema of input.schemas) ajv.addSchema(schema);
  // ajv's standalone module is CommonJS; its default export is reached as .default under both TypeScript and Node.
  // Ajv's runtime helpers are inlined, so that the validators are one ES module with no dependency.
  const { code, prelude } = inlineRuntimeHelpers(standaloneCode.default(ajv, { ...input.exports }));
  const js = `// ${bannerText}\n// Validators precompiled by ajv from the JSON Schemas in ../json-schema/.\n${prelude}\n${code}\n`;
  return { js, dts: standaloneDeclarations(Object.keys(input.exports)) };
}

export function standaloneDeclarations(exportNames: readonly string[]): string {
  return [
    `// ${bannerText}`,
    "/** An error as the precompiled validators report it (ajv's ErrorObject). */",
    'export interface CompiledError {',
    '  readonly instancePath: string;',
    '  readonly schemaPath: string;',
    '  readonly keyword: string;',
    '  readonly params: Readonly<Record<string, unknown>>;',
    '  readonly message?: string;',
    '}',
    '/** A precompiled validator: true when the value is valid; otherwise its errors are in `errors`. */',
    'export interface CompiledValidator {',
    '  (data: unknown): boolean;',
    '  errors?: readonly CompiledError[] | null;',
    '}',
    ...exportNames.map((name) => `export declare const ${name}: CompiledValidator;`),
    '',
  ].join('\n');
}
