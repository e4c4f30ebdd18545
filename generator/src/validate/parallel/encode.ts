import type { CheckedRecord } from '../checked.ts';
import type { DataFinding } from '../result.ts';

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

/**
 * A unit's checked records as a few flat arrays (moved between threads without copying) and the rare findings
 * as objects: much cheaper to send back than an object per record, and cheaper to apply.
 */
export interface EncodedUnit {
  readonly count: number;
  /** Unsigned 32-bit fields; a class index is stored plus one (0: none). */
  readonly records: Uint32Array;
  /** Per reference: target class index plus one, fingerprint hi, fingerprint lo. */
  readonly refs: Uint32Array;
  readonly refPaths: readonly string[];
  readonly elements: Uint8Array;
  /** [record index in the unit, its findings] for the records that have any. */
  readonly findings: readonly (readonly [number, DataFinding[]])[];
}

export function encodeUnit(checked: readonly CheckedRecord[], classIndex: ReadonlyMap<string, number>): EncodedUnit {
  const records = new Uint32Array(checked.length * stride);
  let refCount = 0;
  let elementCount = 0;
  for (const c of checked) {
    refCount += (c.refs?.length ?? 0) / 3;
    elementCount += c.elements?.length ?? 0;
  }
  const refs = new Uint32Array(refCount * 3);
  const refPaths: string[] = [];
  const elements = new Uint8Array(elementCount);
  const findings: [number, DataFinding[]][] = [];
  let e = 0;
  for (let i = 0; i < checked.length; i += 1) {
    const c = checked[i]!;
    const o = i * stride;
    records[o + Field.Line] = c.location.line ?? 0;
    records[o + Field.Record] = c.location.record;
    records[o + Field.Flags] = (c.unreadable ? unreadableFlag : 0) | (c.uidHash && c.version !== undefined ? versionedFlag : 0);
    records[o + Field.Class] = c.recordType === undefined ? 0 : classIndex.get(c.recordType)! + 1;
    records[o + Field.Version] = encodeVersion(c.version);
    records[o + Field.UidHi] = c.uidHash?.[0] ?? 0;
    records[o + Field.UidLo] = c.uidHash?.[1] ?? 0;
    records[o + Field.RefStart] = refPaths.length;
    const r = c.refs ?? [];
    for (let k = 0, h = 0; k < r.length; k += 3, h += 2) {
      const at = refPaths.length * 3;
      refs[at] = (classIndex.get(r[k]!) ?? -1) + 1;
      refs[at + 1] = c.refHashes![h]!;
      refs[at + 2] = c.refHashes![h + 1]!;
      refPaths.push(r[k + 2]!);
    }
    records[o + Field.RefCount] = refPaths.length - records[o + Field.RefStart]!;
    records[o + Field.ElementStart] = e;
    const states = c.elements ?? [];
    records[o + Field.ElementCount] = states.length;
    for (let k = 0; k < states.length; k += 1) elements[e++] = states[k]!;
    if (c.findings.length > 0) findings.push([i, c.findings]);
  }
  return { count: checked.length, records, refs, refPaths, elements, findings };
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
