import { isScalar, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { type Diagnostic, severityOf } from '../diagnostics/diagnostic.ts';
import type { DiagnosticCode } from '../diagnostics/catalogue.ts';
import { decodeUtf8, positionOfByte } from './decode.ts';
import { positionAt } from './locate.ts';
import type { SourceFile } from './source-file.ts';

export interface ParseResult {
  /** Present when the bytes decoded and the YAML parsed without errors. */
  readonly source?: SourceFile;
  /** The document as plain data (only when source is present). */
  readonly data?: unknown;
  /** The decoded text, whenever the bytes were valid UTF-8, even if the YAML did not parse. */
  readonly text?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** The largest number of alias expansions accepted, against "billion laughs" documents. */
const maxAliasCount = 1000;

/** Stage 1: bytes → YAML document with positions. Every syntax error is reported, not just the first. */
export function parseSpec(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeUtf8(bytes);
  if ('invalidAt' in decoded) {
    const start = positionOfByte(bytes, decoded.invalidAt);
    return {
      // A lossy decoding, only so that the code frame can show the line with the bad byte.
      text: new TextDecoder('utf-8').decode(bytes),
      diagnostics: [
        diagnosticAt(file, 'invalid-encoding', `byte 0x${bytes[decoded.invalidAt]!.toString(16).padStart(2, '0')} at offset ${decoded.invalidAt} is not valid UTF-8`, {
          start,
          end: { line: start.line, column: start.column + 1 },
        }),
      ],
    };
  }
  const text = decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const source: SourceFile = { file, text, document, lineCounter };
  const problems = firstPerLine([...document.errors, ...document.warnings].map((error) => yamlDiagnostic(source, error)));
  if (problems.length > 0) return { text, diagnostics: problems };
  try {
    return { source, text, data: document.toJS({ maxAliasCount }), diagnostics: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { text, diagnostics: [diagnosticAt(file, 'yaml-syntax', message, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })] };
  }
}

function yamlDiagnostic(source: SourceFile, error: YAMLError): Diagnostic {
  const code: DiagnosticCode = error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax';
  let [start, end] = error.pos;
  let message = error.code === 'DUPLICATE_KEY' ? `the key ${keyText(source, start, end)} appears twice in this mapping` : `${error.message} (${error.code})`;
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    // The parser notices an unclosed quote where the file ends; the author needs to see where it opens.
    const opening = unclosedQuoteStart(source, start);
    if (opening !== undefined) {
      message = `this quoted string is never closed (${error.code})`;
      [start, end] = [opening, opening + 1];
    }
  }
  return diagnosticAt(source.file, code, message, { start: positionAt(source, start), end: positionAt(source, Math.max(start, end)) });
}

/** The parser often reports several errors for one mistake on the same line; the first says what went wrong. */
function firstPerLine(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const lines = new Set<number>();
  return diagnostics.filter((d) => {
    const line = d.source.range.start.line;
    if (lines.has(line)) return false;
    lines.add(line);
    return true;
  });
}

function keyText(source: SourceFile, start: number, end: number): string {
  const key = source.text.slice(start, end).trim() || source.text.slice(start).split(/[:\n]/, 1)[0]?.trim() || '';
  return JSON.stringify(key);
}

function unclosedQuoteStart(source: SourceFile, errorOffset: number): number | undefined {
  let found: number | undefined;
  visit(source.document, {
    Scalar(_key, node) {
      if (!isScalar(node) || !node.range) return;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range[0] < errorOffset && node.range[2] >= errorOffset) {
        found = node.range[0];
      }
    },
  });
  return found;
}

export function diagnosticAt(file: string, code: DiagnosticCode, message: string, range: Diagnostic['source']['range'], pointer = ''): Diagnostic {
  return { code, severity: severityOf(code), message, source: { file, pointer, range } };
}
