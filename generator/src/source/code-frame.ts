import type { SourceRange } from '../diagnostics/diagnostic.ts';

/**
 * A short excerpt of the source around a range: the line before, the line itself with carets under the range
 * (to the end of the line when the range spans lines). Tabs are shown as one space so that carets line up, and
 * every other control character as one visible character (C0 as its control picture, ␀ for NUL), so that none
 * reaches the terminal.
 */
export function codeFrame(text: string, range: SourceRange): string {
  const lines = text.split(/\r?\n/);
  const { line, column } = range.start;
  const target = lines[line - 1];
  if (target === undefined) return '';
  const width = String(line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width)} | `;
  const shown = (s: string) => s.replaceAll('\t', ' ').replace(controls, visible);
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== '') out.push(gutter(line - 1) + shown(before));
  out.push(gutter(line) + shown(target));
  const endColumn = range.end.line === line ? Math.max(range.end.column, column + 1) : target.length + 1;
  const carets = '^'.repeat(Math.max(1, Math.min(endColumn, target.length + 1) - column));
  out.push(' '.repeat(width) + ' | ' + ' '.repeat(column - 1) + carets);
  return out.join('\n');
}

const controls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

function visible(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\uFFFD';
}
