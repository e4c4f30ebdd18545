import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../reference/migrations.ts';
import { RecordStore } from '../reference/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reference supplier store', () => {
  it('migrates a new database file to the latest schema, and keeps records across a restart', () => {
    const file = join(dir, 'ref.db');
    const first = new RecordStore(file);
    expect(first.schemaVersion).toBe(migrations[migrations.length - 1]!.version);
    first.put({ recordType: 'risk', uid: 'u1', version: 1, body: { record_uid: 'u1', version_number: 1 } }, { subject: 's1', nhsNumber: undefined });
    first.put({ recordType: 'risk', uid: 'u1', version: 2, body: { record_uid: 'u1', version_number: 2 } }, { subject: 's1', nhsNumber: undefined });
    first.close();
    const again = new RecordStore(file);
    expect(again.current('risk', 'u1')?.version).toBe(2);
    expect(again.version('risk', 'u1', 1)).toEqual({ record_uid: 'u1', version_number: 1 });
    expect(again.history('risk', 'u1', 10, 0).items.map((b) => b['version_number'])).toEqual([1, 2]);
    expect(again.search({ recordType: 'risk', subject: 's1' }, 10, 0).items).toHaveLength(1);
    again.close();
  });

  it('refuses a second copy of a version, and leaves nothing half-written', () => {
    const store = new RecordStore(undefined);
    store.put({ recordType: 'risk', uid: 'u', version: 1, body: { a: 1 } }, { subject: undefined, nhsNumber: undefined });
    expect(() => store.put({ recordType: 'risk', uid: 'u', version: 1, body: { a: 2 } }, { subject: undefined, nhsNumber: undefined })).toThrow();
    expect(store.current('risk', 'u')?.body).toEqual({ a: 1 });
    store.close();
  });
});
