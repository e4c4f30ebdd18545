import { isRepdigit, isValidNhsNumber, type Sensitivity } from '../../../generator/src/kit.ts';
import { maskValue } from '../mask.ts';
import type { ClassPlan } from '../plan.ts';
import type { RecordFinding } from './finding.ts';
import type { RequirementLookup } from './requirements.ts';
import { changeLogFindings } from './change-log.ts';
import { instant } from './instant.ts';

/** The clock a run checks dates against, in the forms the rules compare with (computed once per run). */
export interface Clock {
  readonly iso: string;
  readonly ms: number;
}

export function clockAt(now: Date): Clock {
  return { iso: now.toISOString(), ms: now.getTime() };
}

/**
 * The data rules that need one record only. The clock is fixed for the run, so every record meets the same time.
 * Findings are added to `out` (a new list when not given), which is returned. Nothing is allocated for a record
 * that breaks none of them.
 */
export function recordRuleFindings(plan: ClassPlan, record: Record<string, unknown>, clock: Clock, requirements: RequirementLookup, out: RecordFinding[] = []): RecordFinding[] {
  for (const path of plan.nhsNumbers) {
    const n = path.collect(record);
    for (let k = 0; k < n; k += 1) {
      const value = path.value(k);
      if (typeof value === 'string' && /^[0-9]{10}$/.test(value) && !isValidNhsNumber(value)) {
        const at = path.pointer(k);
        const words = isRepdigit(value)
          ? { message: 'the NHS number is ten of the same digit, a placeholder rather than an issued number', fix: 'Leave the NHS number out when it is not known, or trace it on PDS; never fill it with a dummy.' }
          : { message: 'the NHS number does not have a valid check digit', fix: 'Take the NHS number from PDS; a mistyped digit is the usual cause.' };
        add(out, requirements, 'nhs-number-check-digit', { path: at, ...words, value: maskValue(value, sensitivity(plan, at), plan.keep) });
      }
    }
    path.release();
  }
  for (const path of plan.futureDates) {
    const n = path.collect(record);
    for (let k = 0; k < n; k += 1) {
      const value = path.value(k);
      if (typeof value === 'string' && isFuture(value, clock)) {
        const at = path.pointer(k);
        add(out, requirements, 'not-in-future', { path: at, message: 'a date that records the past is later than the time of this check', fix: 'Correct the date; check the time zone of date-times.', value: maskValue(value, sensitivity(plan, at), plan.keep) });
      }
    }
    path.release();
  }
  for (const { container, start, end } of plan.datePairs) {
    if (container.steps.length === 0) {
      if (endsBeforeStart(record, start, end)) add(out, requirements, 'start-before-end', { path: `/${end}`, message: `the end (${end}) is before the start (${start})`, fix: 'Correct one of the two dates.' });
      continue;
    }
    const n = container.collect(record);
    for (let k = 0; k < n; k += 1) {
      if (endsBeforeStart(container.value(k), start, end)) add(out, requirements, 'start-before-end', { path: `${container.pointer(k)}/${end}`, message: `the end (${end}) is before the start (${start})`, fix: 'Correct one of the two dates.' });
    }
    container.release();
  }
  changeLogFindings(record, requirements, out);
  return out;
}

function add(out: RecordFinding[], requirements: RequirementLookup, check: string, f: Omit<RecordFinding, 'check' | 'severity' | 'requirement'>): void {
  const requirement = requirements.forRule(check);
  out.push({ check, severity: 'error', ...(requirement === undefined ? {} : { requirement }), ...f });
}

function sensitivity(plan: ClassPlan, pointer: string): Sensitivity {
  return plan.elements.get(pointer.split('/')[1] ?? '')?.sensitivity ?? 'special-category';
}

/** Whether an object holds both dates of a pair as text, the end before the start. */
function endsBeforeStart(holder: unknown, start: string, end: string): boolean {
  if (holder === null || typeof holder !== 'object') return false;
  const s = (holder as Record<string, unknown>)[start];
  const e = (holder as Record<string, unknown>)[end];
  return typeof s === 'string' && typeof e === 'string' && instant(e) < instant(s);
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
