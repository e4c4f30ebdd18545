import { deliveredStatuses } from '../../../generator/src/kit.ts';
import type { RecordFinding } from './finding.ts';

export { consentLinks } from '../../../generator/src/kit.ts';

const delivered: ReadonlySet<string> = new Set(deliveredStatuses);

export function consentFindings(record: Record<string, unknown>, elements: readonly string[], requirement: string | undefined): RecordFinding[] {
  const status = (record['status'] as { code?: unknown } | undefined)?.code;
  if (typeof status !== 'string' || !delivered.has(status)) return [];
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
