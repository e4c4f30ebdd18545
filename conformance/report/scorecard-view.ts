import { compareStrings } from '../../generator/src/kit.ts';
import type { CheckSummary, ClassScore, ElementScore, FindingSeverity, ProviderScore, RunStamp, ValidationResult } from '../files/result.ts';
import { barChart, type BarChart } from './bar-chart.ts';

/**
 * The plain view model the HTML scorecard template renders: every number already formatted, every colour already
 * chosen, so that the template holds nothing but `each` and `if`. Plain text only; the template escapes it.
 */
import type { Rating } from './rating.ts';
export type { Rating } from './rating.ts';

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


/** One provider in the summary table at the top: the figures a BI manager ranks providers by. */
export interface ProviderRow {
  readonly name: string;
  readonly by: string;
  readonly records: string;
  readonly valid: string;
  readonly validShare: ShareView;
  readonly errors: string;
  readonly warnings: string;
  /** Errors by requirement, most first: "MODS-AUDIT-003 256; MODS-STRUCT-002 129". */
  readonly errorsByRequirement: string;
}

/** Classes down, providers across: each class's valid share per provider, so that providers can be compared. */
export interface ComparisonView {
  readonly providers: readonly string[];
  readonly rows: readonly { readonly name: string; readonly recordType: string; readonly cells: readonly ShareView[] }[];
}

/** What the run was: when, with which versions, on which inputs (each with its SHA-256). */
export interface StampView {
  readonly line: string;
  readonly inputs: readonly { readonly file: string; readonly bytes: string; readonly sha256: string }[];
}

export interface ScorecardView {
  readonly title: string;
  readonly spec: string;
  /** Absent for a result made without a run stamp (in process). */
  readonly stamp: StampView | undefined;
  readonly providerRows: readonly ProviderRow[];
  readonly providerChart: BarChart;
  /** The mandatory elements' completeness, the least complete first (at most completenessBars of them). */
  readonly completenessChart: BarChart | undefined;
  readonly comparison: ComparisonView | undefined;
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
}

/** Checks listed in the table of top checks; report.json has them all. */
export const topCheckCount = 20;

export function buildScorecardView(result: ValidationResult): ScorecardView {
  const { totals, findings } = result;
  const sum = totals.valid + totals.invalid + totals.unreadable;
  const checks = result.checks.filter((c) => c.count > 0).sort(compareChecks);
  const classes = result.scorecard.map(classView);
  const providers = [...result.providers].sort(compareProviders);
  return {
    title: 'Data-quality scorecard',
    spec: `${result.tool.spec}, release ${result.tool.release}`,
    stamp: result.run === undefined ? undefined : stampView(result.run),
    providerRows: providers.map(providerRow),
    providerChart: barChart(
      'chart-providers',
      'Providers ranked by the share of their records that are valid',
      'One bar per provider, the best first; the colour is the rating (good 95% or more, fair 80% or more, poor below).',
      providers.map((p) => {
        const share = shareOf(p.valid, p.records);
        return { label: p.provider, share: p.records === 0 ? 0 : p.valid / p.records, value: `${share.text} ${share.label}`, rating: share.rating, keep: p.by === 'file' ? ('end' as const) : ('start' as const) };
      }),
    ),
    completenessChart: completenessChart(result.scorecard),
    comparison: providers.length > 1 ? comparisonView(providers, result.scorecard) : undefined,
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
  };
}

/** The best first (valid share, then records), then by name: the order of the table and the chart alike. */
function compareProviders(a: ProviderScore, b: ProviderScore): number {
  const share = (p: ProviderScore) => (p.records === 0 ? -1 : p.valid / p.records);
  return share(b) - share(a) || b.records - a.records || compareStrings(a.provider, b.provider);
}

