import { describe, expect, it } from 'vitest';
import { requirementLookup } from '../../files/checks/requirements.ts';
import { checkSpecFile } from '../../../generator/src/pipeline.ts';
import { realSpecPath } from '../../../generator/test/support/paths.ts';

const lookup = requirementLookup((await checkSpecFile(realSpecPath)).model!);

describe('which requirement a finding verifies', () => {
  it.each([
    ['required', 'record_uid', 'risk', 'MODS-AUDIT-001'],
    ['type', 'version_number', 'risk', 'MODS-AUDIT-001'],
    ['required', 'risk_category', 'risk', 'MODS-STRUCT-001'],
    ['type', 'responsible_party', 'task', 'MODS-STRUCT-002'],
    ['enum', 'nhs_number_verification_status', 'subject_of_care', 'MODS-TERM-001'],
    ['const', 'record_type', 'risk', 'MODS-STRUCT-003'],
  ])('schema.%s on %s of %s verifies %s', (keyword, element, cls, want) => {
    expect(lookup.forKeyword(keyword, element, cls)).toBe(want);
  });

  it.each([
    ['nhs-number-check-digit', 'MODS-IDENT-001'],
    ['version-sequence', 'MODS-AUDIT-002'],
    ['reference-resolves', 'MODS-REF-001'],
    ['no-such-rule', undefined],
  ])('the data rule %s verifies %s', (rule, want) => {
    expect(lookup.forRule(rule)).toBe(want);
  });
});
