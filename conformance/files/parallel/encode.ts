import type { CheckedRecord } from '../checked.ts';
import type { DataFinding } from '../result.ts';
import { grown, releaseNow } from '../checks/release.ts';

/** Numbers per record in EncodedUnit.records. */
export const stride = 11;
const enum Field {
  Line,
  Record,
  Flags,
  Class,
  Version,
  UidHi,
  UidLo,
  RefStart,
  RefCount,
  ElementStart,
  ElementCount,
}
const unreadableFlag = 1;
const versionedFlag = 2;

/** Numbers per reference in EncodedUnit.refs: target class index plus one, fingerprint hi and lo, its path's index in EncodedUnit.paths. */
export const refStride = 4;

/**
 * A unit's checked records as a few flat arrays (moved between threads without copying) and the rare findings
 * as objects: much cheaper to send back than an object per record, and cheaper to apply.
 */
export interface EncodedUnit {
  readonly count: number;
  /** Unsigned 32-bit fields; a class index is stored plus one (0: none). */
  readonly records: Uint32Array;
  /** refStride numbers per reference. */
  readonly refs: Uint32Array;
  /**
   * The distinct JSON Pointers of the unit's references (a few dozen, where a unit has thousands of references), so
   * that a unit carries a few strings between threads rather than one per reference.
   */
  readonly paths: readonly string[];
  /** Per record, the state of each element of its class (see CheckedRecord.elements). */
  readonly elements: Uint8Array;
  /** [record index in the unit, its findings] for the records that have any. */
  readonly findings: readonly (readonly [number, DataFinding[]])[];
}

/** The memory of a unit's arrays, to encode another unit into once this one is applied. */
export interface EncodedBuffers {
  readonly records: ArrayBuffer;
  readonly refs: ArrayBuffer;
  readonly elements: ArrayBuffer;
}

/** The memory a unit's arrays are views of (whole, from the start): to be reused. */
export function buffersOf(unit: EncodedUnit): EncodedBuffers {
  return { records: unit.records.buffer as ArrayBuffer, refs: unit.refs.buffer as ArrayBuffer, elements: unit.elements.buffer as ArrayBuffer };
}

/**
 * Encodes checked records one at a time, as they are checked, so that a record's objects die young (a unit's worth
 * of CheckedRecord objects would outlive a young-generation collection or two and be copied into the old one).
 *
 * It writes into the memory of a unit already applied when it is given one, so that a long run reuses a few sets of
 * arrays instead of leaving one set per unit to the garbage collector: the results of a unit wait a while to be
 * applied, long enough to be promoted to the old generation, whose garbage is collected only now and then.
 */
export class UnitEncoder {
  private count = 0;
  private records: Uint32Array;
  private refs: Uint32Array;
  private refCount = 0;
  private readonly paths: string[] = [];
  private readonly pathIds = new Map<string, number>();
  private elements: Uint8Array;
  private elementCount = 0;
  private readonly findings: [number, DataFinding[]][] = [];

  /** `expected`: the records the unit holds (the arrays grow if it holds more). */
  constructor(private readonly classIndex: ReadonlyMap<string, number>, expected: number, reuse?: EncodedBuffers) {
    const n = Math.max(1, expected);
    this.records = reused(Uint32Array, reuse?.records, n * stride);
    this.refs = reused(Uint32Array, reuse?.refs, n * refStride * 2);
    this.elements = reused(Uint8Array, reuse?.elements, n * 64);
  }

