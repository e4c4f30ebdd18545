import { auditFields } from '../../model/audit-fields.ts';
import { concreteRecords } from '../../model/hierarchy.ts';
import { formatCardinality } from '../../model/occurs.ts';
import type { ClassModel, ElementModel, SpecModel, ValueSetModel } from '../../model/types.ts';
import type { RequirementIndex } from '../requirements-index.ts';
import { datePattern, dateTimePattern, formatAnnotations, formatPatterns, timePattern } from './formats.ts';
import { classSchemaFile, valueSetSchemaFile } from './ids.ts';
import { nonBlankPattern, schemaLimits } from './limits.ts';

export type Schema = Record<string, unknown>;

export interface SchemaContext {
  readonly model: SpecModel;
  readonly valueSets: ReadonlyMap<string, ValueSetModel>;
  readonly requirements: RequirementIndex;
}

/** Does the value set constrain codes in the schema (a required binding with codes listed)? */
export function isClosed(valueSet: ValueSetModel | undefined, binding: string | undefined): boolean {
  return valueSet !== undefined && (binding ?? valueSet.binding) === 'required' && valueSet.codes.length > 0;
}

/**
 * The schema of one value of an element (before its cardinality wraps it). Text that is present is never blank: an
 * element without a pattern or format of its own gets the non-blank pattern (a blank value is judged as its absence
 * would be: see validate/checks/authority.ts).
 */
export function valueSchema(element: ElementModel, context: SchemaContext): Schema {
  const c = element.constraints;
  switch (element.type) {
    case 'text': {
      const pattern = c.pattern ?? (c.format ? formatPatterns[c.format] : nonBlankPattern);
      const annotation = c.format ? formatAnnotations[c.format] : undefined;
      return compact({ type: 'string', minLength: c.min_length, maxLength: c.max_length, pattern, format: annotation, 'x-mods-format': c.format });
    }
    case 'integer':
    case 'decimal':
      return compact({ type: element.type === 'integer' ? 'integer' : 'number', minimum: c.minimum, maximum: c.maximum });
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', pattern: datePattern, 'x-mods-type': 'date' };
    case 'date-time':
      return { type: 'string', format: 'date-time', pattern: dateTimePattern };
    case 'time':
      return { type: 'string', pattern: timePattern, 'x-mods-type': 'time' };
    case 'coded': {
      const valueSet = element.valueSet === undefined ? undefined : context.valueSets.get(element.valueSet);
      const closed = isClosed(valueSet, element.binding);
      return compact({
        $ref: closed ? valueSetSchemaFile(valueSet!.id) : classSchemaFile(context.model.conventions.coding),
        'x-mods-codes': !closed && valueSet && valueSet.codes.length > 0 ? valueSet.codes.map((code) => ({ code: code.code, display: code.display })) : undefined,
      });
    }
    case 'reference': {
      const targets = concreteRecords(context.model, element.target ?? '');
      return {
        type: 'object',
        properties: {
          [context.model.conventions.record_type_field]: targets.length === 1 ? { const: targets[0] } : { enum: targets },
          record_uid: recordUidSchema(context),
          display: { type: 'string', maxLength: schemaLimits.referenceDisplayLength, pattern: nonBlankPattern },
        },
        required: [context.model.conventions.record_type_field, 'record_uid'],
        additionalProperties: false,
        'x-mods-target': element.target,
      };
    }
    case 'component':
      return { $ref: classSchemaFile(element.target ?? '') };
  }
}

/**
 * What a reference's record_uid must be: what a record's own uid must be (the record uid of the class every record
 * includes, conventions.record_includes), so that every record can be referred to and nothing else can.
 */
function recordUidSchema(context: SchemaContext): Schema {
  const { model } = context;
  const uid = model.classes.filter((c) => model.conventions.record_includes.includes(c.name)).flatMap((c) => c.ownElements).find((e) => e.name === auditFields.recordUid);
  return uid ? valueSchema(uid, context) : { type: 'string', pattern: nonBlankPattern };
}

/** The property schema of an element: its value (or an array of them), with every annotation that traces it to MODS. */
export function elementSchema(cls: ClassModel, element: ElementModel, context: SchemaContext): Schema {
  const value = valueSchema(element, context);
  const many = element.cardinality?.max === '*';
  const maxItems = element.origin.kind === 'change-log' ? schemaLimits.changeLogItems : schemaLimits.listItems;
  const base: Schema = many ? compact({ type: 'array', items: value, minItems: element.cardinality?.min === 1 ? 1 : undefined, maxItems }) : value;
  const valueSet = element.valueSet === undefined ? undefined : context.valueSets.get(element.valueSet);
  return compact({
    title: element.publishedName,
    description: element.description,
    ...base,
    deprecated: element.status === 'deprecated' ? true : undefined,
    'x-mods-published-name': element.publishedName,
    'x-mods-published-type': element.publishedType,
    'x-mods-occurs': element.occurs,
    'x-mods-cardinality': element.cardinality ? formatCardinality(element.cardinality) : undefined,
    'x-mods-authority': element.authority,
    'x-mods-type': element.type,
    'x-mods-value-set': element.valueSet,
    'x-mods-binding': element.type === 'coded' ? (element.binding ?? valueSet?.binding) : undefined,
    'x-mods-binding-authority': element.type === 'coded' && valueSet ? valueSet.authority : undefined,
    'x-mods-target': element.type === 'component' ? element.target : undefined,
    'x-mods-not-in-future': element.constraints.not_in_future,
    'x-mods-sensitivity': element.sensitivity,
    'x-mods-provenance': element.provenance,
    'x-mods-source': element.source,
    'x-mods-since': element.since,
    'x-mods-status': element.status,
    'x-mods-origin': element.origin.kind === 'own' ? undefined : element.origin.kind === 'change-log' ? 'change-log' : `${element.origin.kind}:${element.origin.from}`,
    'x-mods-note': element.note,
    'x-mods-legislation': nonEmpty(element.legislation),
    'x-mods-requirements': nonEmpty(context.requirements.forElement(cls, element)),
  });
}

/** Drop undefined entries, so that optional annotations are simply absent. */
export function compact(schema: Record<string, unknown>): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}

export function nonEmpty<T>(items: readonly T[]): readonly T[] | undefined {
  return items.length > 0 ? items : undefined;
}
