import type { DataFinding, RecordLocation } from './result.ts';

/**
 * One record after the checks that need only the record itself: plain data, so that it can come back from a
 * worker thread. The rules across records (versions, duplicates, references) and the counting are applied to it
 * afterwards, in file order, on one thread.
 */
export interface CheckedRecord {
  readonly location: RecordLocation;
  readonly provider: string | undefined;
  readonly unreadable: boolean;
  readonly findings: DataFinding[];
  /** The record's class, when it is a known record class. */
  readonly recordType?: string;
  readonly uid?: string | undefined;
  readonly version?: number | undefined;
  /** The uid's fingerprint (hi, lo), worked out with the record so that applying it is cheap. */
  readonly uidHash?: readonly [number, number] | undefined;
  /** References found in the record: [target class, target uid, JSON Pointer] triples, flattened. */
  readonly refs?: string[];
  /** The fingerprint of each reference's target uid: (hi, lo) pairs, in the order of refs. */
  readonly refHashes?: number[];
  /** Per element of the class, in plan order: 0 absent, 1 present and valid, 2 present with an error. */
  readonly elements?: number[];
}
