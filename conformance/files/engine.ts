import type { Profile } from './checks/authority.ts';
import { type SpecModel, NotARegularFile } from '../../generator/src/kit.ts';
import { RecordChecker } from './checker.ts';
import { formatOf, type InputFailure, type InputFile, type ReaderFactory } from './inputs.ts';
import type { CompiledValidator } from './plan.ts';
import type { ValidationResult, DataFinding } from './result.ts';
import { validateNdjsonFile } from './parallel/ndjson-parallel.ts';
import type { CheckPool } from './parallel/pool.ts';
import { RunState } from './run-state.ts';
import type { FindingSink } from './aggregate.ts';
import { BatchState } from './checks/batch.ts';
import type { BatchRules } from './checks/batch-rules.ts';
import { DuckDbBatchState } from './checks/duckdb-batch.ts';

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
  /** Which obligations fail a record: the published standard's (the default) or the whole asc-mods model's. */
  readonly profile?: Profile;
  readonly onProgress?: (progress: Progress) => void;
  /** Worker threads for NDJSON, used where they pay (`CheckPool.useFor`); otherwise NDJSON is checked on this thread, with the same results. */
  readonly pool?: CheckPool;
  /** Stops the run between records (Ctrl-C): the result then says what was read, and is marked interrupted. */
  readonly signal?: AbortSignal;
  /**
   * Where the rules across records keep what they remember: 'memory' (the default: about 18 bytes a record uid) or
   * 'duckdb' (a DuckDB file in a temporary folder, so memory stays flat however many records; the same result).
   */
  readonly engine?: ValidateEngine;
  /** The folder the duckdb engine's temporary folder is made in (the system's temporary folder by default). */
  readonly engineDir?: string;
  /** DuckDB's memory limit for the duckdb engine, as DuckDB writes sizes ('24MB', the default; '1GB'). */
  readonly engineMemory?: string;
  /** With engine duckdb: the most record rows its queries group at a time (default `rowsPerPart`; smaller only to test the parts). */
  readonly engineRowsPerPart?: number;
  /** The ODS code of the provider whose data files hold when they do not say it themselves (`--provider`). */
  readonly provider?: string;
  /** Given every finding as it is counted, with its provider: how the findings table is written, uncapped. */
  readonly onFinding?: FindingSink;
}

export type ValidateEngine = 'memory' | 'duckdb';
export const validateEngines: readonly ValidateEngine[] = ['memory', 'duckdb'];

export { loadValidators } from './load-validators.ts';

/** Validate every record of every file, streaming; the result counts every record and line read. */
export async function validateFiles(options: ValidateOptions): Promise<ValidationResult> {
  const profile = options.profile ?? 'published';
  const checker = new RecordChecker(options.model, options.validators, options.now, options.className, profile);
  const batch: BatchRules = options.engine === 'duckdb' ? await DuckDbBatchState.open(checker.requirements, { ...(options.engineDir === undefined ? {} : { parent: options.engineDir }), ...(options.engineMemory === undefined ? {} : { memoryLimit: options.engineMemory }), ...(options.engineRowsPerPart === undefined ? {} : { rowsPerPart: options.engineRowsPerPart }) }) : new BatchState(checker.requirements);
  try {
    const run = new RunState(checker, batch, options.provider);
    run.aggregate.onFinding = options.onFinding;
    return await validateWith(options, checker, run, profile);
  } finally {
    await batch.close();
  }
}

