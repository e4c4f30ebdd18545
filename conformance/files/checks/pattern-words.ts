import { datePattern, dateTimePattern, formatPatterns, timePattern, nonBlankPattern } from '../../../generator/src/kit.ts';

export interface Words {
  readonly message: string;
  readonly fix: string;
}

type Describe = (name: string, value: string) => Words;

const calendar = 'Use a day that exists (no 30 February, 29 February only in a leap year)';
const dateTimeForm = 'Write date-times as YYYY-MM-DDThh:mm:ss with Z or an offset, e.g. 2024-05-01T09:30:00Z';

/**
 * What a failed pattern means, in words, and how to normalise the value where common real data is near the form
 * (an NHS number written in groups, a lower-case ODS code, a date-time without seconds). The hint is chosen from the
 * value's shape, and the value itself is never quoted: it may be personal.
 */
const byPattern: ReadonlyMap<string, Describe> = new Map<string, Describe>([
  [nonBlankPattern, (name) => ({ message: `${name} is blank`, fix: 'Give a value, or leave the element out where it may be left out: a blank value is not a value.' })],
  [datePattern, (name, v) => (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v)
    ? { message: `${name} is not a day of the calendar`, fix: `${calendar}, or give only YYYY-MM or YYYY.` }
    : { message: `${name} is not a date`, fix: 'Write dates as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known.' })],
  [dateTimePattern, (name, v) => ({ message: `${name} is not an RFC 3339 date-time`, fix: `${dateTimeHint(v)}.` })],
  [timePattern, (name) => ({ message: `${name} is not a time of day`, fix: 'Write times as hh:mm or hh:mm:ss on the 24-hour clock.' })],
  [formatPatterns['nhs-number'], (name, v) => (/^[0-9]{10}$/.test(v.replace(/[\s-]/g, ''))
    ? { message: `${name} is written with spaces or hyphens`, fix: 'Write the NHS number as 10 digits without spaces or hyphens.' }
    : { message: `${name} is not 10 digits`, fix: 'An NHS number is 10 digits, written without spaces; take it from PDS.' })],
  [formatPatterns['ods-code'], (name, v) => (new RegExp(formatPatterns['ods-code']).test(v.trim().toUpperCase())
    ? { message: `${name} is not written as ODS writes its codes`, fix: 'Write the ODS code in capitals, without spaces.' }
    : { message: `${name} is not an ODS code`, fix: 'An ODS code is 3 to 12 capital letters and digits (e.g. A81001); take it from the ODS directory.' })],
  [formatPatterns['uk-postcode'], (name, v) => (new RegExp(formatPatterns['uk-postcode']).test(v.trim().toUpperCase())
    ? { message: `${name} is not written in capitals`, fix: 'Write the postcode in capitals, e.g. LS1 4AP.' }
    : { message: `${name} is not a UK postcode`, fix: 'Write a UK postcode such as LS1 4AP.' })],
]);

/** Words for a failed pattern, or undefined when the pattern is one without a description of its own. */
export function patternWords(pattern: unknown, value: unknown, name: string): Words | undefined {
  const describe = typeof pattern === 'string' ? byPattern.get(pattern) : undefined;
  return describe?.(name, typeof value === 'string' ? value : '');
}

function dateTimeHint(value: string): string {
  const [date = '', time] = value.split('T');
  if (time === undefined) return `Give the time as well as the date. ${dateTimeForm}`;
  if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) && !new RegExp(datePattern).test(date)) return `${calendar}. ${dateTimeForm}`;
  if (/^[0-9]{2}:[0-9]{2}([Zz+-]|$)/.test(time)) return `Give the seconds, which RFC 3339 requires (hh:mm:ss, e.g. 09:30:00). ${dateTimeForm}`;
  if (!/([Zz]|[+-][0-9]{2}:?[0-9]{2})$/.test(time)) return `Add the time zone: Z for UTC, or an offset such as +01:00. ${dateTimeForm}`;
  return dateTimeForm;
}
