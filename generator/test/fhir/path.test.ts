import { describe, expect, it } from 'vitest';
import { r4Definitions } from '../../src/fhir/definitions.ts';
import { parseFhirPath, resolveFhirPath } from '../../src/fhir/path.ts';

const resolve = (root: string, path: string) => {
  const parsed = parseFhirPath(path);
  if ('error' in parsed) return parsed;
  return resolveFhirPath(r4Definitions(), root, parsed.steps);
};

describe('the FHIRPath subset of a mapping', () => {
  it('reads element names, where(), extension(), an index and $this, and nothing else', () => {
    expect(parseFhirPath("identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').value")).toEqual({
      steps: [{ kind: 'element', name: 'identifier' }, { kind: 'where', field: 'system', value: 'https://fhir.nhs.uk/Id/nhs-number' }, { kind: 'element', name: 'value' }],
    });
    expect(parseFhirPath("extension('https://example.org/x').valueString")).toEqual({ steps: [{ kind: 'extension', url: 'https://example.org/x' }, { kind: 'element', name: 'valueString' }] });
    expect(parseFhirPath('line[2]')).toEqual({ steps: [{ kind: 'element', name: 'line', index: 2 }] });
    expect(parseFhirPath('$this')).toEqual({ steps: [] });
    for (const bad of ['', 'name..family', '.name', 'name.', 'Name', 'name.family()', "where(system = 'x')x", 'name[x]', "identifier.where(system = \"x\")", 'a b']) {
      expect(parseFhirPath(bad), bad).toHaveProperty('error');
    }
  });

  it('follows a path through backbone elements, data types, choices and extensions to the type it ends at', () => {
    expect(resolve('Patient', 'birthDate')).toMatchObject({ type: 'date', repeats: false });
    expect(resolve('Patient', 'name.family')).toMatchObject({ type: 'string', repeats: true });
    expect(resolve('Patient', 'contact.name.given')).toMatchObject({ type: 'string', repeats: true });
    expect(resolve('Patient', 'contact')).toMatchObject({ type: 'Patient.contact' });
    expect(resolve('Patient.contact', 'relationship')).toMatchObject({ type: 'CodeableConcept', repeats: true });
    expect(resolve('Patient', 'deceasedDateTime')).toMatchObject({ type: 'dateTime' });
    expect(resolve('Patient', "extension('https://example.org/x').valueBoolean")).toMatchObject({ type: 'boolean' });
    expect(resolve('Address', 'line[0]')).toMatchObject({ type: 'string', repeats: false });
    expect(resolve('Address', 'line')).toMatchObject({ type: 'string', repeats: true });
    expect(resolve('Questionnaire', 'item.item.linkId')).toMatchObject({ type: 'string' });
    expect(resolve('Patient', '$this')).toMatchObject({ type: 'Patient' });
  });

  it('says where a path stops existing, and what a choice offers', () => {
    expect(resolve('Patient', 'birthDat')).toEqual({ error: 'Patient has no element "birthDat"' });
    expect(resolve('Patient', 'name.famly')).toEqual({ error: 'Patient.name has no element "famly"' });
    expect(resolve('Patient', 'deceased')).toEqual({ error: 'Patient has no element "deceased" (it is a choice: name the type, as deceasedBoolean or deceasedDateTime)' });
    expect(resolve('Patient', 'deceasedString')).toEqual({ error: 'Patient has no element "deceasedString" (it is a choice of deceasedBoolean, deceasedDateTime)' });
    expect(resolve('Patient', "telecom.where(sys = 'phone').value")).toEqual({ error: 'where() names "sys", which Patient.telecom does not have' });
    expect(resolve('Patient', 'birthDate[0]')).toEqual({ error: 'Patient has one "birthDate", not a list to take [0] of' });
  });
});
