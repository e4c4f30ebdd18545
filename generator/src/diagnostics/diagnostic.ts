import { catalogue, type DiagnosticCode, type Severity } from './catalogue.ts';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SourceRange {
  readonly start: Position;
  readonly end: Position;
}

export interface SourceLocation {
  /** The file as the user named it (relative paths stay relative). */
  readonly file: string;
  /** JSON Pointer into the YAML document. */
  readonly pointer: string;
  readonly range: SourceRange;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly source: SourceLocation;
  readonly related?: readonly { readonly message: string; readonly source: SourceLocation }[];
}

/** What a stage reports before the pipeline turns its JSON Pointer into a file position. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly pointer: string;
  /** Point at the key of the last pointer segment rather than at its value (unknown keys, duplicate names). */
  readonly at?: 'key' | 'value';
  readonly related?: readonly { readonly message: string; readonly pointer: string }[];
}

export function finding(code: DiagnosticCode, message: string, pointer: string, options: Pick<Finding, 'at' | 'related'> = {}): Finding {
  return { code, message, pointer, ...options };
}

export function severityOf(code: DiagnosticCode): Severity {
  return catalogue[code].severity;
}

const severityRank: Record<Severity, number> = { warning: 1, error: 2 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank[severity] >= severityRank[threshold];
}

/** Sort by file, position, then code, so that output never depends on the order rules ran in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.source.file, b.source.file) ||
    a.source.range.start.line - b.source.range.start.line ||
    a.source.range.start.column - b.source.range.start.column ||
    compareStrings(a.code, b.code) ||
    compareStrings(a.message, b.message)
  );
}

/** Code-point order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
