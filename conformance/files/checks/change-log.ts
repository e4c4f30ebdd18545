import { auditFields } from '../../../generator/src/kit.ts';
import type { RecordFinding } from './finding.ts';
import { instant } from './instant.ts';
import type { RequirementLookup } from './requirements.ts';

/**
 * Each version has its change-log entry, which names this record and version; the first says created; dates do not
 * go back. Work and findings follow the length of the log, never the version number: a record claiming version 1e300
 * has its missing versions reported as one range, not enumerated.
 */
export function changeLogFindings(record: Record<string, unknown>, requirements: RequirementLookup, out: RecordFinding[] = []): RecordFinding[] {
  const log = record[auditFields.changeLog];
  const uid = record[auditFields.recordUid];
  const version = record[auditFields.versionNumber];
  // Without its own uid and a whole version the record is already reported by the schema; comparing entries to it would only echo that.
  if (!Array.isArray(log) || typeof version !== 'number' || typeof uid !== 'string' || !Number.isInteger(version) || version < 1) return out;
  // The entry index of each version logged (versions above the record's are reported, not kept). Logs are almost
  // always in version order: while they are, the entries kept are listed in `kept` (already sorted, none repeated),
  // and only a log out of order builds the map by version.
  const kept = scratch;
  let keptCount = 0;
  let last = 0;
  let byVersion: Map<number, number> | undefined;
  for (let i = 0; i < log.length; i += 1) {
    const e = log[i] as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object') continue;
    if (e[auditFields.entryRecordUid] !== undefined && e[auditFields.entryRecordUid] !== uid) add(out, requirements, `/change_log/${i}/${auditFields.entryRecordUid}`, 'a change-log entry names another record', 'Each entry carries the uid of the record it belongs to.');
    const v = e[auditFields.entryVersion];
    // A version that is not a whole number from 1 is the schema's to report.
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) continue;
    if (v > version) add(out, requirements, `/change_log/${i}/${auditFields.entryVersion}`, `a change-log entry is for version ${v}, after the record's version ${version}`, 'Log only versions that exist.');
    else if (byVersion === undefined && v > last) ((kept[keptCount++] = i), (last = v));
    else {
      if (byVersion === undefined) {
        byVersion = new Map();
        for (let n = 0; n < keptCount; n += 1) byVersion.set((log[kept[n]!] as Record<string, unknown>)[auditFields.entryVersion] as number, kept[n]!);
      }
      if (byVersion.has(v)) add(out, requirements, `/change_log/${i}/${auditFields.entryVersion}`, `version ${v} has two change-log entries`, 'Keep one entry per version.');
      else byVersion.set(v, i);
    }
  }
  const order = byVersion === undefined ? kept : [...byVersion.keys()].sort((a, b) => a - b).map((v) => byVersion.get(v)!);
  const count = byVersion === undefined ? keptCount : order.length;
  let expected = 1;
  let previousVersion = 0;
  // The instant of the previous entry's date, when it is text (NaN otherwise: no comparison with NaN holds).
  let previousInstant = Number.NaN;
  for (let n = 0; n < count; n += 1) {
    const i = order[n]!;
    const entry = log[i] as Record<string, unknown>;
    const v = entry[auditFields.entryVersion] as number;
    if (v > expected) missing(out, requirements, expected, v - 1);
    if (v === 1) {
      const type = (entry[auditFields.entryChangeType] as { code?: unknown } | undefined)?.code;
      if (type !== undefined && type !== 'created') add(out, requirements, `/change_log/${i}/${auditFields.entryChangeType}`, 'the entry for version 1 does not say the record was created', 'The first entry records the creation.');
    }
    const date = entry[auditFields.entryDate];
    const at = typeof date === 'string' ? instant(date) : Number.NaN;
    if (at < previousInstant) {
      add(out, requirements, `/change_log/${i}/${auditFields.entryDate}`, `the change for version ${v} is dated before the change for version ${previousVersion}`, 'Changes are logged in the order they were made.');
    }
    previousVersion = v;
    previousInstant = at;
    expected = v + 1;
  }
  if (expected <= version) missing(out, requirements, expected, version);
  return out;
}

/** The entries kept while a log is in order, reused from record to record (numbers only, so it holds no record; a call uses its first keptCount). */
const scratch: number[] = [];

function add(out: RecordFinding[], requirements: RequirementLookup, path: string, message: string, fix: string): void {
  const requirement = requirements.forRule('change-log-consistent');
  out.push({ check: 'change-log-consistent', severity: 'error', ...(requirement === undefined ? {} : { requirement }), path, message, fix });
}

function missing(out: RecordFinding[], requirements: RequirementLookup, from: number, to: number): void {
  add(out, requirements, '/change_log', from === to ? `version ${from} has no change-log entry` : `versions ${from} to ${to} have no change-log entry (${to - from + 1} versions)`, 'Every version needs its entry: who, when, on which system, what kind of change.');
}
