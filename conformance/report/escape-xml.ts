import { notXmlChar } from '../../generator/src/kit.ts';

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * The one place text is escaped for XML (the JUnit report): in element text and in attribute values alike.
 * `& < > " '` become entity references, and characters XML 1.0 does not allow at all (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are dropped, since no escape can carry them.
 * Workbook cells go through the kit's xmlCellText instead (exceljs escapes entities itself).
 */
export function escapeXml(text: string): string {
  return text.replace(notXmlChar, '').replace(/[&<>"']/g, (ch) => ENTITY[ch] ?? ch);
}
