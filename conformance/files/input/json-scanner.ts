import { maxNesting } from './nesting.ts';

/** Bytes of one top-level JSON element, as the scanner cuts it out of the stream. */
export interface Element {
  readonly line: number;
  /** The element's bytes, or undefined when it was too large or too deeply nested to keep. */
  readonly bytes: Buffer | undefined;
  readonly problem?: 'too-long' | 'too-deep';
}

const maxElementBytes = 16 * 1024 * 1024;

/**
 * Cuts the elements of one JSON array out of a byte stream without parsing them: it tracks strings, escapes and
 * nesting only, so each element can be parsed (and reported) on its own. Feed it bytes from just after the `[`.
 */
export class ArrayElementScanner {
  private parts: Buffer[] = [];
  private size = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private startLine = 0;
  private problem: Element['problem'];
  /** True once the array's closing bracket has been seen. */
  done = false;

  constructor(private line: number) {}

  get currentLine(): number {
    return this.line;
  }

  /** Scan a chunk; returns the elements completed in it, and the offset just after the array's end (or -1). */
  feed(chunk: Buffer, from = 0): { elements: Element[]; end: number } {
    const elements: Element[] = [];
    let elementStart = this.started ? from : -1;
    for (let i = from; i < chunk.length; i += 1) {
      const b = chunk[i]!;
      if (b === 10) this.line += 1;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === 92) this.escaped = true;
        else if (b === 34) this.inString = false;
        continue;
      }
      if (!this.started) {
        if (b === 32 || b === 9 || b === 10 || b === 13 || b === 44) continue;
        if (b === 93) {
          this.done = true;
          return { elements, end: i + 1 };
        }
        this.started = true;
        this.startLine = this.line;
        elementStart = i;
      }
      if (b === 34) this.inString = true;
      else if (b === 123 || b === 91) {
        this.depth += 1;
        if (this.depth > maxNesting) this.problem = 'too-deep';
      } else if (b === 125 || b === 93 || (b === 44 && this.depth === 0)) {
        if (b !== 44) this.depth -= 1;
        if (this.depth < 0 || (b === 44 && this.depth === 0)) {
          // The element ended just before this byte (a comma, or the array's own closing bracket).
          this.keep(chunk.subarray(elementStart, i));
          elements.push(this.take());
          if (b === 93) {
            this.done = true;
            return { elements, end: i + 1 };
          }
          elementStart = -1;
        } else if (this.depth === 0 && b !== 44) {
          this.keep(chunk.subarray(elementStart, i + 1));
          elements.push(this.take());
          elementStart = -1;
        }
      }
    }
    if (this.started && elementStart !== -1) this.keep(chunk.subarray(elementStart));
    return { elements, end: -1 };
  }

  /** At the end of the stream: an element left open is returned, marked by the caller as truncated. */
  flush(): Element | undefined {
    return this.started ? this.take() : undefined;
  }

  private keep(bytes: Buffer): void {
    this.size += bytes.length;
    if (this.size > maxElementBytes) this.problem ??= 'too-long';
    if (this.problem === undefined) this.parts.push(Buffer.from(bytes));
  }

  private take(): Element {
    const element: Element = this.problem ? { line: this.startLine, bytes: undefined, problem: this.problem } : { line: this.startLine, bytes: Buffer.concat(this.parts, this.size) };
    this.parts = [];
    this.size = 0;
    this.depth = 0;
    this.started = false;
    this.problem = undefined;
    return element;
  }
}
