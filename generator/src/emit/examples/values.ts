import { createHash } from 'node:crypto';
import { concreteRecords } from '../../model/hierarchy.ts';
import { testNhsNumber } from '../../model/nhs-number.ts';
import type { NamedFormat } from '../../model/raw.ts';
import type { ClassModel, ElementModel, SpecModel, ValueSetModel } from '../../model/types.ts';

/** A deterministic UUID for the n-th synthetic record of a class (name-based, version 5 style). */
export function syntheticUid(className: string, n: number): string {
  const hex = createHash('sha256').update(`asc-mods:${className}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Synthetic, obviously fictional values for the named formats (NHS numbers from the test range, a pseudo postcode). */
const formatValues: Readonly<Record<NamedFormat, string>> = {
  'nhs-number': testNhsNumber(0),
  'ods-code': 'X99XX',
  uprn: '100000000001',
  'uk-postcode': 'ZZ99 3VZ',
  email: 'care.team@example.org',
  phone: '+44 113 496 0000',
  uri: 'https://example.org/mods',
  'mime-type': 'application/pdf',
  uuid: syntheticUid('uuid', 0),
};

export interface ValueContext {
  readonly model: SpecModel;
  readonly classes: ReadonlyMap<string, ClassModel>;
  readonly valueSets: ReadonlyMap<string, ValueSetModel>;
}

/** One valid value for an element (before its cardinality), or undefined where a component nests too deep. */
export function exampleValue(element: ElementModel, context: ValueContext, depth: number): unknown {
  if (element.example !== undefined) return element.example;
  const c = element.constraints;
  switch (element.type) {
    case 'text': {
      if (c.format !== undefined) return formatValues[c.format];
      const base = `Example ${element.publishedName.toLowerCase()}`;
      const padded = base.padEnd(c.min_length ?? 0, '.');
      return c.max_length !== undefined ? [...padded].slice(0, c.max_length).join('') : padded;
    }
    case 'integer':
      return Math.min(Math.max(c.minimum ?? 1, 1), c.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'decimal':
      return Math.min(Math.max(c.minimum ?? 1.5, 1.5), c.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'date':
      return '2024-05-01';
    case 'date-time':
      return '2024-05-01T09:30:00Z';
    case 'time':
      return '09:30';
    case 'coded': {
      // The shape is the coding class's: fill the fields it has.
      const valueSet = context.valueSets.get(element.valueSet ?? '');
      const code = valueSet?.codes.find((k) => k.status === 'active') ?? valueSet?.codes[0];
      const fields = new Set(context.classes.get(context.model.conventions.coding)?.elements.map((e) => e.name));
      return {
        ...(fields.has('system') && valueSet?.system !== undefined ? { system: valueSet.system } : {}),
        code: code?.code ?? 'example',
        ...(fields.has('display') ? { display: code?.display ?? 'Example' } : {}),
      };
    }
    case 'reference': {
      const target = concreteRecords(context.model, element.target ?? '')[0] ?? element.target ?? '';
      return { [context.model.conventions.record_type_field]: target, record_uid: syntheticUid(target, 1), display: `Example ${target.replaceAll('_', ' ')}` };
    }
    case 'component': {
      const cls = context.classes.get(element.target ?? '');
      return cls ? exampleObject(cls, context, depth + 1) : undefined;
    }
  }
}

/** Every element of a class filled with a valid value: optional ones too, so that a round trip exercises all of MODS. */
export function exampleObject(cls: ClassModel, context: ValueContext, depth: number): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const element of cls.elements) {
    const required = element.cardinality?.min === 1;
    if (depth > 3 && !required) continue;
    const value = exampleValue(element, context, depth);
    if (value === undefined) {
      if (required) return undefined;
      continue;
    }
    out[element.name] = element.cardinality?.max === '*' ? [value] : value;
  }
  return out;
}
