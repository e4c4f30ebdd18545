import { concreteRecords } from '../../model/hierarchy.ts';
import type { ElementModel, SpecModel, ValueSetModel } from '../../model/types.ts';
import { isClosed } from '../json-schema/element-schema.ts';
import { fixedNames, type TypeNames } from './type-names.ts';

/** The TypeScript type of an element, cardinality included: a non-empty tuple where it must occur once or more. */
export function elementType(element: ElementModel, model: SpecModel, valueSets: ReadonlyMap<string, ValueSetModel>, names: TypeNames): string {
  const value = valueType(element, model, valueSets, names);
  if (element.cardinality?.max !== '*') return value;
  return element.cardinality.min === 1 ? `readonly [${value}, ...${value}[]]` : `readonly ${value}[]`;
}

function valueType(element: ElementModel, model: SpecModel, valueSets: ReadonlyMap<string, ValueSetModel>, names: TypeNames): string {
  switch (element.type) {
    case 'text':
    case 'date':
    case 'date-time':
    case 'time':
      return 'string';
    case 'integer':
    case 'decimal':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'coded': {
      const valueSet = valueSets.get(element.valueSet ?? '');
      const coding = names.ofClass(model.conventions.coding);
      if (!isClosed(valueSet, element.binding)) return coding;
      // The schema binds the system with the code (value-set-schema.ts); the type says the same.
      return valueSet!.system === undefined ? `${coding}<${names.codeType(valueSet!.id)}>` : `${coding}<${names.codeType(valueSet!.id)}, ${JSON.stringify(valueSet!.system)}>`;
    }
    case 'reference':
      return `${fixedNames.reference}<${concreteRecords(model, element.target ?? '').map((n) => JSON.stringify(n)).join(' | ') || 'never'}>`;
    case 'component':
      return names.ofClass(element.target ?? '');
  }
}
