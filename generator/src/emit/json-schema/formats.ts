import { odsCodePattern } from '../../model/ods-code.ts';
import type { NamedFormat } from '../../model/raw.ts';

/**
 * Patterns for the normalised temporal types and the named formats. Validation uses these patterns alone, so the
 * precompiled validators need no format library; checks a pattern cannot express (an NHS number's check digit, a
 * date in the future) are data rules, named in the requirements.
 *
 * Where a schema also carries a `format` (date-time, email, uri, uuid), its pattern accepts only what ajv-formats'
 * full check of that format accepts (pattern ⊆ format), so a consumer who validates with ajv and ajv-formats reaches
 * the same verdict as our precompiled validators, which treat the formats as always valid.
 */

/** A year of four digits that is a leap year in the Gregorian calendar (RFC 3339 appendix C): ÷4, and ÷400 if ÷100. */
const leapYear = '([0-9]{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)';
/** A month and day that exist in every year (the 29th of February is left to leapYear). */
const monthDay = '((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))';
/** RFC 3339 full-date, calendar-exact: no 30 February, 29 February only in leap years, no 31 April. */
const fullDate = `([0-9]{4}-${monthDay}|${leapYear}-02-29)`;

/** A MODS date: a year, a year and month, or a calendar date (YYYY, YYYY-MM, YYYY-MM-DD). */
export const datePattern = `^([0-9]{4}(-(0[1-9]|1[0-2]))?|${fullDate})$`;
/**
 * An RFC 3339 date-time (section 5.6): a calendar date, T, hours, minutes and seconds (seconds are not optional in
 * RFC 3339), optional fractions, and Z or an offset. Stricter than ajv-formats' date-time (upper-case T and Z only,
 * offsets as ±hh:mm, no leap second), never looser.
 */
export const dateTimePattern = `^${fullDate}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$`;
/** A time of day, hh:mm or hh:mm:ss with optional fractions (MODS times carry no zone). */
export const timePattern = '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$';

/**
 * An e-mail address: ajv-formats' full `email` expression (a dot-atom local part, a domain of labels that neither
 * start nor end with a hyphen), written out case by case as a pattern has no flags.
 */
const emailAtom = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const emailLabel = '[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?';
const emailPattern = `^${emailAtom}(\\.${emailAtom})*@(${emailLabel}\\.)+${emailLabel}$`;

/**
 * An absolute URI (RFC 3986 section 3) in the two forms code systems use: scheme://host[:port]/path (http, https)
 * and scheme:path (urn:oid:…), each with an optional query and fragment. A subset of ajv-formats' full `uri`
 * (no user info or IP literals), so the two never disagree about a value this accepts.
 */
const pchar = "([A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})";
const regName = "([A-Za-z0-9._~!$&'()*+,;=-]|%[0-9A-Fa-f]{2})*";
const uriPattern = `^[A-Za-z][A-Za-z0-9+.-]*:(//${regName}(:[0-9]*)?(/${pchar}*)*|${pchar}+(/${pchar}*)*)(\\?(${pchar}|[/?])*)?(#(${pchar}|[/?])*)?$`;

export const formatPatterns: Readonly<Record<NamedFormat, string>> = {
  'nhs-number': '^[0-9]{10}$',
  'ods-code': odsCodePattern,
  uprn: '^[0-9]{1,12}$',
  'uk-postcode': '^([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|GIR ?0AA)$',
  email: emailPattern,
  phone: '^\\+?[0-9][0-9 ()-]{5,19}$',
  uri: uriPattern,
  'mime-type': '^[a-z]+/[A-Za-z0-9.+-]+$',
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
};

/** The JSON Schema `format` annotation for a named format, where the vocabulary has one. */
export const formatAnnotations: Partial<Readonly<Record<NamedFormat, string>>> = { email: 'email', uri: 'uri', uuid: 'uuid' };
