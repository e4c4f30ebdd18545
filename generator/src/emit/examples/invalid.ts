import type { SchemaKeyword } from '../../model/raw.ts';
import { lookup } from '../../model/lookup.ts';
import type { ClassModel, ElementModel, RequirementModel, SpecModel } from '../../model/types.ts';
import { formatPatterns } from '../json-schema/formats.ts';
import { isClosed } from '../json-schema/element-schema.ts';
import type { ValueContext } from './values.ts';

/** A valid record broken in one place, and what a validator must say about it. */
export interface InvalidExample {
  readonly id: string;
  readonly requirement: string;
  readonly description: string;
  /** Where the validator must report, and with which keyword (and for required, which property). */
  readonly expect: { readonly instancePath: string; readonly keyword: SchemaKeyword; readonly missingProperty?: string };
  readonly record: Record<string, unknown>;
}

type Breaker = (valid: Record<string, unknown>, element: ElementModel) => Omit<InvalidExample, 'id' | 'requirement' | 'record'> & { record: Record<string, unknown> } | undefined;

const clone = <T>(value: T): T => structuredClone(value);
const wrongType = (value: unknown): unknown => (typeof value === 'string' ? 42 : typeof value === 'number' ? 'not a number' : typeof value === 'boolean' ? 'yes' : 'not an object');

/**
 * For each requirement the schemas check, and each record class it governs: one variant per keyword the
 * requirement names, on the first element where that keyword can be broken.
 */
export function invalidExamples(cls: ClassModel, valid: Record<string, unknown>, model: SpecModel, context: ValueContext): InvalidExample[] {
  const out: InvalidExample[] = [];
  for (const requirement of governing(cls, model).filter((r) => r.check.method === 'schema' && r.status === 'active')) {
    const targets = targetsIn(cls, requirement);
    if (targets === undefined) continue;
    for (const keyword of requirement.check.keywords) {
      const broken = breakFirst(keyword, cls, valid, targets, model, context);
      if (broken) out.push({ id: `${requirement.id}.${keyword}`, requirement: requirement.id, ...broken });
    }
  }
  return out;
}

/** The requirements that may govern the class (targetsIn decides), in spec order: those naming it, its elements or every record. */
function governing(cls: ClassModel, model: SpecModel): readonly RequirementModel[] {
  return lookup(model).naming(['*', cls.name, ...cls.elements.flatMap(elementTargets(cls))]);
}

/** How an applies_to list may name an element of the class: under the class, or under the class it comes from. */
const elementTargets = (cls: ClassModel) => (e: ElementModel): string[] => [`${cls.name}.${e.name}`, ...(e.origin.kind !== 'own' && e.origin.kind !== 'change-log' ? [`${e.origin.from}.${e.name}`] : [])];

/** The elements of the class a requirement governs, or undefined when it does not govern the class. */
function targetsIn(cls: ClassModel, requirement: RequirementModel): readonly ElementModel[] | undefined {
  const appliesTo = new Set(requirement.appliesTo);
  const named = cls.elements.filter((e) => elementTargets(cls)(e).some((t) => appliesTo.has(t)));
  if (named.length > 0) return named;
  return appliesTo.has('*') || appliesTo.has(cls.name) ? cls.elements : undefined;
}

function breakFirst(keyword: SchemaKeyword, cls: ClassModel, valid: Record<string, unknown>, targets: readonly ElementModel[], model: SpecModel, context: ValueContext) {
  const typeField = model.conventions.record_type_field;
  if (keyword === 'const') {
    const record = clone(valid);
    record[typeField] = `not_${cls.name}`;
    return { description: `the record type field names a class other than ${cls.name}`, expect: { instancePath: `/${typeField}`, keyword }, record };
  }
  if (keyword === 'additionalProperties') {
    const record = { ...clone(valid), not_a_mods_element: 'x' };
    return { description: 'the record has an element MODS does not define', expect: { instancePath: '', keyword }, record };
  }
  for (const element of targets) {
    const broken = breakers[keyword]?.(valid, element, context);
    if (broken) return broken;
  }
  return undefined;
}

