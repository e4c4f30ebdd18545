import type { SpecModel } from './types.ts';

/**
 * For the consent-before-care-plan rule: per class, the references to informed consent its requirement names (a care
 * plan's link to informed consent), which must be present once the plan is delivered. validate and the SQL checks
 * both read it from here.
 */
export function consentLinks(model: SpecModel): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const requirement of model.requirements.filter((r) => r.check.rule === 'consent-before-care-plan' && r.status === 'active')) {
    for (const target of requirement.appliesTo) {
      const [cls, element] = target.split('.');
      const found = model.classes.find((c) => c.name === cls)?.elements.find((e) => e.name === element && e.type === 'reference');
      if (cls && found) links.set(cls, [...(links.get(cls) ?? []), found.name]);
    }
  }
  return links;
}

/** Status codes (FHIR request status) of a plan that has been put into effect: only these need consent already. */
export const deliveredStatuses: readonly string[] = ['active', 'on-hold', 'completed'];
