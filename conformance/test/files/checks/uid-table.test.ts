import { describe, expect, it } from 'vitest';
import { PositionLog } from '../../../files/checks/positions.ts';
import { UidTable } from '../../../files/checks/uid-table.ts';
import { BatchState } from '../../../files/checks/batch.ts';

describe('UidTable', () => {
  it('keeps every fingerprint and its columns through many growths of its shards', () => {
    const table = new UidTable();
    const n = 50_000;
    for (let i = 0; i < n; i += 1) {
      const slot = table.upsert(Math.imul(i, 0x9e3779b1) >>> 0, i);
      expect(table.isNew).toBe(true);
      table.set(slot, i % 7, i, i * 2);
    }
    expect(table.count).toBe(n);
    for (let i = 0; i < n; i += 1) {
      const slot = table.find(Math.imul(i, 0x9e3779b1) >>> 0, i);
      expect([table.type(slot), table.versions(slot), table.first(slot)]).toEqual([i % 7, i, i * 2]);
    }
    expect([...table.handles()]).toHaveLength(n);
  });

  it('finds an existing fingerprint again rather than adding it, and reports an absent one as -1', () => {
    const table = new UidTable();
    const a = table.upsert(1, 2);
    expect(table.upsert(1, 2)).toBe(a);
    expect(table.isNew).toBe(false);
    expect(table.find(1, 3)).toBe(-1);
  });

  it('holds the fingerprint (0, 0), although zero marks an empty slot', () => {
    const table = new UidTable();
    expect(table.find(0, 0)).toBe(-1);
    const slot = table.upsert(0, 0);
    expect(table.isNew).toBe(true);
    expect(table.find(0, 0)).toBe(slot);
    expect(table.count).toBe(1);
  });
});

describe('PositionLog', () => {
  const roundTrip = (locations: { file: string; record: number; line?: number; row?: number }[]) => {
    const log = new PositionLog();
    const ordinals = locations.map((l) => log.note(l));
    return { ordinals, back: ordinals.map((o) => log.locate(o)) };
  };

  it('gives back every location it was given: NDJSON lines with blank lines, CSV rows, JSON records across files', () => {
    const locations = [
      { file: 'a.ndjson', record: 1, line: 1 },
      { file: 'a.ndjson', record: 2, line: 2 },
      { file: 'a.ndjson', record: 3, line: 5 },
      { file: 'a.ndjson', record: 5, line: 7 },
      { file: 'b.csv', record: 1, row: 2 },
      { file: 'b.csv', record: 2, row: 3 },
      { file: 'c.json', record: 1, line: 3 },
      { file: 'c.json', record: 2, line: 19 },
      { file: 'd.json', record: 1 },
      { file: 'd.json', record: 2 },
      { file: 'a.ndjson', record: 1, line: 1 },
    ];
    const { ordinals, back } = roundTrip(locations);
    expect(back).toEqual(locations);
    expect(ordinals).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('gives the same ordinal to the same location noted twice in a row (a record and its references)', () => {
    const log = new PositionLog();
    expect(log.note({ file: 'f', record: 1, line: 1 })).toBe(0);
    expect(log.note({ file: 'f', record: 1, line: 1 })).toBe(0);
    expect(log.note({ file: 'f', record: 2, line: 2 })).toBe(1);
  });
});

describe('BatchState', () => {
  it('keeps one position entry for a file whose records repeat uids (later versions), because every record is noted', () => {
    const batch = new BatchState({ forRule: () => undefined });
    for (let record = 1; record <= 1000; record += 1) {
      const location = { file: 'a.ndjson', record, line: record };
      batch.note(location);
      // Every other record is version 2 of the one before it: its uid is not new, and was once not noted at all.
      const uid = `uid-${Math.ceil(record / 2)}`;
      expect(batch.addRecord('care_plan', uid, record % 2 === 1 ? 1 : 2, location)).toBeUndefined();
    }
    expect(batch.positionEntries).toBe(1);
    // And a later finding is still placed at its record: uid-1001 starts at version 2, on record 1001.
    const location = { file: 'a.ndjson', record: 1001, line: 1001 };
    batch.note(location);
    batch.addRecord('care_plan', 'uid-1001', 2, location);
    expect([...batch.finish()].map((f) => [f.check, f.location])).toEqual([['version-sequence', location]]);
  });
});
