import type { CheckSummary, ClassScore, DataFinding, FileSummary, FindingSeverity, ProviderScore, ValidationResult } from './result.ts';
import type { ClassPlan } from './plan.ts';

/** How a check's findings on modelled obligations are named apart from its published ones (in FileSummary.checks). */
export const modelledSuffix = ' (modelled)';

interface CheckTally {
  check: string;
  authority: 'modelled' | undefined;
  requirement: string | undefined;
  severity: FindingSeverity;
  count: number;
  records: number;
  lastRecord: string;
  samples: DataFinding[];
  samplesByFile: Map<string, number>;
}

interface ProviderTally {
  readonly by: 'ods-code' | 'file';
  records: number;
  valid: number;
  invalid: number;
  unreadable: number;
  errors: number;
  warnings: number;
  readonly byRequirement: Map<string, number>;
  readonly classes: Map<string, ClassTally>;
}

interface ClassTally {
  records: number;
  valid: number;
  /** By element position in the class plan: records holding the element, and those whose value raised no error. */
  readonly present: Uint32Array;
  readonly validElements: Uint32Array;
}

function emptyTally(elements: number): ClassTally {
  return { records: 0, valid: 0, present: new Uint32Array(elements), validElements: new Uint32Array(elements) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface FileTally {
  summary: Mutable<Omit<FileSummary, 'checks'>>;
  checks: Map<string, number>;
}

export interface RecordOutcome {
  readonly file: string;
  readonly provider: { readonly name: string; readonly by: 'ods-code' | 'file' };
  readonly findings: readonly DataFinding[];
  readonly unreadable: boolean;
  /** The record's class, and the state of each of its elements (see CheckedRecord), when it could be read as one. */
  readonly recordType?: string | undefined;
  readonly elements?: ArrayLike<number> | undefined;
}

/**
 * Sees every finding the run counts, with the provider whose data it is in (the ODS code, or the file): what the
 * findings table is written from, uncapped, while the result keeps only samples.
 */
export type FindingSink = (finding: DataFinding, provider: string) => void;

const severityOrder: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Counts everything and keeps only samples, so memory stays flat however many records and findings a run has. */
export class Aggregator {
  private readonly checks = new Map<string, CheckTally>();
  private readonly files = new Map<string, FileTally>();
  private readonly providers = new Map<string, ProviderTally>();
  /** The provider of each file's last record: the provider of a finding made once the batch was read. */
  private readonly fileProvider = new Map<string, string>();
  /** Given every finding as it is counted (see FindingSink). */
  onFinding: FindingSink | undefined;

  constructor(
    private readonly plans: ReadonlyMap<string, ClassPlan>,
    private readonly samplesPerFile = 20,
    private readonly samplesPerCheck = 100,
  ) {}

  startFile(file: string, format: FileSummary['format']): void {
    this.files.set(file, { summary: { file, format, bytes: 0, records: 0, valid: 0, invalid: 0, unreadable: 0 }, checks: new Map() });
  }

  endFile(file: string, bytes: number): void {
    this.files.get(file)!.summary.bytes = bytes;
  }

  private currentFile: FileTally | undefined;

  /** Records counted so far in a file. */
  recordsIn(file: string): number {
    return this.files.get(file)?.summary.records ?? 0;
  }

  record(outcome: RecordOutcome): void {
    const file = this.currentFile?.summary.file === outcome.file ? this.currentFile : (this.currentFile = this.files.get(outcome.file)!);
    let errors = false;
    for (const f of outcome.findings) if (f.severity === 'error') errors = true;
    file.summary.records += 1;
    if (outcome.unreadable) file.summary.unreadable += 1;
    else if (errors) file.summary.invalid += 1;
    else file.summary.valid += 1;
    const provider = this.providerTally(outcome.provider);
    provider.records += 1;
    if (outcome.unreadable) provider.unreadable += 1;
    else if (errors) provider.invalid += 1;
    else provider.valid += 1;
    if (this.fileProvider.get(outcome.file) !== outcome.provider.name) this.fileProvider.set(outcome.file, outcome.provider.name);
    if (outcome.findings.length > 0) for (const finding of outcome.findings) this.count(finding, outcome.provider.name, provider);
    if (outcome.recordType !== undefined && outcome.elements) this.score(outcome.recordType, provider, outcome.elements, errors);
  }

  /**
   * A record counted valid that a finding made later shows had an error (a duplicate found once the whole batch was
   * read): counted invalid instead, in its file and, when it was scored, in its class's score for its provider.
   */
  demote(file: string, provider: string, recordType: string | undefined): void {
    const summary = this.files.get(file)?.summary;
    if (summary && summary.valid > 0) ((summary.valid -= 1), (summary.invalid += 1));
    const p = this.providers.get(provider);
    if (p && p.valid > 0) ((p.valid -= 1), (p.invalid += 1));
    const tally = recordType === undefined ? undefined : p?.classes.get(recordType);
    if (tally && tally.valid > 0) tally.valid -= 1;
  }

  /** Findings that only the whole batch can show (they do not change whether a record counted as valid). */
  late(findings: Iterable<DataFinding>): void {
    for (const finding of findings) {
      const name = this.fileProvider.get(finding.location.file);
      this.count(finding, name ?? finding.location.file, name === undefined ? undefined : this.providers.get(name));
    }
  }

  result(tool: ValidationResult['tool'], profile: ValidationResult['profile'] = 'published'): ValidationResult {
    const files = [...this.files.values()].map((f) => ({ ...f.summary, checks: Object.fromEntries([...f.checks].sort(([a], [b]) => (a < b ? -1 : 1))) }));
    const checks: CheckSummary[] = [...this.checks]
      .map(([, t]) => ({ check: t.check, ...(t.authority === undefined ? {} : { authority: t.authority }), ...(t.requirement === undefined ? {} : { requirement: t.requirement }), severity: t.severity, count: t.count, records: t.records, samples: t.samples }))
      .sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || b.count - a.count || (a.check < b.check ? -1 : 1));
    const sum = (key: 'records' | 'valid' | 'invalid' | 'unreadable' | 'bytes') => files.reduce((n, f) => n + f[key], 0);
    const bySeverity = (s: FindingSeverity) => checks.filter((c) => c.severity === s).reduce((n, c) => n + c.count, 0);
    const providers: ProviderScore[] = [...this.providers].map(([provider, p]) => ({
      provider,
      by: p.by,
      records: p.records,
      valid: p.valid,
      invalid: p.invalid,
      unreadable: p.unreadable,
      errors: p.errors,
      warnings: p.warnings,
      errorsByRequirement: Object.fromEntries([...p.byRequirement].sort(([a], [b]) => (a < b ? -1 : 1))),
      classes: classScores(p.classes, this.plans),
    }));
    const all = new Map<string, ClassTally>();
    for (const p of this.providers.values()) for (const [type, t] of p.classes) merge(all, type, t);
    return {
      tool,
      profile,
      totals: { records: sum('records'), valid: sum('valid'), invalid: sum('invalid'), unreadable: sum('unreadable'), bytes: sum('bytes') },
      findings: { errors: bySeverity('error'), warnings: bySeverity('warning'), infos: bySeverity('info') },
      files,
      checks,
      scorecard: classScores(all, this.plans),
      providers,
    };
  }

  private count(finding: DataFinding, provider: string, of: ProviderTally | undefined): void {
    this.onFinding?.(finding, provider);
    if (of) {
      if (finding.severity === 'error') {
        of.errors += 1;
        const requirement = finding.requirement ?? '';
        of.byRequirement.set(requirement, (of.byRequirement.get(requirement) ?? 0) + 1);
      } else if (finding.severity === 'warning') of.warnings += 1;
    }
    // The findings of a check on modelled obligations are counted apart: under the published profile they are warnings.
    const key = checkKey(finding);
    let tally = this.checks.get(key);
    if (!tally) {
      tally = { check: finding.check, authority: finding.authority, requirement: finding.requirement, severity: finding.severity, count: 0, records: 0, lastRecord: '', samples: [], samplesByFile: new Map() };
      this.checks.set(key, tally);
    }
    tally.count += 1;
    const recordKey = `${finding.location.file}\u0000${finding.location.record}`;
    if (tally.lastRecord !== recordKey) ((tally.records += 1), (tally.lastRecord = recordKey));
    const inFile = tally.samplesByFile.get(finding.location.file) ?? 0;
    if (inFile < this.samplesPerFile && tally.samples.length < this.samplesPerCheck) {
      tally.samples.push(finding);
      tally.samplesByFile.set(finding.location.file, inFile + 1);
    }
    const file = this.files.get(finding.location.file);
    if (file) file.checks.set(key, (file.checks.get(key) ?? 0) + 1);
  }

  private providerTally(by: RecordOutcome['provider']): ProviderTally {
    let provider = this.providers.get(by.name);
    if (!provider) this.providers.set(by.name, (provider = { by: by.by, records: 0, valid: 0, invalid: 0, unreadable: 0, errors: 0, warnings: 0, byRequirement: new Map(), classes: new Map() }));
    return provider;
  }

  private score(recordType: string, provider: ProviderTally, elements: ArrayLike<number>, errors: boolean): void {
    let tally = provider.classes.get(recordType);
    if (!tally) provider.classes.set(recordType, (tally = emptyTally(elements.length)));
    tally.records += 1;
    if (!errors) tally.valid += 1;
    for (let i = 0; i < elements.length; i += 1) {
      const state = elements[i]!;
      if (state === 0) continue;
      tally.present[i] = tally.present[i]! + 1;
      if (state === 1) tally.validElements[i] = tally.validElements[i]! + 1;
    }
  }
}

function merge(into: Map<string, ClassTally>, type: string, t: ClassTally): void {
  const target = into.get(type) ?? emptyTally(t.present.length);
  target.records += t.records;
  target.valid += t.valid;
  t.present.forEach((v, i) => (target.present[i] = target.present[i]! + v));
  t.validElements.forEach((v, i) => (target.validElements[i] = target.validElements[i]! + v));
  into.set(type, target);
}

function classScores(classes: ReadonlyMap<string, ClassTally>, plans: ReadonlyMap<string, ClassPlan>): ClassScore[] {
  return [...classes]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([type, t]) => {
      const plan = plans.get(type)!;
      return {
        recordType: type,
        publishedName: plan.cls.publishedName,
        records: t.records,
        validRecords: t.valid,
        elements: plan.elementList.map((e, i) => ({ element: e.name, publishedName: e.publishedName, obligation: e.obligation, authority: e.authority, present: t.present[i] ?? 0, valid: t.validElements[i] ?? 0 })),
      };
    });
}

/** The name a check's findings are counted under in FileSummary.checks: those on modelled obligations apart. */
export function checkKey(c: { readonly check: string; readonly authority?: string | undefined }): string {
  return c.authority === 'modelled' ? `${c.check}${modelledSuffix}` : c.check;
}
