import { auditFields } from '../../model/audit-fields.ts';
import { isRepdigit, isValidNhsNumber } from '../../model/nhs-number.ts';
import { maskValue } from '../mask.ts';
import type { ClassPlan } from '../plan.ts';
import { visitValues } from '../paths.ts';
import type { RecordFinding } from './finding.ts';
import type { RequirementLookup } from './requirements.ts';

/** The clock a run checks dates against, in the forms the rules compare with (computed once per run). */
export interface Clock {
  readonly iso: string;
  readonly ms: number;
}

export function clockAt(now: Date): Clock {
  return { iso: now.toISOString(), ms: now.getTime() };
}

/** The data rules that need one record only. The clock is fixed for the run, so every record meets the same time. */
export function recordRuleFindings(plan: ClassPlan, record: Record<string, unknown>, clock: Clock, requirements: RequirementLookup): RecordFinding[] {
  const out: RecordFinding[] = [];
  const add = (check: string, f: Omit<RecordFinding, 'check' | 'severity' | 'requirement'>) => {
    const requirement = requirements.forRule(check);
    out.push({ check, severity: 'error', ...(requirement === undefined ? {} : { requirement }), ...f });
  };
  const sensitivity = (pointer: string) => plan.elements.get(pointer.split('/')[1] ?? '')?.sensitivity ?? 'special-category';

  for (const steps of plan.nhsNumbers) {
    visitValues(record, steps, (value, at) => {
      if (typeof value === 'string' && /^[0-9]{10}$/.test(value) && !isValidNhsNumber(value)) {
        const path = at.pointer();
        const words = isRepdigit(value)
          ? { message: 'the NHS number is ten of the same digit, a placeholder rather than an issued number', fix: 'Leave the NHS number out when it is not known, or trace it on PDS; never fill it with a dummy.' }
          : { message: 'the NHS number does not have a valid check digit', fix: 'Take the NHS number from PDS; a mistyped digit is the usual cause.' };
        add('nhs-number-check-digit', { path, ...words, value: maskValue(value, sensitivity(path)) });
      }
    });
  }
  for (const steps of plan.futureDates) {
    visitValues(record, steps, (value, at) => {
      if (typeof value === 'string' && isFuture(value, clock)) {
        const path = at.pointer();
        add('not-in-future', { path, message: 'a date that records the past is later than the time of this check', fix: 'Correct the date; check the time zone of date-times.', value: maskValue(value, sensitivity(path)) });
      }
    });
  }
  for (const { container, start, end } of plan.datePairs) {
    const check = (holder: unknown, pointer: () => string) => {
      if (holder === null || typeof holder !== 'object') return;
      const s = (holder as Record<string, unknown>)[start];
      const e = (holder as Record<string, unknown>)[end];
      if (typeof s === 'string' && typeof e === 'string' && instant(e) < instant(s)) {
        add('start-before-end', { path: `${pointer()}/${end}`, message: `the end (${end}) is before the start (${start})`, fix: 'Correct one of the two dates.' });
      }
    };
    if (container.length === 0) check(record, () => '');
    else visitValues(record, container, (holder, at) => check(holder, () => at.pointer()));
  }
  const log = changeLogFindings(record, requirements);
  for (const f of log) out.push(f);
  return out;
}

/** Each version has its change-log entry, which names this record and version; the first says created; dates do not go back. */
function changeLogFindings(record: Record<string, unknown>, requirements: RequirementLookup): RecordFinding[] {
  const log = record[auditFields.changeLog];
  const uid = record[auditFields.recordUid];
  const version = record[auditFields.versionNumber];
  // Without its own uid and version the record is already reported by the schema; comparing entries to it would only echo that.
  if (!Array.isArray(log) || typeof version !== 'number' || typeof uid !== 'string' || version < 1) return [];
  let out: RecordFinding[] | undefined;
  const add = (path: string, message: string, fix: string) => {
    const requirement = requirements.forRule('change-log-consistent');
    (out ??= []).push({ check: 'change-log-consistent', severity: 'error', ...(requirement === undefined ? {} : { requirement }), path, message, fix });
  };
  // byVersion[v] = index of the entry for version v (versions above the record's are reported, not kept).
  const byVersion: (number | undefined)[] = new Array(Math.min(version, 10_000) + 1);
  for (let i = 0; i < log.length; i += 1) {
    const e = log[i] as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object') continue;
    if (e[auditFields.entryRecordUid] !== undefined && e[auditFields.entryRecordUid] !== uid) add(`/change_log/${i}/${auditFields.entryRecordUid}`, 'a change-log entry names another record', 'Each entry carries the uid of the record it belongs to.');
    const v = e[auditFields.entryVersion];
    if (typeof v !== 'number') continue;
    if (v > version) add(`/change_log/${i}/${auditFields.entryVersion}`, `a change-log entry is for version ${v}, after the record's version ${version}`, 'Log only versions that exist.');
    else if (byVersion[v] !== undefined) add(`/change_log/${i}/${auditFields.entryVersion}`, `version ${v} has two change-log entries`, 'Keep one entry per version.');
    else byVersion[v] = i;
  }
  let previous: { v: number; date: unknown } | undefined;
  for (let v = 1; v < byVersion.length; v += 1) {
    const i = byVersion[v];
    if (i === undefined) {
      add('/change_log', `version ${v} has no change-log entry`, 'Every version needs its entry: who, when, on which system, what kind of change.');
      continue;
    }
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
  }
  return out ?? [];
}

/** Milliseconds of a date or date-time (a partial date counts from its start); NaN when unreadable. */
function instant(value: string): number {
  return Date.parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value);
}

function isFuture(value: string, clock: Clock): boolean {
  // A date, or a UTC date-time to the second, compares as text with the clock's own ISO form; others are parsed.
  if (value.length <= 10 || (value.length === 20 && value.charCodeAt(19) === 90)) return isLaterText(value, clock.iso, value.length <= 10 ? value.length : 19);
  const t = Date.parse(value);
  return Number.isFinite(t) && t > clock.ms + 60_000;
}

/** value[0, n) > iso[0, n) as text, without cutting either string. */
function isLaterText(value: string, iso: string, n: number): boolean {
  for (let i = 0; i < n; i += 1) {
    const a = value.charCodeAt(i);
    const b = iso.charCodeAt(i);
    if (a !== b) return a > b;
  }
  return false;
}
