import type { SpecIndex } from '../model/index.ts';
import type { ClassModel, ElementModel } from '../model/types.ts';
import { classFhir, fhirRoot } from './class-mapping.ts';
import type { FhirDefinitions } from './definitions.ts';
import { parseFhirPath, resolveFhirPath } from './path.ts';

/** Components nest a few levels at most. */
const maxDepth = 8;

/**
 * The elements FHIR R4 requires at the top of a class's resource (min 1: Flag's status, code and subject) that no
 * mandatory MODS element fills: a record of the class would export to a resource that FHIR refuses. An element fills
 * one when its path starts there and it is mandatory, through every component on its way; a component mapped to
 * `$this` passes its elements' paths up.
 */
export function unfilledRequired(definitions: FhirDefinitions, index: Pick<SpecIndex, 'classes'>, cls: ClassModel): readonly string[] {
  const mapping = classFhir(index, cls)?.mapping;
  const resource = mapping?.resource;
  const root = mapping && fhirRoot(mapping);
  if (!resource || root === undefined) return [];
  const type = definitions.types.get(resource);
  if (!type) return [];
  const required = [...type.elements].filter(([path, e]) => !path.includes('.') && e.min >= 1).map(([path]) => path);
  if (required.length === 0) return [];
  const filled = new Set<string>();
  const walk = (elements: readonly ElementModel[], base: string, depth: number) => {
    if (depth > maxDepth) return;
    for (const element of elements) {
      if (element.cardinality?.min !== 1 || element.fhir?.path === undefined || element.fhir.unmapped !== undefined) continue;
      const parsed = parseFhirPath(element.fhir.path);
      if ('error' in parsed) continue;
      if (parsed.steps.length === 0) {
        const target = element.target ? index.classes.get(element.target) : undefined;
        if (target && base === root) walk(target.elements, base, depth + 1);
        continue;
      }
      if (base !== root) continue;
      const resolved = resolveFhirPath(definitions, root, parsed.steps);
      if (!('error' in resolved)) filled.add(resolved.steps[0]!.key);
    }
  };
  walk(cls.elements, root, 0);
  return required.filter((path) => !filled.has(path));
}
