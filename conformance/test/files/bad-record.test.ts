import { describe, expect, it } from 'vitest';
import { capFindings, maxFindingsPerCheck } from '../../files/checks/cap.ts';
import { validateRecords, validRecord } from './support.ts';

/**
 * One bad record never ends a file: before, a version_number of 1.5 threw a RangeError out of the change-log rule
 * (new Array(1.5 + 1)), and the rest of the file was lost ("Read 6 records" of 27). Every record is counted now.
 */
describe('a record that breaks a rule is a finding, and reading goes on', () => {
  const risk = (uid: string, changes: Record<string, unknown> = {}) => {
    const r = validRecord('risk');
    const log = (r['change_log'] as Record<string, unknown>[]).map((e) => ({ ...e, record_uid: uid }));
    return { ...r, record_uid: uid, change_log: log, ...changes };
  };
  const file = (bad: Record<string, unknown>) => [...Array.from({ length: 20 }, (_, i) => risk(`r${i}`)), risk('bad', bad), ...Array.from({ length: 20 }, (_, i) => risk(`s${i}`))];

  it.each([
    { what: 'a fractional version', bad: { version_number: 1.5 }, want: 'schema.type' },
    { what: 'a negative version', bad: { version_number: -1 }, want: 'schema.minimum' },
    { what: 'a version as text', bad: { version_number: '2' }, want: 'schema.type' },
    { what: 'a version of 1e300', bad: { version_number: 1e300 }, want: 'change-log-consistent' },
  ])('$what: all 41 records are counted', async ({ bad, want }) => {
    const result = await validateRecords(file(bad));
    expect(result.totals.records).toBe(41);
    expect(result.totals.valid + result.totals.invalid + result.totals.unreadable).toBe(41);
    expect(result.totals.unreadable).toBe(0);
    expect(result.checks.map((c) => c.check)).toContain(want);
    expect(result.checks.map((c) => c.check)).not.toContain('input.unreadable');
  });

  it('a version of 1e300 is one finding for its missing versions, not 9,999', async () => {
    const result = await validateRecords([risk('huge', { version_number: 1e300 })]);
    const log = result.checks.find((c) => c.check === 'change-log-consistent')!;
    expect(log.count).toBe(1);
    expect(log.samples[0]!.message).toBe('versions 2 to 1e+300 have no change-log entry (1e+300 versions)');
  });

  it('a change log of thousands of broken entries gives at most a capped number of findings, and a summary', async () => {
    const r = risk('long');
    const entry = (r.change_log as Record<string, unknown>[])[0]!;
    const result = await validateRecords([{ ...r, change_log: [entry, ...Array.from({ length: 5000 }, () => ({ ...entry, record_uid: 'other' }))] }]);
    const log = result.checks.find((c) => c.check === 'change-log-consistent')!;
    expect(log.count).toBe(maxFindingsPerCheck + 1);
  });

  it('the summary of a capped check says how many more there were', () => {
    const f = { check: 'x', severity: 'error' as const, path: '/a', message: 'm', fix: 'f', value: 'v' };
    const capped = capFindings(Array.from({ length: 25 }, () => f));
    expect(capped).toHaveLength(maxFindingsPerCheck + 1);
    expect(capped.at(-1)).toEqual({ check: 'x', severity: 'error', path: '/a', message: 'and 5 more findings of this check in this record, not listed one by one', fix: 'f' });
  });
});
