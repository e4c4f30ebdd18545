import { isRepdigit, isValidNhsNumber } from '../../../generator/src/kit.ts';
import { maskValue } from '../mask.ts';
import type { ClassPlan } from '../plan.ts';
import { visitValues } from '../paths.ts';
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
        add('nhs-number-check-digit', { path, ...words, value: maskValue(value, sensitivity(path), plan.keep) });
      }
    });
  }
  for (const steps of plan.futureDates) {
    visitValues(record, steps, (value, at) => {
      if (typeof value === 'string' && isFuture(value, clock)) {
        const path = at.pointer();
        add('not-in-future', { path, message: 'a date that records the past is later than the time of this check', fix: 'Correct the date; check the time zone of date-times.', value: maskValue(value, sensitivity(path), plan.keep) });
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
