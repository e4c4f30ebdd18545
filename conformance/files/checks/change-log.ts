import { auditFields } from '../../../generator/src/kit.ts';
import type { RecordFinding } from './finding.ts';
import { instant } from './instant.ts';
import type { RequirementLookup } from './requirements.ts';

/**
 * Each version has its change-log entry, which names this record and version; the first says created; dates do not
 * go back. Work and findings follow the length of the log, never the version number: a record claiming version 1e300
 * has its missing versions reported as one range, not enumerated.
 */
export function changeLogFindings(record: Record<string, unknown>, requirements: RequirementLookup): RecordFinding[] {
  const log = record[auditFields.changeLog];
  const uid = record[auditFields.recordUid];
  const version = record[auditFields.versionNumber];
  // Without its own uid and a whole version the record is already reported by the schema; comparing entries to it would only echo that.
  if (!Array.isArray(log) || typeof version !== 'number' || typeof uid !== 'string' || !Number.isInteger(version) || version < 1) return [];
  const out: RecordFinding[] = [];
  const requirement = requirements.forRule('change-log-consistent');
  const add = (path: string, message: string, fix: string) => out.push({ check: 'change-log-consistent', severity: 'error', ...(requirement === undefined ? {} : { requirement }), path, message, fix });
  // The entry index of each version logged (versions above the record's are reported, not kept).
  const byVersion = new Map<number, number>();
  for (let i = 0; i < log.length; i += 1) {
    const e = log[i] as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object') continue;
    if (e[auditFields.entryRecordUid] !== undefined && e[auditFields.entryRecordUid] !== uid) add(`/change_log/${i}/${auditFields.entryRecordUid}`, 'a change-log entry names another record', 'Each entry carries the uid of the record it belongs to.');
    const v = e[auditFields.entryVersion];
    // A version that is not a whole number from 1 is the schema's to report.
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) continue;
    if (v > version) add(`/change_log/${i}/${auditFields.entryVersion}`, `a change-log entry is for version ${v}, after the record's version ${version}`, 'Log only versions that exist.');
    else if (byVersion.has(v)) add(`/change_log/${i}/${auditFields.entryVersion}`, `version ${v} has two change-log entries`, 'Keep one entry per version.');
    else byVersion.set(v, i);
  }
  const missing = (from: number, to: number) =>
    add('/change_log', from === to ? `version ${from} has no change-log entry` : `versions ${from} to ${to} have no change-log entry (${to - from + 1} versions)`, 'Every version needs its entry: who, when, on which system, what kind of change.');
  let expected = 1;
  let previous: { v: number; date: unknown } | undefined;
  for (const v of [...byVersion.keys()].sort((a, b) => a - b)) {
    if (v > expected) missing(expected, v - 1);
    const i = byVersion.get(v)!;
    const entry = log[i] as Record<string, unknown>;
    if (v === 1) {
      const type = (entry[auditFields.entryChangeType] as { code?: unknown } | undefined)?.code;
      if (type !== undefined && type !== 'created') add(`/change_log/${i}/${auditFields.entryChangeType}`, 'the entry for version 1 does not say the record was created', 'The first entry records the creation.');
    }
    const date = entry[auditFields.entryDate];
    if (previous && typeof previous.date === 'string' && typeof date === 'string' && instant(date) < instant(previous.date)) {
      add(`/change_log/${i}/${auditFields.entryDate}`, `the change for version ${v} is dated before the change for version ${previous.v}`, 'Changes are logged in the order they were made.');
    }
    previous = { v, date };
    expected = v + 1;
  }
  if (expected <= version) missing(expected, version);
  return out;
}
