/** Text values: the named formats, a few elements known by name, and short made-up sentences for the rest. */
import type { NamedFormat, ElementModel } from '../../generator/src/kit.ts';
import type { SynthContext } from './context.ts';
import type { RecordScope } from './scope.ts';
import type { Random } from './random.ts';
import {
  dramaPhone, exampleEmail, familyNames, givenNames, jobTitles, mimeTypes, odsCode, organisationName, prefixes,
  pseudoPostcode, sentence, streets, syntheticReference, syntheticUprn, towns,
} from './words.ts';

type Maker = (random: Random) => string;

const byName: ReadonlyMap<string, Maker> = new Map(Object.entries({
  given: (r) => r.pick(givenNames),
  family: (r) => r.pick(familyNames),
  preferred_name: (r) => r.pick(givenNames),
  prefix: (r) => r.pick(prefixes),
  address_entry_1: (r) => `${r.int(1, 120)} ${r.pick(streets)}`,
  address_entry_2: (r) => r.pick(towns),
  address_entry_3: (r) => r.pick(['West Testshire', 'Mockshire', 'North Sampleshire']),
  address_entry_4: () => 'England',
  address_entry_5: () => 'United Kingdom',
  name: organisationName,
  location_name: organisationName,
  job_title: (r) => r.pick(jobTitles),
  professional_registration_number: (r) => syntheticReference(r, 'SYN'),
  opg_reference: (r) => syntheticReference(r, 'SYN-OPG-'),
  batch_number: (r) => syntheticReference(r, 'SYNB'),
  accession_number: (r) => syntheticReference(r, 'SYNA'),
  bed_or_room: (r) => `Room ${r.int(1, 40)}`,
  unit: (r) => r.pick(['mmol/L', 'kg', 'mmHg', 'bpm', '%']),
  investigation_name: (r) => r.pick(['Full blood count', 'Urine dipstick', 'Blood glucose', 'Weight', 'Blood pressure']),
  test_name: (r) => r.pick(['Haemoglobin', 'Glucose', 'Systolic pressure', 'Weight']),
  reference_range: (r) => r.pick(['3.5-5.5', '120-160', '4.0-7.8']),
  specimen: (r) => r.pick(['Blood', 'Urine', 'Not applicable']),
  confidentiality: (r) => r.pick(['normal', 'restricted']),
  class: (r) => r.pick(['Care record', 'Letter', 'Assessment form']),
  documentation_location: (r) => `https://example.org/synthetic/documents/${r.int(1, 99999)}`,
  document_title: (r) => r.pick(['Care plan summary', 'Discharge letter', 'Assessment notes', 'Review minutes']),
  schedule: (r) => r.pick(['Daily at 08:00 and 20:00', 'Twice weekly', 'Every morning', 'Monday, Wednesday and Friday']),
  service_schedule: (r) => r.pick(['Four calls a day', 'Weekdays, mornings', 'Overnight support']),
  enquiry_contact: (r) => `Safeguarding team, ${dramaPhone(r)}`,
  immigration_status: () => 'Not recorded (synthetic)',
} satisfies Record<string, Maker>));

const byFormat: Readonly<Record<Exclude<NamedFormat, 'nhs-number'>, Maker>> = {
  'ods-code': odsCode,
  uprn: syntheticUprn,
  'uk-postcode': pseudoPostcode,
  email: exampleEmail,
  phone: dramaPhone,
  uri: (r) => `https://example.org/synthetic/${r.int(1, 99999)}`,
  'mime-type': (r) => r.pick(mimeTypes),
  uuid: (r) => `00000000-0000-4000-8000-${String(r.int(0, 999_999_999)).padStart(12, '0')}`,
};

export function textValue(ctx: SynthContext, scope: RecordScope, element: ElementModel): string {
  const c = element.constraints;
  if (c.format === 'nhs-number') return ctx.nextNhsNumber();
  const make = c.format !== undefined ? byFormat[c.format] : (byName.get(element.name) ?? sentence);
  const text = make(scope.random);
  const padded = c.min_length !== undefined && text.length < c.min_length ? text.padEnd(c.min_length, '.') : text;
  return c.max_length !== undefined && padded.length > c.max_length ? padded.slice(0, c.max_length) : padded;
}
