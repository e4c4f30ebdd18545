import { describe, expect, it } from 'vitest';
import { changeLogFindings } from '../../../files/checks/change-log.ts';
import type { RequirementLookup } from '../../../files/checks/requirements.ts';

const requirements: RequirementLookup = { forRule: () => 'REQ-1', forKeyword: () => undefined };
const entry = (v: unknown, date: string, extra: Record<string, unknown> = {}) => ({ record_uid: 'u', record_version: v, date, ...extra });
const record = (version: number, log: unknown[]) => ({ record_uid: 'u', version_number: version, change_log: log });
const found = (version: number, log: unknown[]) => changeLogFindings(record(version, log), requirements).map((f) => `${f.path}: ${f.message}`);

describe('change-log findings', () => {
  it('none for a whole log in order', () => {
    expect(found(3, [entry(1, '2024-01-01', { change_type: { code: 'created' } }), entry(2, '2024-01-02'), entry(3, '2024-01-03')])).toEqual([]);
  });

  it('the same for a log out of order as for the log sorted, with repeats and versions after the record reported where they are', () => {
    const log = [entry(2, '2024-01-02'), entry(1, '2024-01-03', { change_type: { code: 'updated' } }), null, entry(2, '2024-01-09'), entry(9, '2024-01-01'), entry(5, '2023-12-31'), entry(1.5, 'x'), entry(4, '2024-02-01', { record_uid: 'other' })];
    expect(found(6, log)).toEqual([
      '/change_log/3/record_version: version 2 has two change-log entries',
      '/change_log/4/record_version: a change-log entry is for version 9, after the record\'s version 6',
      '/change_log/7/record_uid: a change-log entry names another record',
      '/change_log/1/change_type: the entry for version 1 does not say the record was created',
      '/change_log/0/date: the change for version 2 is dated before the change for version 1',
      '/change_log: version 3 has no change-log entry',
      '/change_log/5/date: the change for version 5 is dated before the change for version 4',
      '/change_log: version 6 has no change-log entry',
    ]);
  });

  it('a repeat found after a log in order so far', () => {
    expect(found(3, [entry(1, '2024-01-01'), entry(3, '2024-01-03'), entry(3, '2024-01-04')])).toEqual([
      '/change_log/2/record_version: version 3 has two change-log entries',
      '/change_log: version 2 has no change-log entry',
    ]);
  });

  it('a gap as one range, and the findings added to the list given', () => {
    const out = changeLogFindings(record(1e6, [entry(1, '2024-01-01')]), requirements, [{ check: 'x', severity: 'error', path: '', message: 'before', fix: '' }]);
    expect(out.map((f) => f.message)).toEqual(['before', 'versions 2 to 1000000 have no change-log entry (999999 versions)']);
  });
});
