import type { InputProblem } from './record-input.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes of one JSON text → its value, or the problem that stops it being read. */
export function decodeJson(bytes: Buffer): { value: unknown } | { problem: InputProblem } {
  // Fast path: a lenient decode; only a line that came out with a replacement character is decoded strictly,
  // to tell invalid bytes from a U+FFFD the data really holds.
  let text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) {
    try {
      text = utf8.decode(bytes);
    } catch {
      return { problem: { check: 'input.invalid-utf8', message: 'the line is not valid UTF-8' } };
    }
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '') : 'invalid JSON';
    // The reason names the syntax, never the text around it: a line may hold personal data.
    return { problem: { check: 'input.not-json', message: `the line is not JSON (${reason.replace(/"[^"]*"/g, '"…"').slice(0, 80)})` } };
  }
}