function providerRow(p: ProviderScore): ProviderRow {
  const byRequirement = Object.entries(p.errorsByRequirement).sort(([a, x], [b, y]) => y - x || compareStrings(a, b));
  return {
    name: p.provider,
    by: p.by === 'ods-code' ? 'ODS code' : 'file',
    records: formatCount(p.records),
    valid: formatCount(p.valid),
    validShare: shareOf(p.valid, p.records),
    errors: formatCount(p.errors),
    warnings: formatCount(p.warnings),
    errorsByRequirement: byRequirement.length === 0 ? '—' : byRequirement.map(([r, n]) => `${r === '' ? 'unreadable input' : r} ${formatCount(n)}`).join('; '),
  };
}

/** Bars in the completeness chart: the least complete mandatory elements; the class tables list them all. */
export const completenessBars = 30;

function completenessChart(scorecard: readonly ClassScore[]): BarChart | undefined {
  const must = scorecard.flatMap((c) => c.elements.filter((e) => e.obligation === 'must' && c.records > 0).map((e) => ({ c, e, share: e.present / c.records })));
  if (must.length === 0) return undefined;
  must.sort((a, b) => a.share - b.share || compareStrings(a.c.publishedName, b.c.publishedName) || compareStrings(a.e.publishedName, b.e.publishedName));
  const shown = must.slice(0, completenessBars);
  return barChart(
    'chart-completeness',
    `Completeness of mandatory elements, the least complete first${must.length > shown.length ? ` (${shown.length} of ${must.length})` : ''}`,
    'The share of a class\'s records that hold an element that must occur; the colour is the rating (good when every record holds it, fair from 95%, poor below).',
    shown.map(({ c, e }) => {
      const share = shareOf(e.present, c.records, 'must');
      return { label: `${c.publishedName}: ${e.publishedName}${e.authority === 'modelled' ? ' (modelled)' : ''}`, share: e.present / c.records, value: `${share.text} ${share.label}`, rating: share.rating };
    }),
  );
}

function comparisonView(providers: readonly ProviderScore[], scorecard: readonly ClassScore[]): ComparisonView {
  return {
    providers: providers.map((p) => p.provider),
    rows: scorecard.map((c) => ({
      name: c.publishedName,
      recordType: c.recordType,
      cells: providers.map((p) => {
        const score = p.classes.find((k) => k.recordType === c.recordType);
        return score ? shareOf(score.validRecords, score.records) : shareOf(0, 0);
      }),
    })),
  };
}

function stampView(run: RunStamp): StampView {
  const at = run.at.replace('T', ' at ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  return {
    line: `Run on ${at} with asc-mods ${run.toolVersion}, spec release ${run.specRelease}, on ${run.inputs.length} ${run.inputs.length === 1 ? 'input' : 'inputs'}.`,
    inputs: run.inputs.map((i) => ({ file: i.file, bytes: formatCount(i.bytes), sha256: i.sha256 === '' ? 'could not be read again' : i.sha256 })),
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


const ratingLabel: Readonly<Record<Rating, string>> = { good: 'good', fair: 'fair', poor: 'poor', none: 'no data', info: 'optional' };

/**
 * `part` of `whole` as a percentage to one decimal place, rounded down so that 100.0% means complete (and a little
 * above none shows as <0.1%). Good is 95% or more, fair 80% or more, poor below; with `must` (an element that must
 * occur) good is all, fair 95% or more, poor below, so that 99.8% is never drawn as red beside a 95% marked good; with `inform` (the completeness of an optional element) it is shown, not rated. An empty whole has no data.
 */
export function shareOf(part: number, whole: number, mode: 'rate' | 'must' | 'inform' = 'rate'): ShareView {
  if (whole <= 0) return { text: 'n/a', width: '0', rating: 'none', label: ratingLabel.none };
  const tenths = Math.min(1000, Math.max(0, Math.floor((part * 1000) / whole)));
  const rating: Rating =
    mode === 'inform' ? 'info' : mode === 'must' ? (part >= whole ? 'good' : part * 100 >= whole * 95 ? 'fair' : 'poor') : part * 100 >= whole * 95 ? 'good' : part * 100 >= whole * 80 ? 'fair' : 'poor';
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
