import { compareStrings } from '../../generator/src/kit.ts';
import type { CheckSummary, ClassScore, ElementScore, FindingSeverity, ProviderScore, ValidationResult } from '../files/result.ts';

/**
 * The plain view model the HTML scorecard template renders: every number already formatted, every colour already
 * chosen, so that the template holds nothing but `each` and `if`. Plain text only; the template escapes it.
 */
export type Rating = 'good' | 'fair' | 'poor' | 'none' | 'info';

/** A share drawn as a percentage, a bar width (CSS %) and a rating that the colour and a word both show. */
export interface ShareView {
  readonly text: string;
  readonly width: string;
  readonly rating: Rating;
  readonly label: string;
}

export interface CountRow {
  readonly label: string;
  readonly count: string;
  readonly share: string;
}

export interface SeverityRow {
  readonly label: string;
  readonly severity: FindingSeverity;
  readonly count: string;
}

export interface CheckRow {
  readonly check: string;
  readonly requirement: string;
  readonly severity: FindingSeverity;
  readonly count: string;
  readonly records: string;
}

export interface ElementView {
  readonly name: string;
  readonly element: string;
  /** must, could, or "must (modelled)": mandatory in the asc-mods model, not in the published standard. */
  readonly obligation: string;
  readonly present: string;
  readonly completeness: ShareView;
  readonly validity: ShareView;
}

export interface ClassView {
  readonly name: string;
  readonly recordType: string;
  readonly records: string;
  readonly validRecords: string;
  readonly validShare: ShareView;
  readonly elements: readonly ElementView[];
  readonly hasElements: boolean;
}

export interface ProviderView {
  readonly name: string;
  readonly by: string;
  readonly classes: readonly ClassView[];
  readonly hasClasses: boolean;
}

export interface ScorecardView {
  readonly title: string;
  readonly spec: string;
  readonly totals: readonly CountRow[];
  /** Empty when valid + invalid + unreadable make the records read, as they should. */
  readonly totalsMismatch: string;
  readonly bytes: string;
  readonly findings: readonly SeverityRow[];
  readonly topChecks: readonly CheckRow[];
  readonly hasChecks: boolean;
  /** Empty unless there are more checks with findings than the table lists. */
  readonly moreChecks: string;
  readonly classes: readonly ClassView[];
  readonly hasClasses: boolean;
  readonly showProviders: boolean;
  readonly providers: readonly ProviderView[];
}

/** Checks listed in the table of top checks; report.json has them all. */
export const topCheckCount = 20;

export function buildScorecardView(result: ValidationResult): ScorecardView {
  const { totals, findings } = result;
  const sum = totals.valid + totals.invalid + totals.unreadable;
  const checks = result.checks.filter((c) => c.count > 0).sort(compareChecks);
  const classes = result.scorecard.map(classView);
  return {
    title: 'Data-quality scorecard',
    spec: `${result.tool.spec}, release ${result.tool.release}`,
    totals: [
      { label: 'Records read', count: formatCount(totals.records), share: shareOf(totals.records, totals.records).text },
      { label: 'Valid', count: formatCount(totals.valid), share: shareOf(totals.valid, totals.records).text },
      { label: 'Invalid', count: formatCount(totals.invalid), share: shareOf(totals.invalid, totals.records).text },
      { label: 'Unreadable', count: formatCount(totals.unreadable), share: shareOf(totals.unreadable, totals.records).text },
    ],
    totalsMismatch: sum === totals.records ? '' : `Valid, invalid and unreadable make ${formatCount(sum)}, not the ${formatCount(totals.records)} records read.`,
    bytes: `${formatCount(totals.bytes)} bytes read from ${formatCount(result.files.length)} ${result.files.length === 1 ? 'file' : 'files'}.`,
    findings: [
      { label: 'Errors', severity: 'error', count: formatCount(findings.errors) },
      { label: 'Warnings', severity: 'warning', count: formatCount(findings.warnings) },
      { label: 'Information', severity: 'info', count: formatCount(findings.infos) },
    ],
    topChecks: checks.slice(0, topCheckCount).map(checkRow),
    hasChecks: checks.length > 0,
    moreChecks: checks.length > topCheckCount ? `${formatCount(checks.length - topCheckCount)} more checks with findings are listed in report.json.` : '',
    classes,
    hasClasses: classes.length > 0,
    showProviders: result.providers.length > 1,
    providers: [...result.providers].sort((a, b) => compareStrings(a.provider, b.provider)).map(providerView),
  };
}

function checkRow(check: CheckSummary): CheckRow {
  return {
    check: check.check,
    requirement: check.requirement ?? '—',
    severity: check.severity,
    count: formatCount(check.count),
    records: formatCount(check.records),
  };
}

function classView(score: ClassScore): ClassView {
  return {
    name: score.publishedName,
    recordType: score.recordType,
    records: formatCount(score.records),
    validRecords: formatCount(score.validRecords),
    validShare: shareOf(score.validRecords, score.records),
    elements: score.elements.map((element) => elementView(element, score.records)),
    hasElements: score.elements.length > 0,
  };
}

function elementView(score: ElementScore, records: number): ElementView {
  return {
    name: score.publishedName,
    element: score.element,
    obligation: score.obligation === 'must' && score.authority === 'modelled' ? 'must (modelled)' : score.obligation,
    present: `${formatCount(score.present)} of ${formatCount(records)}`,
    // MODS does not ask every record to hold an optional element: its completeness informs, it is not rated.
    completeness: shareOf(score.present, records, score.obligation === 'must' ? 'must' : 'inform'),
    validity: shareOf(score.valid, score.present),
  };
}

function providerView(provider: ProviderScore): ProviderView {
  const classes = provider.classes.map(classView);
  return { name: provider.provider, by: provider.by === 'ods-code' ? 'ODS code' : 'file', classes, hasClasses: classes.length > 0 };
}

const ratingLabel: Readonly<Record<Rating, string>> = { good: 'good', fair: 'fair', poor: 'poor', none: 'no data', info: 'optional' };

/**
 * `part` of `whole` as a percentage to one decimal place, rounded down so that 100.0% means complete (and a little
 * above none shows as <0.1%). Good is 95% or more, fair 80% or more, poor below; with `mustBeComplete` anything short
 * of all is poor; with `inform` (the completeness of an optional element) it is shown, not rated. An empty whole has no data.
 */
export function shareOf(part: number, whole: number, mode: 'rate' | 'must' | 'inform' = 'rate'): ShareView {
  if (whole <= 0) return { text: 'n/a', width: '0', rating: 'none', label: ratingLabel.none };
  const tenths = Math.min(1000, Math.max(0, Math.floor((part * 1000) / whole)));
  const rating: Rating =
    mode === 'inform' ? 'info' : mode === 'must' && part < whole ? 'poor' : part * 100 >= whole * 95 ? 'good' : part * 100 >= whole * 80 ? 'fair' : 'poor';
  const percent = (tenths / 10).toFixed(1);
  return { text: tenths === 0 && part > 0 ? '<0.1%' : `${percent}%`, width: percent, rating, label: ratingLabel[rating] };
}

/** 1234567 → "1,234,567": the same on every machine, whatever its locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const severityRank: Readonly<Record<FindingSeverity, number>> = { error: 0, warning: 1, info: 2 };

function compareChecks(a: CheckSummary, b: CheckSummary): number {
  return severityRank[a.severity] - severityRank[b.severity] || b.count - a.count || compareStrings(a.check, b.check);
}
