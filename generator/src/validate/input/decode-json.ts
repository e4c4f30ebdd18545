import type { InputProblem } from './record-input.ts';

import { isUtf8 } from 'node:buffer';

/** Bytes of one JSON text → its value, or the problem that stops it being read. */
export function decodeJson(bytes: Buffer): { value: unknown } | { problem: InputProblem } {
  // Node validates UTF-8 natively, much faster than a strict decode; then the plain decode cannot lose a byte.
  if (!isUtf8(bytes)) return { problem: { check: 'input.invalid-utf8', message: 'the line is not valid UTF-8' } };
  return parseJson(bytes.toString('utf8'));
}

/** A JSON text → its value, or the problem that stops it being read (without quoting the text). */
export function parseJson(text: string): { value: unknown } | { problem: InputProblem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '') : 'invalid JSON';
    // The reason names the syntax, never the text around it: a line may hold personal data.
    return { problem: { check: 'input.not-json', message: `the line is not JSON (${reason.replace(/"[^"]*"/g, '"…"').slice(0, 80)})` } };
  }
}
