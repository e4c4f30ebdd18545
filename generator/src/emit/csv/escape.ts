/**
 * The one place CSV text is produced (RFC 4180): a cell is quoted when it holds a comma, a quote, CR or LF, and a
 * quote inside it is doubled. Everything else is written as it is.
 */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row: its cells escaped and joined by commas, ended by LF. */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\n';
}
