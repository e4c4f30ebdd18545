import type { RecordLocation } from '../result.ts';
import { GrowableUint32, Interner } from './growable.ts';

/**
 * Record locations as numbers: each location noted gets the next ordinal, and the log keeps only where the
 * arithmetic changes (a new file, a skipped record, a blank line, a multi-line JSON record). An NDJSON or CSV file
 * costs one entry, so the batch rules can remember where each uid was first seen in 4 bytes.
 */
export class PositionLog {
  private readonly files = new Interner();
  /** Per entry: the first ordinal it covers, its file, and the record, line and row (0 = none) at that ordinal. */
  private readonly from = new GrowableUint32();
  private readonly file = new GrowableUint32();
  private readonly record = new GrowableUint32();
  private readonly line = new GrowableUint32();
  private readonly row = new GrowableUint32();
  private count = 0;
  private last: RecordLocation | undefined;
  private lastFile = -1;

  /** The ordinal of a location; the same location noted twice in a row gets the same ordinal. */
  note(location: RecordLocation): number {
    const last = this.last;
    if (last !== undefined && (last === location || (last.file === location.file && last.record === location.record && last.line === location.line && last.row === location.row))) return this.count - 1;
    this.last = location;
    const ordinal = this.count;
    this.count += 1;
    const file = last !== undefined && last.file === location.file ? this.lastFile : this.files.id(location.file);
    this.lastFile = file;
    const line = location.line ?? 0;
    const row = location.row ?? 0;
    const e = this.from.length - 1;
    if (e >= 0 && this.file.at(e) === file) {
      const k = ordinal - this.from.at(e);
      if (location.record === this.record.at(e) + k && follows(this.line.at(e), line, k) && follows(this.row.at(e), row, k)) return ordinal;
    }
    this.from.push(ordinal);
    this.file.push(file);
    this.record.push(location.record);
    this.line.push(line);
    this.row.push(row);
    return ordinal;
  }

  /** The entries the log keeps: one per stretch of locations whose numbers follow on (one per NDJSON file, when every record is noted). */
  get entries(): number {
    return this.from.length;
  }

  /** The location noted with an ordinal. */
  locate(ordinal: number): RecordLocation {
    let low = 0;
    let high = this.from.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.from.at(mid) <= ordinal) low = mid;
      else high = mid - 1;
    }
    const k = ordinal - this.from.at(low);
    const line = this.line.at(low);
    const row = this.row.at(low);
    return { file: this.files.values[this.file.at(low)]!, record: this.record.at(low) + k, ...(line ? { line: line + k } : {}), ...(row ? { row: row + k } : {}) };
  }
}

/** Whether a line or row number continues an entry's count (0 = the entry has none, and neither may this one). */
function follows(start: number, value: number, k: number): boolean {
  return start === 0 ? value === 0 : value === start + k;
}
