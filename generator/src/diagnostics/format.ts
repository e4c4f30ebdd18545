import { codeFrame } from '../source/code-frame.ts';
import { catalogue } from './catalogue.ts';
import type { Diagnostic } from './diagnostic.ts';

export interface HumanFormatOptions {
  /** The text of each file, for code frames. */
  readonly texts?: ReadonlyMap<string, string>;
  readonly color?: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** `file:line:col severity code: message`, a code frame and a help line, for people. */
export function formatHuman(diagnostic: Diagnostic, options: HumanFormatOptions = {}): string {
  const { file, range } = diagnostic.source;
  const color = options.color ?? false;
  const severity = paint(color, diagnostic.severity === 'error' ? 31 : 33, diagnostic.severity);
  const lines = [`${file}:${range.start.line}:${range.start.column} ${severity} ${paint(color, 1, diagnostic.code)}: ${diagnostic.message}`];
  const text = options.texts?.get(file);
  if (text !== undefined) {
    const frame = codeFrame(text, range);
    if (frame) lines.push(indent(frame));
  }
  for (const related of diagnostic.related ?? []) {
    lines.push(`  ${paint(color, 2, `${related.source.file}:${related.source.range.start.line}:${related.source.range.start.column}`)} ${related.message}`);
  }
  lines.push(`  ${paint(color, 36, 'help')}: ${catalogue[diagnostic.code].help}`);
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => '  ' + line)
    .join('\n');
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/**
 * A whole number with its thousands grouped by commas, as en-GB writes it (12,345). Written out because the first
 * toLocaleString of a process loads the locale data: 16 ms of a 210 ms one-record validate.
 */
export function groupedNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export function plural(count: number, word: string, plural = `${word}s`): string {
  return `${count} ${count === 1 ? word : plural}`;
}

/** The machine form: the same diagnostics as JSON objects, with the catalogue's help. */
export function toJsonReport(file: string, diagnostics: readonly Diagnostic[], summary: Record<string, unknown> = {}): object {
  const counts = countDiagnostics(diagnostics);
  return {
    file,
    ok: diagnostics.length === 0,
    ...counts,
    ...summary,
    diagnostics: diagnostics.map((d) => ({ ...d, help: catalogue[d.code].help })),
  };
}
