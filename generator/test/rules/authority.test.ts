import { describe, expect, it } from 'vitest';
import { elementAuthority, requirementAuthority, valueSetAuthority, weakest } from '../../src/model/authority.ts';
import { authorityClaims } from '../../src/rules/authority.ts';
import { describeRule } from '../support/rule-cases.ts';

describeRule(authorityClaims, [
  { name: 'our own element claiming published authority', edit: (d) => (d.classes[3].elements[0].authority = 'published'), want: [{ code: 'authority-unsupported', pointer: '/classes/3/elements/0/authority' }] },
  {
    name: 'a guidance element claiming published authority with no source page',
    edit: (d) => Object.assign(d.classes[3].elements[0], { provenance: 'nhs-guidance', authority: 'published' }),
    want: [{ code: 'authority-unsupported', pointer: '/classes/3/elements/0/authority' }],
  },
  {
    name: 'a guidance element claiming published authority with its source page',
    edit: (d) => Object.assign(d.classes[3].elements[0], { provenance: 'nhs-guidance', authority: 'published', source: 'https://example.org/guidance' }),
    want: [],
  },
  {
    name: 'a published "Must occur" row marked as modelled',
    edit: (d) => Object.assign(d.classes[3].elements[0], { provenance: 'nhs-data-browser', occurs: 'Must occur once', authority: 'modelled' }),
    want: [{ code: 'published-obligation-relaxed', pointer: '/classes/3/elements/0/authority' }],
  },
  {
    name: 'a published "Could occur" row marked as modelled (nothing is relaxed)',
    edit: (d) => Object.assign(d.classes[3].elements[0], { provenance: 'nhs-data-browser', authority: 'modelled' }),
    want: [],
  },
  { name: 'our own value set claiming published authority', edit: (d) => (d.value_sets[0].authority = 'published'), want: [{ code: 'authority-unsupported', pointer: '/value_sets/0/authority' }] },
  {
    name: 'an exchange-api requirement claiming published authority',
    edit: (d) => Object.assign(d.requirements[0], { provenance: 'nhs-guidance', source: 'https://example.org/g', profile: 'exchange-api', authority: 'published' }),
    want: [{ code: 'authority-unsupported', pointer: '/requirements/0/authority' }],
  },
  { name: 'our own requirement claiming published authority', edit: (d) => (d.requirements[0].authority = 'published'), want: [{ code: 'authority-unsupported', pointer: '/requirements/0/authority' }] },
]);

describe('derived authority', () => {
  it.each([
    [{ provenance: 'nhs-data-browser', occurs: 'Must occur once' }, 'published'],
    [{ provenance: 'nhs-data-browser' }, 'modelled'],
    [{ provenance: 'nhs-guidance', occurs: 'Must occur once' }, 'modelled'],
    [{ provenance: 'scip-draft-ig' }, 'modelled'],
    [{ provenance: 'asc-mods', authority: 'published' }, 'published'],
  ] as const)('element %o is %s', (element, want) => expect(elementAuthority(element)).toBe(want));
  it.each([
    [{ provenance: 'nhs-data-dictionary' }, 'published'],
    [{ provenance: 'nhs-data-browser' }, 'published'],
    [{ provenance: 'fhir-uk-core' }, 'modelled'],
    [{ provenance: 'nhs-guidance' }, 'modelled'],
  ] as const)('value set %o is %s', (vs, want) => expect(valueSetAuthority(vs)).toBe(want));
  it.each([
    [{ provenance: 'nhs-guidance' }, 'published'],
    [{ provenance: 'nhs-data-dictionary' }, 'published'],
    [{ provenance: 'asc-mods' }, 'modelled'],
    [{ provenance: 'scip-draft-ig' }, 'modelled'],
    [{ provenance: 'nhs-guidance', profile: 'exchange-api' }, 'modelled'],
  ] as const)('requirement %o is %s', (r, want) => expect(requirementAuthority(r)).toBe(want));
  it('takes the weakest authority', () => {
    expect(weakest('published', 'published')).toBe('published');
    expect(weakest('published', 'modelled')).toBe('modelled');
    expect(weakest()).toBe('published');
  });
});
