import { lookup } from '../../model/lookup.ts';
import type { ValueSetModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { compact, valueSchema, type Schema, type SchemaContext } from './element-schema.ts';
import { jsonSchemaDialect, schemaBase, valueSetSchemaFile } from './ids.ts';

/**
 * A required value set → the coding shape restricted to its codes: one schema per value set, which every
 * element bound to it refers to. Codes keep their display text in x-mods-codes. A code means something only in its
 * system, so where the value set names its system a coding that gives a system must give that one (`const`): SNOMED
 * CT's URI on an address-use code is as wrong as a code outside the list. The system may still be left out, as
 * FHIR allows and as the value set already says which system its codes are from. The other fields are the coding's.
 */
export function valueSetSchema(valueSet: ValueSetModel, context: SchemaContext): Schema {
  const { model } = context;
  const coding = lookup(model).classes.get(model.conventions.coding);
  const properties: Schema = {};
  for (const element of coding?.elements ?? []) {
    if (element.name === 'code') properties['code'] = { type: 'string', enum: valueSet.codes.map((c) => c.code) };
    else if (element.name === 'system' && valueSet.system !== undefined) properties['system'] = { type: 'string', const: valueSet.system };
    else properties[element.name] = valueSchema(element, context);
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
