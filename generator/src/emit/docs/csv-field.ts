/**
 * The one place the site's downloadable CSV is escaped, for people who open it in a spreadsheet: every field quoted
 * (RFC 4180, a quote inside doubled), and a field that a spreadsheet would read as a formula (one starting with =,
 * +, -, @, a tab or CR) prefixed with an apostrophe, so that it is shown as text and never run.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}
