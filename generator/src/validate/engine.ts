import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { auditFields } from '../model/audit-fields.ts';
import { typeName } from '../emit/naming.ts';
import { Aggregator } from './aggregate.ts';
import { BatchState } from './checks/batch.ts';
import { consentFindings, consentLinks } from './checks/consent.ts';
import { recordRuleFindings } from './checks/record-rules.ts';
import { requirementLookup, type RequirementLookup } from './checks/requirements.ts';
import { schemaFindings } from './checks/schema-findings.ts';
import type { InputFailure, InputFile, ReaderFactory } from './inputs.ts';
import type { RecordInput } from './input/record-input.ts';
import { visitValues } from './paths.ts';
import { planClass, startEndPairs, type ClassPlan, type CompiledValidator } from './plan.ts';
import type { DataFinding, ValidationResult } from './result.ts';

export interface Progress {
  readonly records: number;
  readonly bytes: number;
  readonly file: string;
}

export interface ValidateOptions {
  readonly model: SpecModel;
  readonly validators: Readonly<Record<string, CompiledValidator>>;
  readonly files: readonly InputFile[];
  readonly failures: readonly InputFailure[];
  readonly readerFor: ReaderFactory;
  /** The class of records that do not say theirs (--class). */
  readonly className?: string;
  /** The time dates are compared with: fixed for the run. */
  readonly now: Date;
  readonly onProgress?: (progress: Progress) => void;
}

/** Load the validators precompiled into generated/ (they match the spec the package ships). */
export async function loadValidators(root: string): Promise<Record<string, CompiledValidator>> {
  return (await import(pathToFileURL(join(root, 'generated', 'typescript', 'standalone.js')).href)) as Record<string, CompiledValidator>;
}

/** Validate every record of every file, streaming; the result counts every record and line read. */
export async function validateFiles(options: ValidateOptions): Promise<ValidationResult> {
  const { model } = options;
  const requirements = requirementLookup(model);
  const checker = new RecordChecker(model, options.validators, requirements, options.now);
  const aggregate = new Aggregator();
  const batch = new BatchState(requirements);
  let records = 0;
  let bytesBefore = 0;
  for (const failure of options.failures) {
    aggregate.startFile(failure.display, 'json');
    const location = { file: failure.display, record: 1 };
    aggregate.record({ file: failure.display, provider: { name: failure.display, by: 'file' }, unreadable: true, findings: [{ check: 'input.unreadable', severity: 'error', location, path: '', message: `${failure.display} ${failure.message}`, fix: 'Check the path and its permissions.' }] });
  }
  for (const file of options.files) {
    const reader = options.readerFor(file);
    aggregate.startFile(file.display, file.format);
    try {
      for await (const input of reader.records()) {
        aggregate.record(checker.check(input, file, options.className, batch));
        records += 1;
        if ((records & 1023) === 0) options.onProgress?.({ records, bytes: bytesBefore + reader.bytesRead(), file: file.display });
      }
    } catch (error) {
      const location = { file: file.display, record: 0 };
      aggregate.record({ file: file.display, provider: { name: file.display, by: 'file' }, unreadable: true, findings: [{ check: 'input.unreadable', severity: 'error', location, path: '', message: `the file could not be read to the end (${(error as NodeJS.ErrnoException).code ?? 'read error'})`, fix: 'Check the file and its permissions.' }] });
    }
    bytesBefore += reader.bytesRead();
    aggregate.endFile(file.display, reader.bytesRead());
  }
  aggregate.late(batch.finish());
  return aggregate.result({ name: 'asc-mods', spec: model.standard.reference, release: model.standard.release });
}

/** Checks one record: readable, a known class, the schema, the record rules; and notes it for the batch rules. */
class RecordChecker {
  private readonly plans = new Map<string, ClassPlan>();
  private readonly consent: Map<string, string[]>;

  constructor(
    private readonly model: SpecModel,
    private readonly validators: Readonly<Record<string, CompiledValidator>>,
    private readonly requirements: RequirementLookup,
    private readonly now: Date,
  ) {
    const pairs = startEndPairs(model, 'start-before-end');
    for (const cls of model.classes.filter((c) => c.kind === 'record')) {
      const validate = validators[`validate${typeName(cls.name)}`];
      if (validate) this.plans.set(cls.name, planClass(model, cls, validate, pairs));
    }
    this.consent = consentLinks(model);
  }

  private fileProvider = { name: '', by: 'file' as const };

  check(input: RecordInput, file: InputFile, className: string | undefined, batch: BatchState) {
    if (this.fileProvider.name !== file.display) this.fileProvider = { name: file.display, by: 'file' };
    const provider = input.provider !== undefined ? { name: input.provider, by: 'ods-code' as const } : this.fileProvider;
    const base = { file: file.display, provider };
    const finding = (f: Omit<DataFinding, 'location'>): DataFinding => ({ ...f, location: input.location });
    const problem = input.problem ? finding({ check: input.problem.check, severity: 'error', path: '', message: input.problem.message, fix: 'Export one record per line or row, in UTF-8, in the layout the spec defines.' }) : undefined;
    // A problem without a value leaves nothing to check; with one (a CSV header with unknown columns) the record is still checked.
    if (problem && input.value === undefined) return { ...base, unreadable: true, findings: [problem] };
    const value = input.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ...base, unreadable: true, findings: [finding({ check: 'input.not-a-record', severity: 'error', path: '', message: 'this is JSON but not a record (a record is a JSON object)', fix: 'Export each record as a JSON object.' })] };
    }
    const record = value as Record<string, unknown>;
    const typeField = this.model.conventions.record_type_field;
    const stated = record[typeField];
    const recordType = typeof stated === 'string' ? stated : className;
    const plan = recordType === undefined ? undefined : this.plans.get(recordType);
    if (!plan) {
      const message = recordType === undefined ? `the record does not say its class (${typeField})` : `"${recordType}" is not a MODS record class`;
      return { ...base, unreadable: false, findings: [finding({ check: 'input.unknown-class', severity: 'error', path: `/${typeField}`, message, fix: `Set ${typeField} to the class of the record, or pass --class.` })] };
    }
    const subject = typeof stated === 'string' ? record : { [typeField]: recordType, ...record };
    const own = plan.validate(subject) ? [] : schemaFindings(plan, plan.validate.errors ?? [], subject, this.requirements);
    own.push(...recordRuleFindings(plan, subject, this.now, this.requirements));
    const links = this.consent.get(plan.cls.name);
    if (links) own.push(...consentFindings(subject, links, this.requirements.forRule('consent-before-care-plan')));
    const findings: DataFinding[] = own.length === 0 ? [] : own.map((f) => ({ ...f, location: input.location, recordType: plan.cls.name }));
    if (problem) findings.push(problem);
    const uid = subject[auditFields.recordUid];
    const version = subject[auditFields.versionNumber];
    if (typeof uid === 'string' && typeof version === 'number') {
      const duplicate = batch.addRecord(plan.cls.name, uid, version, input.location);
      if (duplicate) findings.push(duplicate);
    }
    for (const ref of plan.references) {
      visitValues(subject, ref.steps, (pointer, target) => {
        const t = target as Record<string, unknown> | null;
        if (t && typeof t[typeField] === 'string' && typeof t['record_uid'] === 'string') batch.addReference(t[typeField] as string, t['record_uid'] as string, input.location, plan.cls.name, pointer);
      });
    }
    return { ...base, unreadable: false, findings, record: subject, plan };
  }
}
