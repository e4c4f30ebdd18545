import { describe, expect, it } from 'vitest';
import { testNhsNumber } from '../../../generator/src/model/nhs-number.ts';
import { found, validateRecords, validRecord } from './support.ts';

type Rec = Record<string, unknown> & { change_log: Record<string, unknown>[] };
const copy = (cls: string) => validRecord(cls) as Rec;
const subject = () => copy('subject_of_care');

/** A version-2 copy of a record, with its change log grown by one entry. */
function nextVersion(record: Rec): Rec {
  const entry = { ...record.change_log[0]!, record_version: 2, change_type: { code: 'modified', display: 'Modified' }, date: '2024-06-01T09:30:00Z' };
  return { ...record, version_number: 2, change_log: [...record.change_log, entry] };
}

/** A subject of care with some of its demographics replaced. */
function withDemographics(changes: Record<string, unknown>): Rec {
  const soc = subject();
  return { ...soc, demographics: { ...(soc['demographics'] as object), ...changes } };
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
    { check: 'schema.const (a bound code with another system)', records: () => [{ ...subject(), nhs_number_verification_status: { system: 'http://snomed.info/sct', code: '01' } }], want: 'schema.const@/nhs_number_verification_status/system' },
    { check: 'schema.pattern (a blank family name)', records: () => [{ ...subject(), name: { ...(subject()['name'] as object), family: '   ' } }], want: 'schema.pattern@/name/family' },
    { check: 'schema.pattern (an empty reference uid)', records: () => [{ ...copy('risk'), subject_of_care: { record_type: 'subject_of_care', record_uid: '' } }], want: 'schema.pattern@/subject_of_care/record_uid' },
    { check: 'schema.pattern (an empty code)', records: () => [withDemographics({ gender_identity: { code: '' } })], want: 'schema.pattern@/demographics/gender_identity/code' },
    { check: 'schema.pattern (30 February)', records: () => [withDemographics({ date_of_birth: '2023-02-30' })], want: 'schema.pattern@/demographics/date_of_birth' },
    { check: 'schema.pattern (29 February of a common year)', records: () => [withDemographics({ date_of_birth: '2023-02-29' })], want: 'schema.pattern@/demographics/date_of_birth' },
    { check: 'schema.pattern (a date-time without seconds)', records: () => { const r = copy('risk'); r.change_log[0] = { ...r.change_log[0], date: '2024-05-01T09:30Z' }; return [r]; }, want: 'schema.pattern@/change_log/0/date' },
    { check: 'schema.maxLength (a reference uid longer than a record uid may be)', records: () => [{ ...copy('risk'), subject_of_care: { record_type: 'subject_of_care', record_uid: 'u'.repeat(129) } }], want: 'schema.maxLength@/subject_of_care/record_uid' },
    { check: 'schema.maxLength (a reference display over 256)', records: () => [{ ...copy('risk'), subject_of_care: { record_type: 'subject_of_care', record_uid: 'x', display: 'd'.repeat(257) } }], want: 'schema.maxLength@/subject_of_care/display' },
    { check: 'schema.maxItems (a list of over 1,000)', records: () => [withDemographics({ other_language: Array.from({ length: 1001 }, () => ({ code: 'q1' })) })], want: 'schema.maxItems@/demographics/other_language' },
    { check: 'schema.required', records: () => { const { record_uid: _gone, ...r } = copy('risk'); return [r]; }, want: 'schema.required@/record_uid' },
    { check: 'input.unknown-class', records: () => [{ ...copy('risk'), record_type: 'pizza' }], want: 'input.unknown-class@/record_type' },
  ])('$check', async ({ records, want }) => {
    expect(found(await validateRecords(records()))).toContain(want);
  });

  it('values at the edge of each new rule pass', async () => {
    const risk = { ...copy('risk'), subject_of_care: { record_type: 'subject_of_care', record_uid: 'u'.repeat(128), display: 'd'.repeat(256) } };
    const soc = withDemographics({ date_of_birth: '2024-02-29', gender_identity: { code: ' x ' }, other_language: Array.from({ length: 1000 }, () => ({ code: 'q1' })) });
    const leap = withDemographics({ date_of_birth: '2000-02-29' });
    const bound = { ...subject(), nhs_number_verification_status: { code: '01' } };
    const timed = copy('risk');
    timed.change_log[0] = { ...timed.change_log[0], date: '2024-05-01T09:30:00.5+01:00' };
    const result = await validateRecords([risk, soc, leap, bound, timed]);
    expect(found(result).filter((f) => /^schema\./.test(f))).toEqual([]);
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

describe('how to normalise a value near its form, never quoting it', () => {
  const risk = () => copy('risk');
  it.each([
    { what: 'an NHS number in groups', record: () => ({ ...subject(), nhs_number: '943 476 5919' }), value: '943 476 5919', check: 'schema.pattern', want: /10 digits without spaces or hyphens/ },
    { what: 'an NHS number with hyphens', record: () => ({ ...subject(), nhs_number: '943-476-5919' }), value: '943-476-5919', check: 'schema.pattern', want: /10 digits without spaces or hyphens/ },
    { what: 'a lower-case ODS code', record: () => ({ ...subject(), registered_gp_practice: 'a81001' }), value: 'a81001', check: 'ods-code-format', want: /in capitals/ },
    { what: 'a date-time without seconds', record: () => { const r = risk(); r.change_log[0] = { ...r.change_log[0], date: '2024-05-01T09:30Z' }; return r; }, value: '2024-05-01T09:30Z', check: 'schema.pattern', want: /seconds/ },
    { what: 'a date that is not in the calendar', record: () => withDemographics({ date_of_birth: '2023-02-29' }), value: '2023-02-29', check: 'schema.pattern', want: /leap year/ },
    { what: 'a blank value', record: () => ({ ...subject(), name: { ...(subject()['name'] as object), family: ' ' } }), value: undefined, check: 'schema.pattern', want: /leave the element out/ },
    { what: 'a code with another system', record: () => ({ ...subject(), nhs_number_verification_status: { system: 'http://snomed.info/sct', code: '01' } }), value: 'http://snomed.info/sct', check: 'schema.const', want: /UKCore-NHSNumberVerificationStatusEngland/ },
  ])('$what', async ({ record, value, check, want }) => {
    const result = await validateRecords([record()]);
    const sample = result.checks.find((c) => c.check === check)!.samples[0]!;
    expect(sample.fix).toMatch(want);
    if (value !== undefined) expect(`${sample.message} ${sample.fix}`).not.toContain(value);
  });

  it('keeps the words for a value far from the form', async () => {
    const result = await validateRecords([{ ...subject(), nhs_number: '12345' }]);
    expect(result.checks.find((c) => c.check === 'schema.pattern')!.samples[0]!.message).toContain('is not 10 digits');
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
