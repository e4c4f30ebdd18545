import type { SpecIndex } from '../model/index.ts';
import type { ClassModel, ElementModel } from '../model/types.ts';
import { classFhir, fhirRoot } from './class-mapping.ts';
import type { FhirDefinitions } from './definitions.ts';
import { followFhirPath, parseFhirPath, resolveFhirPath } from './path.ts';

/** Components nest a few levels at most. */
const maxDepth = 8;

/**
 * The elements FHIR R4 requires of a resource (min 1: a Flag's status, code and subject), by their keys
 * ('occurrence[x]'), and those its backbone elements require where they are present ('qualification.code': a
 * Practitioner need have no qualification, but one it has needs its code).
 */
export function requiredElements(definitions: FhirDefinitions, resource: string): readonly string[] {
  const type = definitions.types.get(resource);
  return type ? [...type.elements].filter(([, e]) => e.min >= 1).map(([path]) => path) : [];
}

/**
 * The elements FHIR R4 requires at the top of a class's resource that no element of the class maps to: none of its
 * records can export to a resource FHIR accepts. (One that only an optional MODS element fills is a matter of each
 * record's data, which the export reports record by record.) A component mapped to `$this` passes its elements'
 * paths up.
 */
export function unfilledRequired(definitions: FhirDefinitions, index: Pick<SpecIndex, 'classes'>, cls: ClassModel): readonly string[] {
  const mapping = classFhir(index, cls)?.mapping;
  const resource = mapping?.resource;
  const root = mapping && fhirRoot(mapping);
  if (!resource || root === undefined) return [];
  const required = requiredElements(definitions, resource).filter((path) => !path.includes('.'));
  if (required.length === 0) return [];
  const filled = new Set<string>();
  const walk = (elements: readonly ElementModel[], depth: number) => {
    if (depth > maxDepth) return;
    for (const element of elements) {
      if (element.fhir?.path === undefined || element.fhir.unmapped !== undefined) continue;
      const parsed = parseFhirPath(element.fhir.path);
      if ('error' in parsed) continue;
      if (parsed.steps.length === 0) {
        const target = element.target ? index.classes.get(element.target) : undefined;
        if (target) walk(target.elements, depth + 1);
        continue;
      }
      const resolved = resolveFhirPath(definitions, root, parsed.steps);
      if (!('error' in resolved)) filled.add(resolved.steps[0]!.key);
    }
  };
  walk(cls.elements, 0);
  for (const path of Object.keys(mapping.fixed ?? {})) {
    const followed = followFhirPath(definitions, root, path);
    if (followed) filled.add(followed.resolved.steps[0]!.key);
  }
  return required.filter((path) => !filled.has(path));
}

/**
 * Which of a resource's required elements (keys as requiredElements gives them) a written resource lacks, as FHIR
 * paths: 'status', or 'qualification[0].code' for a backbone element's, in each item that is present.
 */
export function missingRequired(resource: Readonly<Record<string, unknown>>, required: readonly string[]): string[] {
  const missing: string[] = [];
  for (const key of required) {
    const parts = key.split('.');
    const leaf = parts.pop()!;
    for (const { node, at } of nodesAt(resource, parts, '')) {
      const keys = Object.keys(node);
      const absent = leaf.endsWith('[x]') ? !keys.some((k) => k.startsWith(leaf.slice(0, -3))) : node[leaf] === undefined;
      if (absent) missing.push(at === '' ? leaf : `${at}.${leaf}`);
    }
  }
  return missing;
}

/** The objects a dotted path reaches, each with its FHIR path ('qualification[0]'). */
function nodesAt(node: Readonly<Record<string, unknown>>, parts: readonly string[], at: string): { node: Readonly<Record<string, unknown>>; at: string }[] {
  if (parts.length === 0) return [{ node, at }];
  const [first, ...rest] = parts;
  const value = node[first!];
  const here = at === '' ? first! : `${at}.${first!}`;
  if (Array.isArray(value)) return value.flatMap((item, i) => (isObject(item) ? nodesAt(item, rest, `${here}[${i}]`) : []));
  return isObject(value) ? nodesAt(value, rest, here) : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