async function validateWith(options: ValidateOptions, checker: RecordChecker, run: RunState, profile: Profile): Promise<ValidationResult> {
  const { model, signal } = options;
  // The pool only where it pays for this run's NDJSON (parallel/choice.ts); the results are the same either way.
  const pool = options.pool?.useFor(ndjsonBytes(options.files)) ? options.pool : undefined;
  recordFailures(run, options.failures);
  let bytesBefore = 0;
  const unread: string[] = [];
  let stoppedIn: string | undefined;
  for (const file of options.files) {
    if (signal?.aborted) {
      unread.push(file.display);
      continue;
    }
    let bytes = 0;
    run.onThousand = () => options.onProgress?.({ records: run.records, bytes: bytesBefore + bytes, file: file.display });
    run.aggregate.startFile(file.display, file.format);
    try {
      if (file.format === 'ndjson') {
        await validateNdjsonFile(file.path, file.display, checker, run, pool, (n) => (bytes += n), signal);
      } else {
        const reader = options.readerFor(file);
        for await (const input of reader.records()) {
          ((bytes = reader.bytesRead()), run.apply(file.display, checker.check(input)));
          if (signal?.aborted) break;
        }
        bytes = reader.bytesRead();
      }
    } catch (error) {
      const at = run.aggregate.recordsIn(file.display) + 1;
      // Listed as a regular file, but something else by the time it was opened (swapped in between): not waited on.
      if (error instanceof NotARegularFile) run.fail(file.display, at, `is ${error.kind}, not a regular file, and was not read`, 'input.not-a-file');
      // An I/O error (the records before it are counted). Only its code is shown: a message may quote anything.
      else run.fail(file.display, at, `the file could not be read to the end (${ioCode(error)})`);
    }
    bytesBefore += bytes;
    run.aggregate.endFile(file.display, bytes);
    if (signal?.aborted) stoppedIn ??= file.display;
  }
  if (signal?.aborted) {
    const at = stoppedIn ?? unread[0] ?? '(no file)';
    // Every report lists findings by file: the file the run stopped at, or the first it never reached.
    if (stoppedIn === undefined) run.aggregate.startFile(at, options.files[0]?.format ?? 'json');
    run.aggregate.late([interruption(at, run.records, signal)]);
  }
  const concluded = await run.batch.conclude();
  // A uid and version read twice is a duplicate however much was read; the in-memory engine found each as it came.
  for await (const { finding, context } of concluded.duplicates) {
    run.aggregate.late([finding]);
    if (!context.errors) run.aggregate.demote(finding.location.file, context.provider.name, context.scored ? finding.recordType : undefined);
  }
  // The other rules across records would judge a batch only partly read (a reference to a record not read yet): not run then.
  if (!signal?.aborted) for await (const finding of concluded.findings) run.aggregate.late(checker.judged([finding]));
  const result = run.aggregate.result({ name: 'asc-mods', spec: model.standard.reference, release: model.standard.release }, profile);
  return signal?.aborted ? { ...result, interrupted: { reason: String(signal.reason ?? 'aborted'), unread } } : result;
}

function ndjsonBytes(files: readonly InputFile[]): number {
  return files.reduce((n, f) => (f.format === 'ndjson' ? n + (f.bytes ?? 0) : n), 0);
}

/** Paths that were not read: each unreadable one a record with its finding; one reached twice only a finding. */
function recordFailures(run: RunState, failures: readonly InputFailure[]): void {
  for (const failure of failures) {
    if (failure.check === 'input.repeated') {
      // Listed, so that every report shows it, with no records.
      run.aggregate.startFile(failure.display, formatOf(failure.display) ?? 'json');
      run.aggregate.late([{ check: failure.check, severity: 'warning', location: { file: failure.display, record: 0 }, path: '', message: `${failure.display} ${failure.message}`, fix: 'Remove the link or the second path, or ignore this warning.' }]);
      continue;
    }
    run.aggregate.startFile(failure.display, 'json');
    run.fail(failure.display, 1, `${failure.display} ${failure.message}`, failure.check);
  }
}

/** The finding that says a run was stopped part way: an error, so that no report of it can pass. */
function interruption(file: string, records: number, signal: AbortSignal): DataFinding {
  const message = `the run was interrupted (${String(signal.reason ?? 'aborted')}) at this file, after ${records} records: the rest of the input and the checks across records were not done`;
  return { check: 'input.interrupted', severity: 'error', location: { file, record: 0 }, path: '', message, fix: 'Run the validation again to the end.' };
}

function ioCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : 'an I/O error';
}
