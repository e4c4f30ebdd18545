import type { DataFinding, RecordLocation } from '../result.ts';

/** Whose a record is, as the counts group it: an ODS code the record gives, or its file. */
export interface ProviderKey {
  readonly name: string;
  readonly by: 'ods-code' | 'file';
}

/** What the counts made of a record: whether it had an error, whose it is, and whether its class was scored. */
export interface RecordContext {
  readonly errors: boolean;
  readonly provider: ProviderKey;
  readonly scored: boolean;
}

/**
 * A second copy of a uid and version found only once the whole batch was read (by an engine that does not look
 * each record up as it comes): its finding, and the record's counts to correct when it had no error before.
 */
export interface LateDuplicate {
  readonly finding: DataFinding;
  readonly context: RecordContext;
}

/** What only the whole batch shows, once the last record is in. */
export interface BatchConclusion {
  /** In record order. Empty when each duplicate was found as its record was read. */
  readonly duplicates: AsyncIterable<LateDuplicate> | Iterable<LateDuplicate>;
  /** Version gaps, then references to records the batch does not hold. */
  readonly findings: AsyncIterable<DataFinding> | Iterable<DataFinding>;
}

/**
 * The rules across records (unique uid and version, version sequence, references resolve), fed record by record
 * in file order. `BatchState` keeps what they need in memory; `DuckDbBatchState` in a DuckDB file on disk, so that
 * memory stays flat however many records there are. Both give the same findings.
 */
export interface BatchRules {
  note(location: RecordLocation): void;
  /** Note a record; a finding when this engine knows at once that its uid and version were seen before. */
  addRecord(recordType: string, uid: string, version: number, location: RecordLocation, hash: readonly [number, number] | undefined, context: RecordContext): DataFinding | undefined;
  addHashedReference(targetType: string, h: number, l: number, location: RecordLocation, recordType: string, path: string): void;
  conclude(): Promise<BatchConclusion>;
  /** Let go of what the rules hold (a DuckDB engine's file). */
  close(): Promise<void>;
}

/** A gap in a record's versions, from the bits of versions 1 to 31 it has: what is missing. */
export function versionGap(versions: number): string {
  return (versions & 1) === 0 ? 'does not start at version 1' : `skips version ${Math.log2(((versions + 1) & ~versions) >>> 0) + 1}`;
}

export const highestTrackedVersion = 31;
export const duplicateMessage = (version: number) => `version ${version} of this record appears twice`;
export const duplicateFix = 'Export each version of a record once.';
export const gapMessage = (versions: number) => `the record ${versionGap(versions)}: a version is missing`;
export const gapFix = 'Export every version, numbered 1, 2, 3 and so on.';
export const unresolvedMessage = (targetType: string) => (targetType === '' ? 'refers to a record whose record type is not a MODS class, so it is not in this batch' : `refers to a ${targetType} record that is not in this batch`);
export const unresolvedFix = 'Include the record it refers to, or confirm that it is held elsewhere (an external reference).';

/** A finding of the rules across records, built the same way by both engines (reports compare byte for byte). */
export function batchFinding(requirements: { readonly forRule: (rule: string) => string | undefined }, check: string, location: RecordLocation, recordType: string, path: string, message: string, fix: string): DataFinding {
  const requirement = requirements.forRule(check);
  return { check, ...(requirement === undefined ? {} : { requirement }), severity: 'error', location, recordType, path, message, fix };
}
