import { Aggregator, type RecordOutcome } from './aggregate.ts';
import type { CheckedRecord } from './checked.ts';
import type { RecordChecker } from './checker.ts';
import { BatchState } from './checks/batch.ts';
import type { BatchRules, RecordContext } from './checks/batch-rules.ts';
import { uncheckable } from './checks/uncheckable.ts';
import { recordAt, refPath, refStride, type EncodedUnit } from './parallel/encode.ts';
import type { DataFinding, RecordLocation } from './result.ts';

/** The context the in-memory batch rules are given: they do not read it. */
const noContext: RecordContext = { errors: false, provider: { name: '', by: 'file' }, scored: false };

/**
 * Applies checked records in file order: the rules across records, then the counts. One per run; this is the only
 * state a run keeps, and it is the same whether records were checked on this thread or on worker threads.
 */
export class RunState {
  readonly aggregate: Aggregator;
  readonly batch: BatchRules;
  records = 0;
  /** Called after every 1024th record (progress). */
  onThousand: (() => void) | undefined;

  /** Whether the batch rules find duplicates only at the end, and so need each record's counts (RecordContext). */
  private readonly lateDuplicates: boolean;

  /**
   * @param provider the ODS code of the provider whose data the files hold, when they do not say it themselves
   *   (`validate --provider`); otherwise each such file is its own provider, named by its path.
   */
  constructor(checker: RecordChecker, batch?: BatchRules, private readonly provider?: string) {
    this.aggregate = new Aggregator(checker.plans);
    this.batch = batch ?? new BatchState(checker.requirements);
    this.lateDuplicates = !(this.batch instanceof BatchState);
  }

  /** Apply one checked record; if the rules across records throw on it, it is counted with a finding saying so. */
  apply(file: string, checked: CheckedRecord): void {
    try {
      this.applyChecked(file, checked);
    } catch (error) {
      this.applyChecked(file, uncheckable({ location: checked.location, ...(checked.provider === undefined ? {} : { provider: checked.provider }) }, error));
    }
  }

  private applyChecked(file: string, checked: CheckedRecord): void {
    const findings = checked.findings;
    const provider: RecordOutcome['provider'] = checked.provider !== undefined ? { name: checked.provider, by: 'ods-code' } : this.providerOfFile(file);
    const scored = checked.recordType !== undefined && checked.elements !== undefined;
    this.batch.note(checked.location);
    if (checked.recordType !== undefined && checked.uid !== undefined && checked.version !== undefined) {
      const duplicate = this.batch.addRecord(checked.recordType, checked.uid, checked.version, checked.location, checked.uidHash, this.context(findings, provider, scored));
      if (duplicate) findings.push(duplicate);
    }
    const refs = checked.refs;
    const hashes = checked.refHashes;
    if (refs && hashes && checked.recordType !== undefined) {
      for (let i = 0, k = 0; i < refs.length; i += 3, k += 2) this.batch.addHashedReference(refs[i]!, hashes[k]!, hashes[k + 1]!, checked.location, checked.recordType, refs[i + 2]!);
    }
    this.aggregate.record({ file, provider, findings, unreadable: checked.unreadable, recordType: scored ? checked.recordType : undefined, elements: scored ? checked.elements : undefined });
    this.records += 1;
    if ((this.records & 1023) === 0) this.onThousand?.();
  }

  /** Apply a unit checked on a worker thread, reading its flat arrays in place (see parallel/encode.ts). */
  applyEncoded(file: string, unit: EncodedUnit, classNames: readonly string[]): void {
    const provider = this.providerOfFile(file);
    let next = 0;
    for (let i = 0; i < unit.count; i += 1) {
      const r = recordAt(unit, i);
      const own = unit.findings[next];
      const findings: DataFinding[] = own !== undefined && own[0] === i ? ((next += 1), own[1]) : [];
      const location: RecordLocation = r.line ? { file, record: r.record, line: r.line } : { file, record: r.record };
      const recordType = r.classIndex >= 0 ? classNames[r.classIndex] : undefined;
      const scored = recordType !== undefined && r.elementCount > 0;
      this.batch.note(location);
      if (recordType !== undefined && r.versioned) {
        const duplicate = this.batch.addRecord(recordType, '', r.version, location, r.uidHash, this.context(findings, provider, scored));
        if (duplicate) findings.push(duplicate);
      }
      if (recordType !== undefined) {
        for (let k = r.refStart; k < r.refStart + r.refCount; k += 1) {
          const at = k * refStride;
          this.batch.addHashedReference(classNames[unit.refs[at]! - 1] ?? '', unit.refs[at + 1]!, unit.refs[at + 2]!, location, recordType, refPath(unit, k));
        }
      }
      this.aggregate.record({ file, provider, findings, unreadable: r.unreadable, recordType: scored ? recordType : undefined, elements: scored ? unit.elements.subarray(r.elementStart, r.elementStart + r.elementCount) : undefined });
      this.records += 1;
      if ((this.records & 1023) === 0) this.onThousand?.();
    }
  }

  /** What a record counted as, for batch rules that find its duplicate later (the in-memory ones find it now: not worked out). */
  private context(findings: readonly DataFinding[], provider: RecordOutcome['provider'], scored: boolean): RecordContext {
    if (!this.lateDuplicates) return noContext;
    let errors = false;
    for (const f of findings) if (f.severity === 'error') errors = true;
    return { errors, provider, scored };
  }

  /** The provider of a file that does not say whose data it holds: the file itself (one object per file, not per record). */
  private providerOfFile(file: string): RecordOutcome['provider'] {
    if (this.provider !== undefined) return (this.fileProvider ??= { name: this.provider, by: 'ods-code' });
    if (this.fileProvider?.name !== file) this.fileProvider = { name: file, by: 'file' };
    return this.fileProvider;
  }

  private fileProvider: RecordOutcome['provider'] | undefined;

  fail(file: string, record: number, message: string, check = 'input.unreadable'): void {
    const location = { file, record };
    const fix = check === 'input.not-a-file' ? 'Name regular files, or folders of them.' : 'Check the path and its permissions.';
    this.aggregate.record({ file, provider: this.providerOfFile(file), unreadable: true, findings: [{ check, severity: 'error', location, path: '', message, fix }] });
    this.records += 1;
  }
}
