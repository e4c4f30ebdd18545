import { groupedNumber } from '../../../generator/src/kit.ts';
import type { RecordFinding } from './finding.ts';

/** The findings of one check kept for one record; the rest are summed up in one more. */
export const maxFindingsPerCheck = 20;

/**
 * At most maxFindingsPerCheck findings of each check for one record, then one that says how many more there were:
 * a record with a list of a million broken items is one record to fix, not a million lines of report. Order is kept.
 */
export function capFindings(findings: RecordFinding[]): RecordFinding[] {
  if (findings.length <= maxFindingsPerCheck) return findings;
  const kept = new Map<string, number>();
  const dropped = new Map<string, { first: RecordFinding; count: number }>();
  const out: RecordFinding[] = [];
  for (const f of findings) {
    const n = (kept.get(f.check) ?? 0) + 1;
    kept.set(f.check, n);
    if (n <= maxFindingsPerCheck) out.push(f);
    else {
      const d = dropped.get(f.check);
      if (d) d.count += 1;
      else dropped.set(f.check, { first: f, count: 1 });
    }
  }
  for (const { first, count } of dropped.values()) {
    const { value: _value, ...rest } = first;
    out.push({ ...rest, message: `and ${groupedNumber(count)} more findings of this check in this record, not listed one by one`, fix: first.fix });
  }
  return out;
}
