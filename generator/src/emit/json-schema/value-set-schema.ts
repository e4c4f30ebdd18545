import { lookup } from '../../model/lookup.ts';
import type { SpecModel, ValueSetModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { compact, type Schema } from './element-schema.ts';
import { jsonSchemaDialect, schemaBase, valueSetSchemaFile } from './ids.ts';

/**
 * A required value set → the coding shape restricted to its codes: one schema per value set, which every
 * element bound to it refers to. Codes keep their display text in x-mods-codes; the code system is an
 * annotation (x-mods-code-system), as the code list alone decides validity.
 */
export function valueSetSchema(valueSet: ValueSetModel, model: SpecModel): Schema {
  const coding = lookup(model).classes.get(model.conventions.coding);
  const properties: Schema = {};
  for (const element of coding?.elements ?? []) {
    if (element.name === 'code') properties['code'] = { type: 'string', enum: valueSet.codes.map((c) => c.code) };
    else properties[element.name] = { type: 'string' };
  }
  const required = (coding?.elements ?? []).filter((e) => e.cardinality?.min === 1).map((e) => e.name);
  return compact({
    $schema: jsonSchemaDialect,
    $id: schemaBase(model) + valueSetSchemaFile(valueSet.id),
    $comment: bannerText,
    title: valueSet.name,
    description: valueSet.description,
    type: 'object',
    properties,
    required: required.length > 0 ? required : undefined,
    additionalProperties: false,
    deprecated: valueSet.status === 'deprecated' ? true : undefined,
    'x-mods-value-set': valueSet.id,
    'x-mods-code-system': valueSet.system,
    'x-mods-binding': valueSet.binding,
    'x-mods-authority': valueSet.authority,
    'x-mods-provenance': valueSet.provenance,
    'x-mods-source': valueSet.source,
    'x-mods-note': valueSet.note,
    'x-mods-codes': valueSet.codes.map((c) => compact({ code: c.code, display: c.display, definition: c.definition, status: c.status === 'active' ? undefined : c.status })),
  });
}
