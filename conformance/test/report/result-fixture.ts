import type { CheckSummary, DataFinding, FindingSeverity, ValidationResult } from '../../files/result.ts';

/**
 * A hand-made validation result: two files (given out of order), error, warning and zero-count checks, samples
 * with markup, quotes, ampersands and a control character, and one check with 5,000 samples to prove capping.
 */
export const fileA = 'people/a.json';
export const fileB = 'care/b.ndjson';
export const hostile = `<script>alert("x") & 'y'</script>`;
export const hugeCount = 5000;

function finding(check: string, severity: FindingSeverity, file: string, record: number, message: string, extra: Partial<DataFinding> = {}): DataFinding {
  return { check, severity, location: { file, record, line: record + 1 }, recordType: 'subject_of_care', path: '/nhs_number', message, fix: 'Correct it.', ...extra };
}

const huge = Array.from({ length: hugeCount }, (_, i) => finding('schema.pattern', 'error', fileB, hugeCount - i, `does not match the pattern (${'x'.repeat(40)})`, { requirement: 'MODS-R03', value: `v${i}` }));

export const checks: CheckSummary[] = [
  { check: 'schema.pattern', requirement: 'MODS-R03', severity: 'error', count: hugeCount, records: hugeCount, samples: huge },
  {
    check: 'schema.required', requirement: 'MODS-R01', severity: 'error', count: 6, records: 5,
    samples: [
      finding('schema.required', 'error', fileA, 4, 'must have "nhs_number"', { path: '' }),
      finding('schema.required', 'error', fileA, 2, 'must have "date_of_birth"', { path: '' }),
      finding('schema.required', 'error', fileB, 9, 'must have "record_uid"', { path: '' }),
    ],
  },
  {
    check: 'rule.nhs-number', requirement: 'MODS-R07', severity: 'error', count: 1, records: 1,
    samples: [finding('rule.nhs-number', 'error', fileA, 12, `fails the check digit ${hostile}`, { value: '9*******1\u0001' })],
  },
  {
    check: 'input.not-json', severity: 'error', count: 1, records: 1,
    samples: [{ check: 'input.not-json', severity: 'error', location: { file: fileB, record: 17, row: 17 }, path: '', message: 'is not JSON', fix: 'Write one JSON object per line.' }],
  },
  {
    check: 'schema.format', requirement: 'MODS-R09', severity: 'warning', count: 2, records: 2,
    samples: [finding('schema.format', 'warning', fileA, 3, 'is not a date & time', { path: '/recorded_at' })],
  },
  { check: 'rule.dates-ordered', requirement: 'MODS-R11', severity: 'error', count: 0, records: 0, samples: [] },
];

export const fixture: ValidationResult = {
  tool: { name: 'asc-mods', spec: 'DAPB4102 Adult Social Care MODS', release: '0.1.0' },
  profile: 'published',
  run: { at: '2026-11-30T09:15:00.000Z', toolVersion: '0.1.0', specRelease: '0.1.0', inputs: [{ file: fileA, bytes: 4567, sha256: 'a'.repeat(64) }, { file: fileB, bytes: 1230000, sha256: 'b'.repeat(64) }] },
  totals: { records: 5020, valid: 12, invalid: 5007, unreadable: 1, bytes: 1234567 },
  findings: { errors: 5008, warnings: 2, infos: 0 },
  files: [
    { file: fileA, format: 'json', bytes: 4567, records: 10, valid: 7, invalid: 3, unreadable: 0, checks: { 'schema.required': 2, 'schema.format': 2, 'rule.nhs-number': 1, 'rule.dates-ordered': 0 } },
    { file: fileB, format: 'ndjson', bytes: 1230000, records: 5010, valid: 5, invalid: 5004, unreadable: 1, checks: { 'schema.pattern': hugeCount, 'schema.required': 4, 'input.not-json': 1, 'rule.dates-ordered': 0 } },
  ],
  checks,
  scorecard: [
    {
      recordType: 'subject_of_care', publishedName: 'Subject of care', records: 10, validRecords: 7,
      elements: [
        { element: 'nhs_number', publishedName: 'NHS number', obligation: 'must', authority: 'published', present: 9, valid: 8 },
        { element: 'preferred_name', publishedName: hostile, obligation: 'could', authority: 'published', present: 10, valid: 10 },
        { element: 'ethnicity', publishedName: 'Ethnicity', obligation: 'could', authority: 'published', present: 0, valid: 0 },
      ],
    },
    {
      recordType: 'risk', publishedName: 'Risk', records: 5010, validRecords: 5,
      elements: [{ element: 'risk_description', publishedName: 'Risk description', obligation: 'could', authority: 'published', present: 4800, valid: 0 }],
    },
  ],
  providers: [
    { provider: 'RX1', by: 'ods-code', records: 10, valid: 7, invalid: 3, unreadable: 0, errors: 3, warnings: 0, errorsByRequirement: { 'MODS-IDENT-001': 3 }, classes: [{ recordType: 'subject_of_care', publishedName: 'Subject of care', records: 10, validRecords: 7, elements: [{ element: 'nhs_number', publishedName: 'NHS number', obligation: 'must', authority: 'published', present: 10, valid: 10 }] }] },
    { provider: fileB, by: 'file', records: 5012, valid: 5, invalid: 5005, unreadable: 2, errors: 5007, warnings: 4, errorsByRequirement: { '': 2, 'MODS-STRUCT-002': 5005 }, classes: [{ recordType: 'risk', publishedName: 'Risk', records: 5010, validRecords: 5, elements: [{ element: 'risk_description', publishedName: 'Risk description', obligation: 'could', authority: 'published', present: 4000, valid: 3999 }] }] },
  ],
};
