/**
 * Small word lists for synthetic records. Family names, places and organisations are made up so that nobody can
 * mistake a synthetic record for a real person; telephone numbers come from Ofcom's ranges for drama, e-mail
 * addresses from example.org, postcodes from the NHS pseudo-postcode district ZZ99.
 */
import type { Random } from './random.ts';

export const givenNames = [
  'Alex', 'Sam', 'Jo', 'Robin', 'Chris', 'Morgan', 'Jamie', 'Charlie', 'Frankie', 'Ali', 'Priya', 'Mohammed', 'Olu',
  'Siobhan', 'Dylan', 'Aisha', 'Tomasz', 'Mei', 'Kwame', 'Niamh', 'Rhys', 'Fatima', 'Gwen', 'Arjun', 'Elsie', 'Harold',
] as const;

export const familyNames = [
  'Testwood', 'Sampleford', 'Exampleton', 'Mockridge', 'Dummerby', 'Placeholme', 'Synthwell', 'Fictorley', 'Trialby',
  'Demoson', 'Fixtureby', 'Pretendal', 'Madeupson', 'Stubbsworth', 'Notaname', 'Imaginby', 'Proxmore', 'Scriptley',
] as const;

export const prefixes = ['Mx', 'Ms', 'Mr', 'Mrs', 'Miss', 'Dr'] as const;

export const towns = ['Testbury', 'Mocksford', 'Sampleton-on-Sea', 'Exampleham', 'Fictonby', 'Lower Dummett', 'Synthwick'] as const;

export const streets = ['Example Street', 'Sample Lane', 'Placeholder Road', 'Fixture Close', 'Trial Avenue', 'Mock Row', 'Stub Way'] as const;

export const organisationKinds = ['Care Services', 'Home Care', 'Care Home', 'Support Agency', 'Community Care', 'Health Centre'] as const;

export const jobTitles = ['Care assistant', 'Senior carer', 'Registered nurse', 'Team leader', 'Registered manager', 'Social worker', 'Occupational therapist'] as const;

const openers = ['Likes', 'Prefers', 'Needs support with', 'Has asked for', 'Is anxious about', 'Enjoys', 'Would like help with', 'Is independent with'] as const;

const topics = [
  'a cup of tea in the morning', 'walking in the garden', 'getting dressed', 'taking medicines on time', 'the radio at night',
  'phone calls with family', 'a shower rather than a bath', 'meals without onion', 'quiz afternoons', 'visits to the library',
  'reading glasses kept by the bed', 'a night light in the hallway', 'going to the shops on Fridays', 'crossword puzzles',
] as const;

const closers = ['', ' (synthetic note)', ' - reviewed with the person', ' - agreed at the last visit', ' - see care plan'] as const;

/** A short made-up sentence: varied, obviously fictional, never about a real person. */
export function sentence(random: Random): string {
  return `${random.pick(openers)} ${random.pick(topics)}${random.pick(closers)}.`;
}

export function personName(random: Random): { given: string; family: string } {
  return { given: random.pick(givenNames), family: random.pick(familyNames) };
}

export function organisationName(random: Random): string {
  return `${random.pick(towns)} ${random.pick(organisationKinds)}`;
}

function digits(random: Random, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 1) out += String(random.int(0, 9));
  return out;
}

const letters = 'ABCDEFGHJKLMNPQRSTUVWXY';

/** An ODS-like code: a GP practice form (letter and five digits) or a provider site form (letter and four characters). */
export function odsCode(random: Random): string {
  return random.chance(0.5) ? random.pick([...letters]) + digits(random, 5) : random.pick([...letters]) + random.pick([...letters]) + digits(random, 3);
}

/** A pseudo-postcode in ZZ99, which the NHS uses for "no fixed abode" and similar: it names no real address. */
export function pseudoPostcode(random: Random): string {
  return `ZZ99 ${random.int(1, 9)}${random.pick([...letters])}${random.pick([...letters])}`;
}

/** A number from Ofcom's ranges reserved for drama (0113 496 0xxx, 020 7946 0xxx, 07700 900xxx). */
export function dramaPhone(random: Random): string {
  switch (random.int(0, 2)) {
    case 0:
      return `0113 496 0${digits(random, 3)}`;
    case 1:
      return `020 7946 0${digits(random, 3)}`;
    default:
      return `07700 900${digits(random, 3)}`;
  }
}

export function exampleEmail(random: Random): string {
  return `${random.pick(givenNames).toLowerCase()}.${random.pick(familyNames).toLowerCase()}@example.org`;
}

export function syntheticUprn(random: Random): string {
  return `9999${digits(random, 8)}`;
}

export function syntheticReference(random: Random, prefix: string): string {
  return `${prefix}${digits(random, 6)}`;
}

export const mimeTypes = ['application/pdf', 'image/jpeg', 'image/png', 'text/plain'] as const;
