import { fullFormats } from 'ajv-formats/dist/formats.js';
import { describe, expect, it } from 'vitest';
import { datePattern, dateTimePattern, formatAnnotations, formatPatterns } from '../../../src/emit/json-schema/formats.ts';

const matches = (pattern: string, value: string) => new RegExp(pattern, 'u').test(value);
const ajvFormat = (name: keyof typeof fullFormats, value: string): boolean => {
  const format = fullFormats[name] as RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) };
  const check = typeof format === 'function' || format instanceof RegExp ? format : format.validate;
  return typeof check === 'function' ? check(value) : check.test(value);
};

describe('datePattern: a year, a year and month, or a calendar date', () => {
  const cases: [string, boolean][] = [
    ['2023', true],
    ['2023-02', true],
    ['2023-02-28', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-12-31', true],
    ['2023-04-30', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2023-04-31', false],
    ['2023-11-31', false],
    ['2023-13', false],
    ['2023-00-10', false],
    ['2023-01-00', false],
    ['23-01-01', false],
    ['2023-1-1', false],
    ['', false],
  ];
  it.each(cases)('%s → %s', (value, want) => expect(matches(datePattern, value)).toBe(want));
});

describe('dateTimePattern: RFC 3339 date-time', () => {
  const cases: [string, boolean][] = [
    ['2023-06-01T09:30:00Z', true],
    ['2023-06-01T09:30:00.125Z', true],
    ['2023-06-01T09:30:59+01:00', true],
    ['2024-02-29T23:59:59-05:30', true],
    ['2023-06-01T09:30Z', false],
    ['2023-06-01T09:30+01:00', false],
    ['2023-02-29T09:30:00Z', false],
    ['2023-02-30T09:30:00Z', false],
    ['2023-06-01T24:00:00Z', false],
    ['2023-06-01T09:60:00Z', false],
    ['2023-06-01T09:30:00', false],
    ['2023-06-01 09:30:00Z', false],
    ['2023-06-01T09:30:00+0100', false],
  ];
  it.each(cases)('%s → %s', (value, want) => expect(matches(dateTimePattern, value)).toBe(want));
});

/** Every day-of-month candidate of the years that decide leap-year rules, as YYYY-MM-DD. */
function candidateDays(): string[] {
  const out: string[] = [];
  for (const year of [1600, 1700, 1800, 1896, 1900, 1904, 1999, 2000, 2001, 2023, 2024, 2096, 2100, 2104, 2400]) {
    for (let month = 0; month <= 13; month += 1) {
      for (let day = 0; day <= 32; day += 1) out.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
  return out;
}

describe('the patterns agree with ajv-formats, so both ways of validating give one verdict', () => {
  it('a full date passes datePattern exactly when it passes ajv-formats date', () => {
    const disagree = candidateDays().filter((d) => matches(datePattern, d) !== ajvFormat('date', d));
    expect(disagree).toEqual([]);
  });

  it('a date-time passes dateTimePattern exactly when its date is a calendar date (ajv-formats date-time)', () => {
    const disagree = candidateDays()
      .map((d) => `${d}T12:34:56Z`)
      .filter((dt) => matches(dateTimePattern, dt) !== ajvFormat('date-time', dt));
    expect(disagree).toEqual([]);
  });

  it('no value passes a pattern whose format ajv-formats rejects (pattern ⊆ format)', () => {
    const samples = [
      '2023-06-01T09:30:00Z', '2023-06-01T09:30Z', '2023-06-01T23:59:60Z', '2023-06-01t09:30:00z', '2023-06-01T09:30:00+01',
      'a@b.co', 'a"b@example.org', 'ü@example.org', 'x@-bad-.org', 'first.last@nhs.net', 'a@b.c', 'x@y..org',
      'http://hl7.org/fhir/address-use', 'urn:oid:2.16.840.1.113883', 'http://a:b', 'mailto:<x>', 'a:%zz', 'banana', 'http://[::1]/',
      '123e4567-e89b-12d3-a456-426614174000', '123E4567-E89B-12D3-A456-426614174000',
    ];
    const pairs: [string, keyof typeof fullFormats][] = [['date-time', 'date-time'], ...Object.entries(formatAnnotations).map(([named, format]) => [formatPatterns[named as keyof typeof formatPatterns], format as keyof typeof fullFormats] as [string, keyof typeof fullFormats])];
    const looser = pairs.flatMap(([pattern, format]) => samples.filter((s) => matches(pattern === 'date-time' ? dateTimePattern : pattern, s) && !ajvFormat(format, s)).map((s) => `${format}: ${s}`));
    expect(looser).toEqual([]);
  });

  it('random strings built from the characters that matter never pass a pattern and fail its format', () => {
    let seed = 12345;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const pieces: Record<string, string[]> = {
      uri: ['http', 's', '://', ':', '/', '//', 'a', 'Z', '0', '9', '.', '-', '%', '%2F', '%zz', '?', '#', '@', '[', ']', '"', '<', ' ', '~', "'", 'ü', '+'],
      email: ['a', 'Z', '0', '.', '..', '@', '-', '"', ' ', '+', '_', 'ü', '!', '(', ')', '[', ']', 'org', 'nhs'],
    };
    const looser: string[] = [];
    for (const [format, alphabet] of Object.entries(pieces)) {
      const pattern = formatPatterns[format as 'uri' | 'email'];
      for (let i = 0; i < 20_000; i += 1) {
        const value = Array.from({ length: 1 + next(10) }, () => alphabet[next(alphabet.length)]).join('');
        if (matches(pattern, value) && !ajvFormat(format as keyof typeof fullFormats, value)) looser.push(`${format}: ${value}`);
      }
    }
    expect(looser).toEqual([]);
  });
});