  add(c: CheckedRecord): void {
    const i = this.count;
    this.count += 1;
    if (this.records.length < this.count * stride) this.records = grown(this.records, this.count * stride);
    const records = this.records;
    const o = i * stride;
    records[o + Field.Line] = c.location.line ?? 0;
    records[o + Field.Record] = c.location.record;
    records[o + Field.Flags] = (c.unreadable ? unreadableFlag : 0) | (c.uidHash && c.version !== undefined ? versionedFlag : 0);
    records[o + Field.Class] = c.recordType === undefined ? 0 : this.classIndex.get(c.recordType)! + 1;
    records[o + Field.Version] = encodeVersion(c.version);
    records[o + Field.UidHi] = c.uidHash?.[0] ?? 0;
    records[o + Field.UidLo] = c.uidHash?.[1] ?? 0;
    records[o + Field.RefStart] = this.refCount;
    const r = c.refs ?? [];
    const refCount = r.length / 3;
    if (this.refs.length < (this.refCount + refCount) * refStride) this.refs = grown(this.refs, (this.refCount + refCount) * refStride);
    for (let k = 0, h = 0; k < r.length; k += 3, h += 2) {
      const at = this.refCount * refStride;
      const path = r[k + 2]!;
      let pathId = this.pathIds.get(path);
      if (pathId === undefined) {
        pathId = this.paths.length;
        this.paths.push(path);
        this.pathIds.set(path, pathId);
      }
      this.refs[at] = (this.classIndex.get(r[k]!) ?? -1) + 1;
      this.refs[at + 1] = c.refHashes![h]!;
      this.refs[at + 2] = c.refHashes![h + 1]!;
      this.refs[at + 3] = pathId;
      this.refCount += 1;
    }
    records[o + Field.RefCount] = refCount;
    const states = c.elements ?? [];
    records[o + Field.ElementStart] = this.elementCount;
    records[o + Field.ElementCount] = states.length;
    if (this.elements.length < this.elementCount + states.length) this.elements = grown(this.elements, this.elementCount + states.length);
    for (let k = 0; k < states.length; k += 1) this.elements[this.elementCount++] = states[k]!;
    if (c.findings.length > 0) this.findings.push([i, c.findings]);
  }

  /** The unit: views, from the start, of the arrays it was written into. */
  finish(): EncodedUnit {
    return {
      count: this.count,
      records: this.records.subarray(0, this.count * stride),
      refs: this.refs.subarray(0, this.refCount * refStride),
      paths: this.paths,
      elements: this.elements.subarray(0, this.elementCount),
      findings: this.findings,
    };
  }
}

/** The JSON Pointer of a unit's reference number k. */
export function refPath(unit: EncodedUnit, k: number): string {
  return unit.paths[unit.refs[k * refStride + 3]!]!;
}

type ArrayType<T> = new (buffer: ArrayBuffer | number) => T;

/** An array over `buffer` when it holds at least `size` elements, otherwise a new one (and the buffer is released). */
function reused<T extends Uint32Array | Uint8Array>(type: ArrayType<T>, buffer: ArrayBuffer | undefined, size: number): T {
  const array = buffer && buffer.byteLength > 0 ? new type(buffer) : undefined;
  if (array && array.length >= size) return array;
  if (buffer) releaseNow(buffer);
  return new type(size);
}

/**
 * Versions the batch rules track are whole numbers from 1 to 31; any other (0, negative, fractional, huge) only
 * counts as untracked there, so it travels as one out-of-range value and meets the same rule.
 */
const untrackedVersion = 0xffffffff;

function encodeVersion(version: number | undefined): number {
  return version !== undefined && Number.isInteger(version) && version >= 1 && version < untrackedVersion ? version : untrackedVersion;
}

/** One record of an encoded unit, read in place. */
export interface EncodedRecord {
  readonly line: number;
  readonly record: number;
  readonly unreadable: boolean;
  readonly versioned: boolean;
  readonly classIndex: number;
  readonly version: number;
  readonly uidHash: readonly [number, number];
  readonly refStart: number;
  readonly refCount: number;
  readonly elementStart: number;
  readonly elementCount: number;
}

export function recordAt(unit: EncodedUnit, i: number): EncodedRecord {
  const r = unit.records;
  const o = i * stride;
  const flags = r[o + Field.Flags]!;
  return {
    line: r[o + Field.Line]!,
    record: r[o + Field.Record]!,
    unreadable: (flags & unreadableFlag) !== 0,
    versioned: (flags & versionedFlag) !== 0,
    classIndex: r[o + Field.Class]! - 1,
    version: r[o + Field.Version]!,
    uidHash: [r[o + Field.UidHi]!, r[o + Field.UidLo]!],
    refStart: r[o + Field.RefStart]!,
    refCount: r[o + Field.RefCount]!,
    elementStart: r[o + Field.ElementStart]!,
    elementCount: r[o + Field.ElementCount]!,
  };
}
