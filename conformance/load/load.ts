import { createHash } from 'node:crypto';
import { sqlModel, type SpecModel } from '../../generator/src/kit.ts';
import { RecordChecker } from '../files/checker.ts';
import type { InputFailure, InputFile } from '../files/inputs.ts';
import type { CompiledValidator } from '../files/plan.ts';
import { readerFor } from '../files/readers.ts';
import { documentOf } from './documents.ts';
import { tablesByClass } from './rows.ts';
import { BatchRefused, type BatchRecord, type LoadTarget, type RejectRow } from './target.ts';

export interface LoadOptions {
  readonly model: SpecModel;
  readonly validators: Readonly<Record<string, CompiledValidator>>;
  readonly files: readonly InputFile[];
  readonly failures: readonly InputFailure[];
  readonly target: LoadTarget;
  /** The time dates are compared with: fixed for the run. */
  readonly now: Date;
  /** Records per transaction (default 100,000: DuckDB's cost is per transaction more than per row). */
  readonly batchSize?: number;
  readonly onProgress?: (records: number, file: string) => void;
  /** Told when a batch goes to the database (its number, from 1, and its records), for progress on long runs. */
  readonly onBatch?: (batch: number, records: number) => void;
  readonly signal?: AbortSignal;
}

/** What a load did: every record read is loaded, already there, or rejected (with why, in the rejects table). */
export interface LoadSummary {
  read: number;
  /** Record versions new to the database. */
  loaded: number;
  /** Valid record versions the database already held (by record uid and version): loading again changes nothing. */
  already: number;
  /** Records refused (invalid, or unreadable), each kept in load__rejects. */
  rejected: number;
  /** Of those, the ones the rejects table did not hold yet. */
  rejectedNew: number;
  readonly byClass: Map<string, { read: number; loaded: number; rejected: number }>;
  schemaCreated: boolean;
  /** Files that could not be read at all (no records from them). */
  readonly failures: readonly InputFailure[];
  interrupted: boolean;
}

/**
 * Load record files into a database: each record checked as validate checks it one by one (the published profile:
 * an error refuses it), and refused too when its record uid and version came earlier in the same load; the valid
 * ones inserted where their record uid and version are not there yet, the others kept in the rejects table with
 * their findings. Nothing is dropped: read = loaded + already + rejected. The rules across records that need every
 * version (version-sequence, references) are validate's.
 */
export async function loadFiles(options: LoadOptions): Promise<LoadSummary> {
  const { model, target } = options;
  const checker = new RecordChecker(model, options.validators, options.now, undefined, 'published');
  const tables = tablesByClass(sqlModel(model));
  // The schema is made (where absent) while the first records are checked: the engine works on its own threads.
  const schema = target.ensureSchema();
  // Settled here too, so that a failure found before the first batch is not also an unhandled rejection.
  schema.catch(() => undefined);
  const summary: LoadSummary = { read: 0, loaded: 0, already: 0, rejected: 0, rejectedNew: 0, byClass: new Map(), schemaCreated: false, failures: options.failures, interrupted: false };
  const size = options.batchSize ?? 100_000;
  // The record versions this run has taken: the same record uid and version again is refused, not taken for one
  // already there (validate's unique-record-version, within what one load reads).
  const taken = new Set<string>();
  let batch = new Batch();
  let batches = 0;
  // The batch the database is loading while this thread checks the records of the next: at most two are held.
  let loading: Promise<void> | undefined;
  const flush = async (last = false) => {
    summary.schemaCreated = await schema;
    await loading;
    if (batch.count === 0) return;
    const full = batch;
    const number = (batches += 1);
    batch = new Batch();
    options.onBatch?.(number, full.count);
    loading = target.loadBatch(full.records, full.rejects, last).then(
      (outcome) => {
        summary.loaded += outcome.loaded;
        summary.already += full.valid - outcome.loaded;
        summary.rejectedNew += outcome.rejected;
      },
      (error: unknown) => {
        throw new BatchRefused(number, error);
      },
    );
    // Awaited by the next flush; until then a refusal must not count as unhandled.
    loading.catch(() => undefined);
  };
  for (const file of options.files) {
    for await (const input of readerFor(file, model).records()) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      summary.read += 1;
      const checked = checker.check(input);
      const errors = checked.findings.filter((f) => f.severity === 'error');
      const value = input.value !== null && typeof input.value === 'object' && !Array.isArray(input.value) ? (input.value as Record<string, unknown>) : undefined;
      // Only a known class names a count or a table: a record_type that is none may be any text, personal too.
      const className = checked.recordType;
      const counts = className === undefined ? undefined : countsOf(summary, className);
      if (counts) counts.read += 1;
      const entry = className === undefined ? undefined : tables.get(className);
      const key = value && errors.length === 0 ? `${String(className)}\u0000${String(checked.uid)}\u0000${String(checked.version)}` : undefined;
      const repeated = key !== undefined && taken.has(key);
      if (key !== undefined && !repeated) taken.add(key);
      if (repeated) errors.push({ check: 'unique-record-version', severity: 'error', location: input.location, path: '/version_number', message: 'this record uid and version number came earlier in what this load read', fix: 'Export each version of a record once.' });
      if (errors.length > 0 || checked.unreadable || !value || !entry) {
        summary.rejected += 1;
        if (counts) counts.rejected += 1;
        batch.reject({
          sha256: createHash('sha256').update(value ? JSON.stringify(value) : `${file.display}\n${input.location.line ?? ''}\n${input.location.record}`).digest('hex'),
          file: file.display,
          line: input.location.line,
          record: input.location.record,
          recordType: className,
          recordUid: typeof value?.['record_uid'] === 'string' ? value['record_uid'] : undefined,
          // Only a version the rejects table's BIGINT holds: a larger one (1e20) would fail the whole batch.
          version: Number.isSafeInteger(value?.['version_number']) ? (value!['version_number'] as number) : undefined,
          findings: (errors.length > 0 ? errors : checked.findings).map((f) => ({ check: f.check, ...(f.requirement ? { requirement: f.requirement } : {}), path: f.path, message: f.message })),
        });
      } else {
        if (counts) counts.loaded += 1;
        const identity = { tables: entry, uid: String(value['record_uid']), version: Number(value['version_number']) };
        batch.add(target.keeps === 'document' ? { ...identity, document: documentOf(value, input.text, input.bytes) } : { ...identity, value });
      }
      if (summary.read % 1000 === 0) options.onProgress?.(summary.read, file.display);
      if (batch.count >= size) await flush();
    }
    if (summary.interrupted) break;
  }
  await flush(true);
  await loading;
  return summary;
}

function countsOf(summary: LoadSummary, className: string): { read: number; loaded: number; rejected: number } {
  let counts = summary.byClass.get(className);
  if (!counts) summary.byClass.set(className, (counts = { read: 0, loaded: 0, rejected: 0 }));
  return counts;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Up to batchSize records: the valid ones, each with its place in the batch, and the rejects. */
class Batch {
  count = 0;
  valid = 0;
  readonly records: BatchRecord[] = [];
  readonly rejects: RejectRow[] = [];
  private readonly seen = new Set<string>();

  add(record: DistributiveOmit<BatchRecord, 'seq'>): void {
    this.count += 1;
    this.valid += 1;
    this.records.push({ ...record, seq: this.count });
  }

  reject(row: RejectRow): void {
    this.count += 1;
    // The same record twice in a batch is one reject.
    if (this.seen.has(row.sha256)) return;
    this.seen.add(row.sha256);
    this.rejects.push(row);
  }
}
