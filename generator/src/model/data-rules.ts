/**
 * The named data rules a requirement can be checked by (check.method: rule). Each is implemented by the
 * record validator; the ids are stable because requirements and reports refer to them.
 */
export const dataRules = {
  'nhs-number-check-digit': 'The NHS number is ten digits whose last digit is the Modulus 11 check digit of the first nine, and not ten of the same digit (a placeholder, never an issued number).',
  'ods-code-format': 'An ODS code has the form of an Organisation Data Service code.',
  'not-in-future': 'A date that records the past is not later than the day it was recorded.',
  'start-before-end': 'Where a record has a start and an end, the start is not after the end.',
  'version-sequence': 'The versions of a record uid start at 1 and rise by exactly one with each change.',
  'change-log-consistent': 'Each version has its change-log entry, created before modified, and the entries agree with the record uid and version.',
  'unique-record-version': 'No two records share the same record uid and version number.',
  'reference-resolves': 'A reference points at a record that exists, or is reported as external.',
  'consent-before-care-plan': 'A care plan that has been put into effect (status active, on hold or completed) refers to informed consent, given by the person or a proxy.',
} as const;

export type DataRuleId = keyof typeof dataRules;

export const dataRuleIds = Object.keys(dataRules).sort() as DataRuleId[];
