import type { RecordLocation } from '../result.ts';

/** A problem that makes a record or line unreadable: it becomes a finding, and the run goes on. */
export interface InputProblem {
  /** `input.<problem>`, e.g. input.not-json, input.invalid-utf8, input.line-too-long, input.truncated, input.csv-columns. */
  readonly check: string;
  readonly message: string;
}

/**
 * One record as a reader yields it: where it is, and either its parsed value or why it could not be read.
 * Readers stream: they hold one record at a time, never the whole file.
 */
export interface RecordInput {
  readonly location: RecordLocation;
  readonly value?: unknown;
  /** The JSON text the value was parsed from, as the file gives it (an NDJSON line): a loader may keep it as it is. */
  readonly text?: string;
  /** The UTF-8 bytes `text` was decoded from, where the reader has them as they are (an NDJSON line). */
  readonly bytes?: Buffer;
  readonly problem?: InputProblem;
  /** The provider's ODS code, when the file says whose data it is (a JSON bundle's provider_ods_code). */
  readonly provider?: string;
}

/** A reader turns a file into records. `bytesRead` grows as it goes (for progress). */
export interface RecordReader {
  readonly format: 'json' | 'ndjson' | 'csv';
  records(): AsyncIterable<RecordInput>;
  readonly bytesRead: () => number;
}

/** A file with nothing in it but white space (or a byte-order mark): the same finding whatever its format. */
export const emptyFile: InputProblem = { check: 'input.empty', message: 'the file is empty: it holds no records' };
