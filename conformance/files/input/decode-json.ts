import type { InputProblem } from './record-input.ts';

import { isUtf8 } from 'node:buffer';
import { maxNesting } from './nesting.ts';
import { parsedKeys, repeatedKeyAt } from './repeated-keys.ts';

const tooDeep: InputProblem = { check: 'input.too-deep', message: `the record is nested more than ${maxNesting} levels deep, more than any MODS record can be, and was skipped` };

/** Bytes of one JSON text → its value and the text, or the problem that stops it being read. */
export function decodeJson(bytes: Buffer): { value: unknown; text: string } | { problem: InputProblem } {
  // Node validates UTF-8 natively, much faster than a strict decode; then the plain decode cannot lose a byte.
  if (!isUtf8(bytes)) return { problem: { check: 'input.invalid-utf8', message: 'the line is not valid UTF-8' } };
  const text = bytes.toString('utf8');
  const parsed = parseJson(text);
  return 'problem' in parsed ? parsed : { value: parsed.value, text };
}

/**
 * A JSON text → its value, or the problem that stops it being read (without quoting the text). A value nested more
 * than maxNesting deep is refused before anything walks it but the one loop that counts its keys.
 */
export function parseJson(text: string): { value: unknown } | { problem: InputProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return { problem: { check: 'input.not-json', message: `the line is not JSON (${syntaxError(error)})` } };
  }
  const keys = parsedKeys(value, maxNesting);
  if (keys < 0) return { problem: tooDeep };
  const repeated = repeatedKeyAt(text, value, keys);
  if (repeated !== undefined) return { problem: { check: 'input.repeated-key', message: `an object gives the same key twice (the second at character ${repeated + 1}); parsers disagree on which value is meant, so the record was not checked` } };
  return { value };
}

/**
 * What kind of syntax error, and where: V8's message is matched against the kinds it can give and only our words
 * and its position are kept. Its message may quote the text around the error (a line may hold personal data), so it
 * is never shown itself.
 */
const syntaxKinds: readonly (readonly [RegExp, string])[] = [
  [/^Unexpected end of JSON input/, 'it ends before its value does'],
  [/^Expected ',' or '}' after property value/, "a ',' or '}' is missing after a value in an object"],
  [/^Expected ',' or ']' after array element/, "a ',' or ']' is missing after an item in a list"],
  [/^Expected ':' after property name/, "a ':' is missing after a key"],
  [/^Expected (double-quoted property name|property name or '}')/, 'a key is not a double-quoted string'],
  [/^Unterminated string/, 'a string is not closed'],
  [/^Bad control character in string literal/, 'a string holds a raw control character'],
  [/^Bad (escaped character|Unicode escape)/, 'a string holds an invalid escape'],
  [/^(No number after minus sign|Unterminated fractional number|Exponent part is missing a number)/, 'a number is malformed'],
  [/^Unexpected non-whitespace character after JSON/, 'text follows the value'],
  [/^Unexpected token/, 'an unexpected character'],
];

function syntaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const kind = syntaxKinds.find(([pattern]) => pattern.test(message))?.[1] ?? 'invalid JSON';
  const position = / in JSON at position ([0-9]{1,10})/.exec(message)?.[1];
  return position === undefined ? kind : `${kind}, at character ${Number(position) + 1}`;
}
