/**
 * The one place text is escaped for XML (the JUnit report): in element text and in attribute values alike.
 * `& < > " '` become entity references, and characters XML 1.0 does not allow at all (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped, since no escape can carry them.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (ch) => ENTITY[ch] ?? ch);
}

/**
 * Text for a workbook cell (exceljs escapes the entities itself): every character XML 1.0 cannot hold, lone
 * surrogates included, becomes U+FFFD, which would otherwise make Excel refuse the file.
 */
export function xmlCellText(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}
