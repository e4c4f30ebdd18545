import type { DataFinding, RecordLocation } from '../result.ts';

interface UidState {
  recordType: string;
  count: number;
  min: number;
  max: number;
  first: RecordLocation;
}

interface PendingReference {
  readonly key: string;
  readonly location: RecordLocation;
  readonly recordType: string;
  readonly path: string;
}

/**
 * What the rules across records remember: each record uid's versions, each uid+version seen, and references not yet
 * resolved. It holds a few numbers per record, never the records themselves.
 */
export class BatchState {
  private readonly uids = new Map<string, UidState>();
  private readonly versions = new Set<string>();
  private readonly pending: PendingReference[] = [];

  constructor(private readonly requirements: { readonly forRule: (rule: string) => string | undefined }) {}

  /** Note a record; returns a finding when the same uid and version was already seen. */
  addRecord(recordType: string, uid: string, version: number, location: RecordLocation): DataFinding | undefined {
    const key = `${uid}\u0000${version}`;
    if (this.versions.has(key)) {
      return this.finding('unique-record-version', location, recordType, '/version_number', `version ${version} of this record appears twice`, 'Export each version of a record once.');
    }
    this.versions.add(key);
    const state = this.uids.get(uid);
    if (!state) this.uids.set(uid, { recordType, count: 1, min: version, max: version, first: location });
    else ((state.count += 1), (state.min = Math.min(state.min, version)), (state.max = Math.max(state.max, version)));
    return undefined;
  }

  /** Note a reference, to be checked when every record has been read. */
  addReference(targetType: string, targetUid: string, location: RecordLocation, recordType: string, path: string): void {
    this.pending.push({ key: `${targetType}\u0000${targetUid}`, location, recordType, path });
  }

  /** The findings only the whole batch can show: version gaps, and references to records it does not hold. */
  finish(): DataFinding[] {
    const out: DataFinding[] = [];
    for (const state of this.uids.values()) {
      if (state.min !== 1 || state.count !== state.max) {
        const missing = state.min !== 1 ? 'does not start at version 1' : `has ${state.count} versions but its highest is ${state.max}`;
        const f = this.finding('version-sequence', state.first, state.recordType, '/version_number', `the record ${missing}: a version is missing`, 'Export every version, numbered 1, 2, 3 and so on.');
        out.push(f);
      }
    }
    const known = new Set<string>();
    for (const [uid, state] of this.uids) known.add(`${state.recordType}\u0000${uid}`);
    for (const ref of this.pending) {
      if (known.has(ref.key)) continue;
      const [type] = ref.key.split('\u0000');
      const f = this.finding('reference-resolves', ref.location, ref.recordType, ref.path, `refers to a ${type} record that is not in this batch`, 'Include the record it refers to, or confirm that it is held elsewhere (an external reference).');
      out.push({ ...f, severity: 'warning' });
    }
    return out;
  }

  private finding(check: string, location: RecordLocation, recordType: string, path: string, message: string, fix: string): DataFinding {
    const requirement = this.requirements.forRule(check);
    return { check, ...(requirement === undefined ? {} : { requirement }), severity: 'error', location, recordType, path, message, fix };
  }
}
