import type { ElementType } from '../model/raw.ts';

/**
 * The FHIR types that can hold each kind of MODS value without loss. A component's FHIR type is its class's
 * mapping (checked apart), so it is not listed here.
 */
const holders: Readonly<Record<Exclude<ElementType, 'component'>, readonly string[]>> = {
  text: ['string', 'markdown', 'code', 'uri', 'url', 'id', 'oid', 'uuid', 'canonical'],
  integer: ['integer', 'positiveInt', 'unsignedInt', 'decimal'],
  decimal: ['decimal'],
  boolean: ['boolean'],
  date: ['date', 'dateTime'],
  'date-time': ['dateTime', 'instant'],
  time: ['time'],
  coded: ['code', 'Coding', 'CodeableConcept'],
  reference: ['Reference'],
};

/** The FHIR types an element of this MODS type may be mapped to. */
export function fhirHolders(type: Exclude<ElementType, 'component'>): readonly string[] {
  return holders[type];
}
