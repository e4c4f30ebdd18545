import type { DataFinding, RecordLocation } from '../result.ts';
import { GrowableUint32, Interner } from './growable.ts';
import { fingerprint } from './hash.ts';
import { UidTable } from './uid-table.ts';

const highestTrackedVersion = 31;

/**
 * What the rules across records remember: each record uid's class and versions, and the references that did not
 * resolve when they were read. A few dozen bytes per record, never the records themselves, so memory grows slowly
 * with the batch and not with the size of its records.
 */
export class BatchState {
  private readonly table = new UidTable();
  private readonly types = new Interner();
  private readonly files = new Interner();
  private readonly paths = new Interner();
  private lastFile = '';
  private lastFileId = 0;
  private readonly pending = { hi: new GrowableUint32(), lo: new GrowableUint32(), type: new GrowableUint32(), file: new GrowableUint32(), record: new GrowableUint32(), line: new GrowableUint32(), row: new GrowableUint32(), from: new GrowableUint32(), path: new GrowableUint32() };

  constructor(private readonly requirements: { readonly forRule: (rule: string) => string | undefined }) {}

  /** Note a record; returns a finding when the same uid and version was already seen. */
  addRecord(recordType: string, uid: string, version: number, location: RecordLocation, hash: readonly [number, number] = fingerprint(uid, 0)): DataFinding | undefined {
    const [h, l] = hash;
    const [slot, isNew] = this.table.upsert(h, l);
    if (isNew) {
      this.table.type[slot] = this.types.id(recordType);
      this.table.firstFile[slot] = this.files.id(location.file);
      this.table.firstRecord[slot] = location.record;
      this.table.firstLine[slot] = location.line ?? location.row ?? 0;
    }
    if (!Number.isInteger(version) || version < 1 || version > highestTrackedVersion) {
      this.table.overflow[slot] = Math.min(255, this.table.overflow[slot]! + 1);
      return undefined;
    }
    const bit = (1 << (version - 1)) >>> 0;
    if ((this.table.versions[slot]! & bit) !== 0) {
      return this.finding('unique-record-version', location, recordType, '/version_number', `version ${version} of this record appears twice`, 'Export each version of a record once.');
    }
    this.table.versions[slot] = (this.table.versions[slot]! | bit) >>> 0;
    return undefined;
  }

  /** Note a reference: resolved at once when its record was already read, otherwise kept (compactly) for the end. */
  addReference(targetType: string, targetUid: string, location: RecordLocation, recordType: string, path: string, hash: readonly [number, number] = fingerprint(targetUid, 0)): void {
    const [h, l] = hash;
    const slot = this.table.find(h, l);
    const type = this.types.id(targetType);
    if (slot !== -1 && this.table.type[slot] === type) return;
    const p = this.pending;
    p.hi.push(h);
    p.lo.push(l);
    p.type.push(type);
    if (location.file !== this.lastFile) ((this.lastFile = location.file), (this.lastFileId = this.files.id(location.file)));
    p.file.push(this.lastFileId);
    p.record.push(location.record);
    p.line.push(location.line ?? 0);
    p.row.push(location.row ?? 0);
    p.from.push(this.types.id(recordType));
    p.path.push(this.paths.id(path));
  }

  /** The findings only the whole batch can show: version gaps, and references to records it does not hold. */
  *finish(): Generator<DataFinding> {
    // Record uids whose versions above 31 were seen are not checked for gaps: their bits do not cover every version.
    for (const slot of this.table.slots()) {
      const versions = this.table.versions[slot]!;
      if (this.table.overflow[slot]! > 0 || versions === 0) continue;
      const contiguous = (versions & (versions + 1)) === 0;
      if (contiguous) continue;
      const line = this.table.firstLine[slot]!;
      const location: RecordLocation = { file: this.files.values[this.table.firstFile[slot]!]!, record: this.table.firstRecord[slot]!, ...(line ? { line } : {}) };
      const missing = (versions & 1) === 0 ? 'does not start at version 1' : `skips version ${Math.log2(((versions + 1) & ~versions) >>> 0) + 1}`;
      yield this.finding('version-sequence', location, this.types.values[this.table.type[slot]!]!, '/version_number', `the record ${missing}: a version is missing`, 'Export every version, numbered 1, 2, 3 and so on.');
    }
    const p = this.pending;
    for (let i = 0; i < p.hi.length; i += 1) {
      const slot = this.table.find(p.hi.at(i), p.lo.at(i));
      if (slot !== -1 && this.table.type[slot] === p.type.at(i)) continue;
      const location: RecordLocation = { file: this.files.values[p.file.at(i)]!, record: p.record.at(i), ...(p.line.at(i) ? { line: p.line.at(i) } : {}), ...(p.row.at(i) ? { row: p.row.at(i) } : {}) };
      const f = this.finding('reference-resolves', location, this.types.values[p.from.at(i)]!, this.paths.values[p.path.at(i)]!, `refers to a ${this.types.values[p.type.at(i)]} record that is not in this batch`, 'Include the record it refers to, or confirm that it is held elsewhere (an external reference).');
      yield { ...f, severity: 'warning' };
    }
  }

  private finding(check: string, location: RecordLocation, recordType: string, path: string, message: string, fix: string): DataFinding {
    const requirement = this.requirements.forRule(check);
    return { check, ...(requirement === undefined ? {} : { requirement }), severity: 'error', location, recordType, path, message, fix };
  }
}
