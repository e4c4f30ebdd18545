import { odsCodePattern } from '../../model/ods-code.ts';
import type { NamedFormat } from '../../model/raw.ts';

/**
 * Patterns for the normalised temporal types and the named formats. Validation uses these patterns alone, so the
 * precompiled validators need no format library; checks a pattern cannot express (a calendar date's day, an NHS
 * number's check digit, a date in the future) are data rules, named in the requirements.
 */
export const datePattern = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';
export const dateTimePattern = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$';
export const timePattern = '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$';

export const formatPatterns: Readonly<Record<NamedFormat, string>> = {
  'nhs-number': '^[0-9]{10}$',
  'ods-code': odsCodePattern,
  uprn: '^[0-9]{1,12}$',
  'uk-postcode': '^([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|GIR ?0AA)$',
  email: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  phone: '^\\+?[0-9][0-9 ()-]{5,19}$',
  uri: '^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$',
  'mime-type': '^[a-z]+/[A-Za-z0-9.+-]+$',
  uuid: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
};

/** The JSON Schema `format` annotation for a named format, where the vocabulary has one. */
export const formatAnnotations: Partial<Readonly<Record<NamedFormat, string>>> = { email: 'email', uri: 'uri', uuid: 'uuid' };
