/**
 * A string as a JavaScript string literal: the one place spec text (a property name, a code, a pattern) enters the
 * code of a generated JavaScript module. JSON's escaping, and the two line terminators JSON leaves raw, which some
 * tools still reject in a string literal.
 */
export function jsLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
