import { openRegularFile } from '../../../generator/src/kit.ts';
import { decodeJson } from './decode-json.ts';
import { maxNesting } from './nesting.ts';
import { ArrayElementScanner, type Element } from './json-scanner.ts';
import { emptyFile, type InputProblem, type RecordInput, type RecordReader } from './record-input.ts';

const maxObjectBytes = 64 * 1024 * 1024;

/**
 * JSON: one record; an array of records; or a bundle object whose `records` array holds them (other keys are
 * metadata, such as `provider_ods_code`, which should come before `records`). Arrays are streamed element by element.
 */
export function jsonReader(path: string, displayPath: string): RecordReader {
  let bytesRead = 0;
  return {
    format: 'json',
    bytesRead: () => bytesRead,
    async *records(): AsyncGenerator<RecordInput> {
      const state = new JsonFileState();
      let record = 0;
      const emit = (element: Element, truncated = false): RecordInput => {
        record += 1;
        const location = { file: displayPath, record, line: element.line };
        const provider = state.provider === undefined ? {} : { provider: state.provider };
        if (truncated) return { location, problem: { check: 'input.truncated', message: 'the file ends inside this record (it looks cut short)' }, ...provider };
        if (element.bytes === undefined) return { location, problem: elementProblem(element), ...provider };
        const decoded = decodeJson(element.bytes);
        return 'problem' in decoded ? { location, problem: decoded.problem, ...provider } : { location, value: decoded.value, ...provider };
      };
      for await (const chunk of (await openRegularFile(path)).createReadStream({ highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
        bytesRead += chunk.length;
        for (const element of state.feed(chunk)) yield emit(element);
      }
      const end = state.end();
      if (end.kind === 'open-element') yield emit(end.element, true);
      else if (end.kind === 'single') yield emit(end.element);
      else if (end.kind === 'problem') yield { location: { file: displayPath, record: record + 1, line: end.line }, problem: end.problem };
    },
  };
}

function elementProblem(element: Element): InputProblem {
  return element.problem === 'too-deep'
    ? { check: 'input.too-deep', message: `the record is nested more than ${maxNesting} levels deep, more than any MODS record can be, and was skipped` }
    : { check: 'input.line-too-long', message: 'the record is larger than 16 MB and was skipped' };
}

type End =
  | { readonly kind: 'none' }
  | { readonly kind: 'open-element'; readonly element: Element }
  | { readonly kind: 'single'; readonly element: Element }
  | { readonly kind: 'problem'; readonly line: number; readonly problem: InputProblem };

/** Where a JSON file stands while it streams past: before its first value, in its array, or in its top-level object. */
class JsonFileState {
  provider: string | undefined;
  private mode: 'start' | 'array' | 'object' | 'records' | 'done' | 'bad' = 'start';
  private line = 1;
  private first = true;
  private scanner: ArrayElementScanner | undefined;
  private object: ObjectScan | undefined;

  feed(chunk: Buffer): Element[] {
    let from = 0;
    if (this.first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) from = 3;
    this.first = false;
    const out: Element[] = [];
    while (from < chunk.length) {
      if (this.mode === 'start') {
        const b = chunk[from]!;
        if (b === 10) this.line += 1;
        if (b === 32 || b === 9 || b === 10 || b === 13) from += 1;
        else if (b === 91) ((this.mode = 'array'), (this.scanner = new ArrayElementScanner(this.line)), (from += 1));
        else if (b === 123) ((this.mode = 'object'), (this.object = new ObjectScan(this.line)), this.object.keep(chunk.subarray(from, from + 1)), (from += 1));
        else ((this.mode = 'bad'), (from = chunk.length));
      } else if (this.mode === 'array' || this.mode === 'records') {
        const { elements, end } = this.scanner!.feed(chunk, from);
        out.push(...elements);
        if (end === -1) from = chunk.length;
        else if (this.mode === 'array') ((this.mode = 'done'), (from = chunk.length));
        else ((this.mode = 'object'), this.object!.keep(Buffer.from('null')), (from = end));
      } else if (this.mode === 'object') {
        const step = this.object!.feed(chunk, from);
        if (step.provider !== undefined) this.provider = step.provider;
        if (step.recordsAt === -1) from = chunk.length;
        else ((this.mode = 'records'), (this.scanner = new ArrayElementScanner(this.object!.line)), (from = step.recordsAt));
      } else {
        from = chunk.length;
      }
    }
    return out;
  }

  end(): End {
    if (this.mode === 'bad') return { kind: 'problem', line: this.line, problem: { check: 'input.not-json', message: 'the file is not JSON: it must hold a record, an array of records, or a bundle with a records array' } };
    if (this.mode === 'start') return { kind: 'problem', line: this.line, problem: emptyFile };
    if (this.mode === 'array' || this.mode === 'records') {
      const open = this.scanner!.flush();
      return open ? { kind: 'open-element', element: open } : { kind: 'problem', line: this.scanner!.currentLine, problem: { check: 'input.truncated', message: 'the file ends before its array does (it looks cut short)' } };
    }
    if (this.mode === 'object' && !this.object!.sawRecords) return { kind: 'single', element: this.object!.asElement() };
    return { kind: 'none' };
  }
}

/** The top-level object: kept as bytes (to parse as one record if it has no `records`), watching its keys at depth 1. */
class ObjectScan {
  sawRecords = false;
  private parts: Buffer[] = [];
  private size = 0;
  private depth = 1;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  private lastString = '';
  private key = '';
  private awaitingValue = false;

  constructor(readonly startLine: number, public line = startLine) {}

  keep(bytes: Buffer): void {
    this.size += bytes.length;
    if (this.size <= maxObjectBytes) this.parts.push(Buffer.from(bytes));
  }

  asElement(): Element {
    return this.size > maxObjectBytes ? { line: this.startLine, bytes: undefined, problem: 'too-long' } : { line: this.startLine, bytes: Buffer.concat(this.parts) };
  }

  /** Scan until the `records` array opens (returns the offset after its `[`), or to the end of the chunk (-1). */
  feed(chunk: Buffer, from: number): { recordsAt: number; provider?: string } {
    let provider: string | undefined;
    for (let i = from; i < chunk.length; i += 1) {
      const b = chunk[i]!;
      if (b === 10) this.line += 1;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === 92) this.escaped = true;
        else if (b === 34) {
          this.inString = false;
          if (this.depth === 1 && this.stringStart !== -1) this.lastString = chunk.subarray(this.stringStart, i).toString('utf8');
          if (this.depth === 1 && this.awaitingValue && this.key === 'provider_ods_code') provider = this.lastString;
        }
        continue;
      }
      if (b === 34) ((this.inString = true), (this.stringStart = i + 1));
      else if (b === 58 && this.depth === 1) ((this.key = this.lastString), (this.awaitingValue = true));
      else if (b === 44 && this.depth === 1) this.awaitingValue = false;
      else if (b === 91 && this.depth === 1 && this.awaitingValue && this.key === 'records') {
        this.keep(chunk.subarray(from, i));
        this.sawRecords = true;
        this.awaitingValue = false;
        return { recordsAt: i + 1, ...(provider === undefined ? {} : { provider }) };
      } else if (b === 123 || b === 91) this.depth += 1;
      else if (b === 125 || b === 93) this.depth -= 1;
    }
    this.keep(chunk.subarray(from));
    return { recordsAt: -1, ...(provider === undefined ? {} : { provider }) };
  }
}
