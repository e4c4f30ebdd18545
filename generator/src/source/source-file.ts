import type { Document, LineCounter } from 'yaml';

/** A loaded spec file: its text, the YAML document with node ranges, and the line counter that maps offsets to positions. */
export interface SourceFile {
  /** The path as the user gave it, used in messages. */
  readonly file: string;
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}
