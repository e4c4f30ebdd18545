import { concreteRecords } from '../../model/hierarchy.ts';
import type { ClassModel } from '../../model/types.ts';
import { bannerText } from '../files.ts';
import { classSchemaFile, jsonSchemaDialect, schemaBase } from './ids.ts';
import { compact, elementSchema, nonEmpty, type Schema, type SchemaContext } from './element-schema.ts';

/**
 * One class → its JSON Schema. A record or component is an object with every element it carries (composed,
 * inherited and own, flattened); a record also states its class in the record type field. An abstract class with
 * record subtypes is the discriminated union of those records; one without (a building block) is an object of its elements.
 */
export function classSchema(cls: ClassModel, context: SchemaContext): Schema {
  const { model } = context;
  const typeField = model.conventions.record_type_field;
  const subtypes = cls.kind === 'abstract' ? concreteRecords(model, cls.name) : [];
  const header = {
    $schema: jsonSchemaDialect,
    $id: schemaBase(model) + classSchemaFile(cls.name),
    $comment: bannerText,
    title: cls.publishedName,
    description: cls.description,
  };
  const annotations = compact({
    deprecated: cls.status === 'deprecated' ? true : undefined,
    'x-mods-class-id': cls.id,
    'x-mods-kind': cls.kind,
    'x-mods-group': cls.group,
    'x-mods-extends': cls.extends,
    'x-mods-subtypes': nonEmpty(cls.subtypes),
    'x-mods-provenance': cls.provenance,
    'x-mods-source': cls.source,
    'x-mods-published-page': cls.publishedPage,
    'x-mods-since': cls.since,
    'x-mods-status': cls.status,
    'x-mods-legislation': nonEmpty(cls.legislation),
    'x-mods-requirements': nonEmpty(context.requirements.forClass(cls)),
  });
  if (subtypes.length > 0) {
    return {
      ...header,
      type: 'object',
      properties: { [typeField]: { enum: subtypes } },
      required: [typeField],
      discriminator: { propertyName: typeField },
      oneOf: subtypes.map((name) => ({ $ref: classSchemaFile(name) })),
      ...annotations,
    };
  }
  const properties: Schema = {};
  if (cls.kind === 'record') properties[typeField] = { const: cls.name, description: 'The class of this record.' };
  for (const element of cls.elements) properties[element.name] = elementSchema(cls, element, context);
  const required = [...(cls.kind === 'record' ? [typeField] : []), ...cls.elements.filter((e) => e.cardinality?.min === 1).map((e) => e.name)];
  return compact({ ...header, type: 'object', properties, required: required.length > 0 ? required : undefined, additionalProperties: false, ...annotations });
}
