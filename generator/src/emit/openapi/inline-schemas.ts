import type { SpecModel } from '../../model/types.ts';
import type { Schema } from '../json-schema/element-schema.ts';
import { classSchemaFile, valueSetSchemaFile } from '../json-schema/ids.ts';
import type { SchemaSet } from '../json-schema/schema-set.ts';
import { typeName, valueSetSchemaName } from '../naming.ts';

/** A component reference, as every schema inside the OpenAPI document refers to another. */
const componentRef = (name: string): string => `#/components/schemas/${name}`;

/**
 * The class and value-set schemas as OpenAPI components: the same schemas as the files in generated/json-schema/,
 * each under one component name, without the $id, dialect and banner of a standalone file, and with every reference
 * by #/components/schemas/<name>. Inlined with their $ids, the same $id would stand in the document many times and
 * relative file references would resolve against the document, which OpenAPI tools (Prism, Spectral, Redocly) do
 * not follow. A discriminator gains its explicit mapping, record type → component.
 */
export function inlineSchemas(model: SpecModel, set: SchemaSet): Record<string, Schema> {
  const names = new Map<string, string>();
  for (const cls of model.classes) names.set(classSchemaFile(cls.name), typeName(cls.name));
  for (const id of set.valueSets.keys()) names.set(valueSetSchemaFile(id), valueSetSchemaName(id));
  const rewrite = (file: string): string => {
    const name = names.get(file);
    if (name === undefined) throw new Error(`a generated schema refers to ${file}, which is not one of the schemas`);
    return componentRef(name);
  };
  const out: Record<string, Schema> = {};
  for (const [className, schema] of set.classes) out[typeName(className)] = component(schema, rewrite);
  for (const [id, schema] of set.valueSets) out[valueSetSchemaName(id)] = component(schema, rewrite);
  return out;
}

function component(schema: Schema, rewrite: (file: string) => string): Schema {
  const { $schema: _dialect, $id: _id, $comment: _banner, ...rest } = schema;
  return withComponentRefs(rest, rewrite) as Schema;
}

/** Every $ref rewritten (schema files are all named relative to the same base), and each discriminator mapped. */
function withComponentRefs(value: unknown, rewrite: (file: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => withComponentRefs(item, rewrite));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) out[key] = key === '$ref' && typeof child === 'string' ? rewrite(child) : withComponentRefs(child, rewrite);
  const discriminator = out['discriminator'] as { propertyName: string } | undefined;
  if (discriminator !== undefined && Array.isArray(out['oneOf'])) {
    const members = (out['oneOf'] as { $ref: string }[]).map((member) => member.$ref);
    const values = (out['properties'] as Record<string, { enum?: string[] }> | undefined)?.[discriminator.propertyName]?.enum;
    if (values === undefined || values.length !== members.length) throw new Error('a discriminated union without one record type per member');
    out['discriminator'] = { ...discriminator, mapping: Object.fromEntries(values.map((v, i) => [v, members[i]!])) };
  }
  return out;
}
