import { describe, expect, it } from 'vitest';
import { testNhsNumber } from '../../src/model/nhs-number.ts';
import { found, validateRecords, validRecord } from './support.ts';

type Rec = Record<string, unknown> & { change_log: Record<string, unknown>[] };
const copy = (cls: string) => validRecord(cls) as Rec;
const subject = () => copy('subject_of_care');

/** A version-2 copy of a record, with its change log grown by one entry. */
function nextVersion(record: Rec): Rec {
  const entry = { ...record.change_log[0]!, record_version: 2, change_type: { code: 'modified', display: 'Modified' }, date: '2024-06-01T09:30:00Z' };
  return { ...record, version_number: 2, change_log: [...record.change_log, entry] };
}

describe('the valid examples pass every check', () => {
  it('a batch of every class raises no error', async () => {
    const classes = ['subject_of_care', 'risk', 'care_plan', 'informed_consent', 'alert', 'task'];
    const result = await validateRecords(classes.map(copy));
    expect(result.checks.filter((c) => c.severity === 'error').map((c) => c.check)).toEqual([]);
    expect(result.totals).toMatchObject({ records: 6, valid: 6, invalid: 0, unreadable: 0 });
  });
});

describe('each data check fails where it should', () => {
  it.each([
    { check: 'nhs-number-check-digit', records: () => [{ ...subject(), nhs_number: testNhsNumber(0).slice(0, 9) + String((Number(testNhsNumber(0)[9]) + 1) % 10) }], want: 'nhs-number-check-digit@/nhs_number' },
    { check: 'nhs-number-check-digit (ten zeros, which pass Modulus 11)', records: () => [{ ...subject(), nhs_number: '0000000000' }], want: 'nhs-number-check-digit@/nhs_number' },
    { check: 'schema.pattern (NHS number form)', records: () => [{ ...subject(), nhs_number: '12345' }], want: 'schema.pattern@/nhs_number' },
    { check: 'ods-code-format', records: () => [{ ...subject(), registered_gp_practice: 'not an ods code' }], want: 'ods-code-format@/registered_gp_practice' },
    { check: 'not-in-future', records: () => { const r = copy('risk'); r.change_log[0] = { ...r.change_log[0], date: '2030-01-01T09:00:00Z' }; return [r]; }, want: 'not-in-future@/change_log/0/date' },
    { check: 'start-before-end', records: () => [{ ...copy('risk'), start_date_of_risk: '2024-05-02T09:00:00Z', end_date_of_risk: '2024-05-01T09:00:00Z' }], want: 'start-before-end@/end_date_of_risk' },
    { check: 'start-before-end inside a component (a task\'s requested period)', records: () => [{ ...copy('task'), requested_period: { start: '2024-05-02T09:00:00Z', end: '2024-05-01T09:00:00Z' } }], want: 'start-before-end@/requested_period/end' },
    { check: 'change-log-consistent (entry for another record)', records: () => { const r = copy('risk'); r.change_log[0] = { ...r.change_log[0], record_uid: 'someone-else' }; return [r]; }, want: 'change-log-consistent@/change_log/0/record_uid' },
    { check: 'change-log-consistent (a version without its entry)', records: () => [{ ...copy('risk'), version_number: 2 }], want: 'change-log-consistent@/change_log' },
    { check: 'unique-record-version', records: () => [copy('risk'), copy('risk')], want: 'unique-record-version@/version_number' },
    { check: 'version-sequence', records: () => [nextVersion(nextVersion(copy('risk')))].map((r) => ({ ...r, version_number: 3, change_log: [...r.change_log.slice(0, 2), { ...r.change_log[1]!, record_version: 3 }] })), want: 'version-sequence@/version_number' },
    { check: 'reference-resolves', records: () => [copy('risk')], want: 'reference-resolves@/subject_of_care' },
    { check: 'consent-before-care-plan', records: () => { const { informed_consent: _gone, ...plan } = copy('care_plan'); return [{ ...plan, status: { code: 'active', display: 'Active' } }]; }, want: 'consent-before-care-plan@/informed_consent' },
    { check: 'schema.enum', records: () => [{ ...subject(), nhs_number_verification_status: { code: '99' } }], want: 'schema.enum@/nhs_number_verification_status/code' },
    { check: 'schema.required', records: () => { const { record_uid: _gone, ...r } = copy('risk'); return [r]; }, want: 'schema.required@/record_uid' },
    { check: 'input.unknown-class', records: () => [{ ...copy('risk'), record_type: 'pizza' }], want: 'input.unknown-class@/record_type' },
  ])('$check', async ({ records, want }) => {
    expect(found(await validateRecords(records()))).toContain(want);
  });

  it('a correct version chain passes the version and change-log checks', async () => {
    const one = copy('risk');
    const result = await validateRecords([one, nextVersion(one)]);
    expect(found(result).filter((f) => /version-sequence|change-log|unique-record/.test(f))).toEqual([]);
  });

  it('a reference to a record in the batch resolves', async () => {
    const soc = subject();
    const risk = { ...copy('risk'), subject_of_care: { record_type: 'subject_of_care', record_uid: soc['record_uid'] } };
    expect(found(await validateRecords([soc, risk])).filter((f) => f === 'reference-resolves@/subject_of_care')).toEqual([]);
  });
});

describe('privacy', () => {
  it('never prints the value of a personal or special-category element', async () => {
    const bad = { ...subject(), nhs_number: '9999999990' };
    const result = await validateRecords([bad, { ...subject(), demographics: { ...(subject()['demographics'] as object), ethnicity: { code: 'Q9' } } }]);
    const text = JSON.stringify(result);
    expect(text).not.toContain('9999999990');
    const nhs = result.checks.find((c) => c.check === 'nhs-number-check-digit')!.samples[0]!;
    expect(nhs.value).toMatch(/^9\*+90$/);
  });
});

describe('a placeholder NHS number', () => {
  it('says it is a placeholder, without quoting it', async () => {
    const result = await validateRecords([{ ...subject(), nhs_number: '7777777777' }]);
    const sample = result.checks.find((c) => c.check === 'nhs-number-check-digit')!.samples[0]!;
    expect(sample.message).toContain('placeholder');
    expect(JSON.stringify(result)).not.toContain('7777777777');
  });
});

describe('consent before a care plan is delivered', () => {
  it('does not ask a draft plan for consent', async () => {
    const { informed_consent: _gone, ...plan } = copy('care_plan');
    const result = await validateRecords([{ ...plan, status: { code: 'draft', display: 'Draft' } }]);
    expect(found(result).filter((f) => f.startsWith('consent-before-care-plan'))).toEqual([]);
  });
});
