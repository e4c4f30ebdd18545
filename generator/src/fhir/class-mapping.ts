import type { SpecIndex } from '../model/index.ts';
import type { RawClassFhir } from '../model/raw.ts';
import type { ClassModel } from '../model/types.ts';

/** A class's FHIR mapping and the class that gives it: its own, or else its nearest supertype's. */
export function classFhir(index: Pick<SpecIndex, 'classes'>, cls: ClassModel): { readonly mapping: RawClassFhir; readonly from: ClassModel } | undefined {
  const seen = new Set<string>();
  for (let c: ClassModel | undefined = cls; c && !seen.has(c.name); c = c.extends ? index.classes.get(c.extends) : undefined) {
    seen.add(c.name);
    if (c.fhir) return { mapping: c.fhir, from: c };
  }
  return undefined;
}

/** Where a mapped class's element paths start: its resource, or its data type (or backbone element path). */
export function fhirRoot(mapping: RawClassFhir): string | undefined {
  return mapping.unmapped === undefined ? (mapping.resource ?? mapping.type) : undefined;
}
