import { recordClasses } from '../../model/hierarchy.ts';
import type { SpecModel } from '../../model/types.ts';
import { indexRequirements } from '../requirements-index.ts';
import { bannerText } from '../files.ts';
import { classSchema } from './class-schema.ts';
import { compact, isClosed, type Schema, type SchemaContext } from './element-schema.ts';
import { bundleFile, classSchemaFile, jsonSchemaDialect, schemaBase, valueSetSchemaFile } from './ids.ts';
import { valueSetSchema } from './value-set-schema.ts';

/** Every schema, keyed by its file path under generated/json-schema/, in a fixed order. */
export interface SchemaSet {
  readonly base: string;
  readonly classes: ReadonlyMap<string, Schema>;
  readonly valueSets: ReadonlyMap<string, Schema>;
  readonly bundle: Schema;
}

export function buildSchemaSet(model: SpecModel): SchemaSet {
  const context: SchemaContext = { model, valueSets: new Map(model.valueSets.map((v) => [v.id, v])), requirements: indexRequirements(model) };
  const classes = new Map(model.classes.map((cls) => [cls.name, classSchema(cls, context)]));
  const closedIds = new Set(model.classes.flatMap((c) => c.ownElements).filter((e) => e.type === 'coded' && isClosed(context.valueSets.get(e.valueSet ?? ''), e.binding)).map((e) => e.valueSet!));
  const valueSets = new Map(model.valueSets.filter((v) => closedIds.has(v.id)).map((v) => [v.id, valueSetSchema(v, context)]));
  const typeField = model.conventions.record_type_field;
  const records = recordClasses(model).map((c) => c.name);
  const bundle: Schema = compact({
    $schema: jsonSchemaDialect,
    $id: schemaBase(model) + bundleFile,
    $comment: bannerText,
    title: `${model.standard.short_name} record`,
    description: `Any record of ${model.standard.name} (${model.standard.reference}), spec release ${model.standard.release}. Every class and value set schema is embedded under $defs.`,
    type: 'object',
    properties: { [typeField]: { enum: records } },
    required: [typeField],
    discriminator: { propertyName: typeField },
    oneOf: records.map((name) => ({ $ref: classSchemaFile(name) })),
    'x-mods-standard': {
      reference: model.standard.reference,
      publication_version: model.standard.publication_version,
      catalogue_version: model.standard.catalogue_version,
      release: model.standard.release,
    },
    $defs: Object.fromEntries([
      ...[...classes].map(([name, schema]) => [name, withoutHeader(schema)]),
      ...[...valueSets].map(([id, schema]) => [`value_set_${id}`, withoutHeader(schema)]),
    ]),
  });
  return { base: schemaBase(model), classes, valueSets, bundle };
}

/** Embedded schemas keep their $id (so references resolve) but not the dialect or banner, which the bundle states once. */
function withoutHeader(schema: Schema): Schema {
  const { $schema: _dialect, $comment: _banner, ...rest } = schema;
  return rest;
}

export function schemaFiles(set: SchemaSet): { path: string; schema: Schema }[] {
  return [
    ...[...set.classes].map(([name, schema]) => ({ path: classSchemaFile(name), schema })),
    ...[...set.valueSets].map(([id, schema]) => ({ path: valueSetSchemaFile(id), schema })),
    { path: bundleFile, schema: set.bundle },
  ];
}
