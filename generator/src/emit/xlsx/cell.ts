/** Characters XML 1.0 cannot hold at all: C0 controls other than tab, LF and CR, lone surrogates, U+FFFE, U+FFFF. */
export const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text for a workbook cell (exceljs escapes the entities itself): every character XML 1.0 cannot hold, lone
 * surrogates included, becomes U+FFFD, which would otherwise make Excel refuse the file. The one place workbook
 * text is made safe, for the site's checklist and the kit's reports alike.
 */
export function xmlCellText(text: string): string {
  return text.replace(notXmlChar, '\uFFFD');
}