const set = (valid: Record<string, unknown>, element: ElementModel, value: unknown) => ({ ...clone(valid), [element.name]: value });
const single = (valid: Record<string, unknown>, element: ElementModel): unknown => (element.cardinality?.max === '*' ? (valid[element.name] as unknown[] | undefined)?.[0] : valid[element.name]);
const pathOf = (element: ElementModel, inner = '') => `/${element.name}${element.cardinality?.max === '*' ? '/0' : ''}${inner}`;
const wrap = (element: ElementModel, value: unknown) => (element.cardinality?.max === '*' ? [value] : value);

const breakers: Partial<Record<SchemaKeyword, (valid: Record<string, unknown>, element: ElementModel, context: ValueContext) => ReturnType<Breaker>>> = {
  required: (valid, element) => {
    if (element.cardinality?.min !== 1 || !(element.name in valid)) return undefined;
    const record = clone(valid);
    delete record[element.name];
    return { description: `the mandatory element ${element.name} is missing`, expect: { instancePath: '', keyword: 'required', missingProperty: element.name }, record };
  },
  minItems: (valid, element) => {
    if (element.cardinality?.max !== '*' || element.cardinality.min !== 1) return undefined;
    return { description: `${element.name} must occur at least once but is an empty list`, expect: { instancePath: `/${element.name}`, keyword: 'minItems' }, record: set(valid, element, []) };
  },
  type: (valid, element) => {
    const value = single(valid, element);
    if (value === undefined || element.type === 'coded' || element.type === 'reference' || element.type === 'component') return undefined;
    return { description: `${element.name} has a value of the wrong type`, expect: { instancePath: pathOf(element), keyword: 'type' }, record: set(valid, element, wrap(element, wrongType(value))) };
  },
  enum: (valid, element, context) => {
    if (element.type !== 'coded' || !isClosed(context.valueSets.get(element.valueSet ?? ''), element.binding)) return undefined;
    const value = single(valid, element) as Record<string, unknown> | undefined;
    if (!value) return undefined;
    return { description: `${element.name} has a code outside its required value set`, expect: { instancePath: pathOf(element, '/code'), keyword: 'enum' }, record: set(valid, element, wrap(element, { ...value, code: 'not-a-code' })) };
  },
  pattern: (valid, element) => {
    const patterned = element.type === 'date' || element.type === 'date-time' || element.type === 'time' || (element.type === 'text' && (element.constraints.pattern !== undefined || element.constraints.format !== undefined));
    if (!patterned || single(valid, element) === undefined) return undefined;
    const bad = element.type === 'text' && element.constraints.format !== undefined && new RegExp(formatPatterns[element.constraints.format]).test('not valid!') ? '\u0000' : 'not valid!';
    return { description: `${element.name} does not have the required form`, expect: { instancePath: pathOf(element), keyword: 'pattern' }, record: set(valid, element, wrap(element, bad)) };
  },
  maxLength: (valid, element) => {
    const max = element.constraints.max_length;
    if (element.type !== 'text' || max === undefined || element.constraints.pattern !== undefined || element.constraints.format !== undefined || single(valid, element) === undefined) return undefined;
    return { description: `${element.name} is longer than ${max} characters`, expect: { instancePath: pathOf(element), keyword: 'maxLength' }, record: set(valid, element, wrap(element, 'x'.repeat(max + 1))) };
  },
  minimum: (valid, element) => {
    const min = element.constraints.minimum;
    if ((element.type !== 'integer' && element.type !== 'decimal') || min === undefined || single(valid, element) === undefined) return undefined;
    return { description: `${element.name} is below its minimum ${min}`, expect: { instancePath: pathOf(element), keyword: 'minimum' }, record: set(valid, element, wrap(element, min - 1)) };
  },
  maximum: (valid, element) => {
    const max = element.constraints.maximum;
    if ((element.type !== 'integer' && element.type !== 'decimal') || max === undefined || single(valid, element) === undefined) return undefined;
    return { description: `${element.name} is above its maximum ${max}`, expect: { instancePath: pathOf(element), keyword: 'maximum' }, record: set(valid, element, wrap(element, max + 1)) };
  },
};
