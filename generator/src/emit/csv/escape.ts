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

/**
 * A CSV cell for people who open the file in a spreadsheet (the site's downloads, the assurance pack): always quoted
 * (RFC 4180, a quote inside doubled, so commas and line breaks stay in the cell), and a cell that a spreadsheet would
 * read as a formula (one starting with =, +, -, @, a tab or CR) prefixed with an apostrophe, so that it is shown as
 * text and never run. csvCell, for the data layout read back by validate, writes values as they are.
 */
export function spreadsheetCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}
