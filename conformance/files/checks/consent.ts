import type { SpecModel } from '../../../generator/src/kit.ts';
import type { RecordFinding } from './finding.ts';

/**
 * For the consent-before-care-plan rule: the class.element references its requirement names (a care plan's link
 * to informed consent) must be present. Whether the consent exists is the reference-resolves rule's question.
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
export const deliveredStatuses: ReadonlySet<string> = new Set(['active', 'on-hold', 'completed']);

export function consentFindings(record: Record<string, unknown>, elements: readonly string[], requirement: string | undefined): RecordFinding[] {
  const status = (record['status'] as { code?: unknown } | undefined)?.code;
  if (typeof status !== 'string' || !deliveredStatuses.has(status)) return [];
  return elements
    .filter((name) => {
      const value = record[name];
      return value === undefined || (Array.isArray(value) && value.length === 0);
    })
    .map((name) => ({
      check: 'consent-before-care-plan',
      ...(requirement === undefined ? {} : { requirement }),
      severity: 'error' as const,
      path: `/${name}`,
      message: `the care plan is ${String(status)} but refers to no informed consent`,
      fix: "Record the person's informed consent (or a proxy's) and refer to it before the plan is delivered.",
    }));
}
