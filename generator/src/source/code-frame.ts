import type { SourceRange } from '../diagnostics/diagnostic.ts';

/**
 * A short excerpt of the source around a range: the line before, the line itself with carets under the range
 * (to the end of the line when the range spans lines). Tabs are shown as one space so that carets line up.
 */
export function codeFrame(text: string, range: SourceRange): string {
  const lines = text.split(/\r?\n/);
  const { line, column } = range.start;
  const target = lines[line - 1];
  if (target === undefined) return '';
  const width = String(line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width)} | `;
  const shown = (s: string) => s.replaceAll('\t', ' ');
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== '') out.push(gutter(line - 1) + shown(before));
  out.push(gutter(line) + shown(target));
  const endColumn = range.end.line === line ? Math.max(range.end.column, column + 1) : target.length + 1;
  const carets = '^'.repeat(Math.max(1, Math.min(endColumn, target.length + 1) - column));
  out.push(' '.repeat(width) + ' | ' + ' '.repeat(column - 1) + carets);
  return out.join('\n');
}
