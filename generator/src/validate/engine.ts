import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { SpecModel } from '../model/types.ts';
import { Aggregator, type RecordOutcome } from './aggregate.ts';
import type { CheckedRecord } from './checked.ts';
import { RecordChecker } from './checker.ts';
import { BatchState } from './checks/batch.ts';
import type { InputFailure, InputFile, ReaderFactory } from './inputs.ts';
import type { CompiledValidator } from './plan.ts';
import type { ValidationResult } from './result.ts';

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

/**
 * Applies checked records in file order: the rules across records, then the counts. One per run; this is the only
 * state a run keeps, and it is the same whether records were checked on this thread or on worker threads.
 */
export class RunState {
  readonly aggregate: Aggregator;
  readonly batch: BatchState;
  records = 0;

  constructor(checker: RecordChecker) {
    this.aggregate = new Aggregator(checker.plans);
    this.batch = new BatchState(checker.requirements);
  }

  apply(file: string, checked: CheckedRecord): void {
    const findings = checked.findings;
    if (checked.recordType !== undefined && checked.uid !== undefined && checked.version !== undefined) {
      const duplicate = this.batch.addRecord(checked.recordType, checked.uid, checked.version, checked.location);
      if (duplicate) findings.push(duplicate);
    }
    const refs = checked.refs;
    if (refs && checked.recordType !== undefined) for (let i = 0; i < refs.length; i += 3) this.batch.addReference(refs[i]!, refs[i + 1]!, checked.location, checked.recordType, refs[i + 2]!);
    const provider: RecordOutcome['provider'] = checked.provider !== undefined ? { name: checked.provider, by: 'ods-code' } : { name: file, by: 'file' };
    this.aggregate.record({ file, provider, findings, unreadable: checked.unreadable, ...(checked.recordType !== undefined && checked.elements ? { recordType: checked.recordType, elements: checked.elements } : {}) });
    this.records += 1;
  }

  fail(file: string, record: number, message: string): void {
    const location = { file, record };
    this.aggregate.record({ file, provider: { name: file, by: 'file' }, unreadable: true, findings: [{ check: 'input.unreadable', severity: 'error', location, path: '', message, fix: 'Check the path and its permissions.' }] });
    this.records += 1;
  }
}

/** Validate every record of every file, streaming; the result counts every record and line read. */
export async function validateFiles(options: ValidateOptions): Promise<ValidationResult> {
  const { model } = options;
  const checker = new RecordChecker(model, options.validators, options.now, options.className);
  const run = new RunState(checker);
  let bytesBefore = 0;
  for (const failure of options.failures) {
    run.aggregate.startFile(failure.display, 'json');
    run.fail(failure.display, 1, `${failure.display} ${failure.message}`);
  }
  for (const file of options.files) {
    const reader = options.readerFor(file);
    run.aggregate.startFile(file.display, file.format);
    try {
      for await (const input of reader.records()) {
        run.apply(file.display, checker.check(input));
        if ((run.records & 1023) === 0) options.onProgress?.({ records: run.records, bytes: bytesBefore + reader.bytesRead(), file: file.display });
      }
    } catch (error) {
      run.fail(file.display, 0, `the file could not be read to the end (${(error as NodeJS.ErrnoException).code ?? 'read error'})`);
    }
    bytesBefore += reader.bytesRead();
    run.aggregate.endFile(file.display, reader.bytesRead());
  }
  run.aggregate.late(run.batch.finish());
  return run.aggregate.result({ name: 'asc-mods', spec: model.standard.reference, release: model.standard.release });
}
