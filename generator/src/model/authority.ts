/**
 * Authority: whether an obligation rests on what the NHS publishes or on our modelling. A verdict may only fail a
 * system on published obligations by default (the 'published' profile); modelled ones are advisory there and
 * enforced under the 'full' profile. The YAML says it only where derivation from provenance would be wrong.
 */
import type { Authority, Provenance, RawElement, RawRequirement, RawValueSet } from './raw.ts';
import type { ClassModel, ElementModel } from './types.ts';

/** Sources published by NHS England: the data browser, the implementation guidance, the NHS Data Dictionary. */
export const nhsPublished: ReadonlySet<Provenance> = new Set<Provenance>(['nhs-data-browser', 'nhs-guidance', 'nhs-data-dictionary']);

export const authorities: readonly Authority[] = ['published', 'modelled'];

/** An element's obligations are published when it is a data-browser row whose Occurs was read verbatim. */
export function elementAuthority(element: Pick<RawElement, 'authority' | 'provenance' | 'occurs'>): Authority {
  return element.authority ?? (element.provenance === 'nhs-data-browser' && element.occurs !== undefined ? 'published' : 'modelled');
}

/** A binding is published when its codes come from the data browser or the NHS Data Dictionary. */
export function valueSetAuthority(valueSet: Pick<RawValueSet, 'authority' | 'provenance'>): Authority {
  return valueSet.authority ?? (valueSet.provenance === 'nhs-data-browser' || valueSet.provenance === 'nhs-data-dictionary' ? 'published' : 'modelled');
}

/** A requirement is published when an NHS source states it; the exchange API's requirements are ours. */
export function requirementAuthority(requirement: Pick<RawRequirement, 'authority' | 'provenance' | 'profile'>): Authority {
  if (requirement.authority) return requirement.authority;
  if (requirement.profile === 'exchange-api') return 'modelled';
  return nhsPublished.has(requirement.provenance) ? 'published' : 'modelled';
}

/** The weaker of two authorities: an obligation is published only when everything it rests on is. */
export function weakest(...list: readonly Authority[]): Authority {
  return list.includes('modelled') ? 'modelled' : 'published';
}

/**
 * The authority of an element's presence: published when its own obligation is, or when it holds (as a component)
 * an element the published standard makes mandatory. Person demographics is mandatory only in our model, but it holds
 * the published "Must occur" rows date of birth and ethnicity: a record cannot meet them without it.
 */
export function presenceAuthority(element: ElementModel, classes: ReadonlyMap<string, ClassModel>, depth = 0): Authority {
  if (element.authority === 'published') return 'published';
  const target = element.type === 'component' ? classes.get(element.target ?? '') : undefined;
  if (!target || depth >= 4) return 'modelled';
  return target.elements.some((e) => e.cardinality?.min === 1 && presenceAuthority(e, classes, depth + 1) === 'published') ? 'published' : 'modelled';
}

/** The elements of a class that only the asc-mods model makes mandatory: a system built to the published standard need not hold them. */
export function modelledMandatory(cls: ClassModel, classes: ReadonlyMap<string, ClassModel>): string[] {
  return cls.elements.filter((e) => e.cardinality?.min === 1 && presenceAuthority(e, classes) === 'modelled').map((e) => e.name);
}
