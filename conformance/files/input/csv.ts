import { openRegularFile, csvLayout, maxRowBytes, unflattenRow, type CsvColumn, recordClasses, type ClassModel, type SpecModel } from '../../../generator/src/kit.ts';
import type { RecordLocation } from '../result.ts';
import { emptyFile, type InputProblem, type RecordInput, type RecordReader } from './record-input.ts';
import { dataKeepList, maskName } from '../mask.ts';
import type { KeepList } from '../../report/keep.ts';

export interface CsvReaderOptions {
  /** Bytes read from the file at a time (64 KiB unless given). */
  readonly chunkSize?: number;
  /** The longest row taken, in bytes (16 MB unless given); a longer one is reported and skipped. */
  readonly maxRowBytes?: number;
}

/**
 * Records from a CSV file in the layout of generated/csv/README.md, streamed: RFC 4180 over chunks of the file, one
 * row held at a time. The header is the first row. Each row's class is its record type cell, else `cls`; columns
 * are matched by header through the class's layout, and the cells become a nested record. A row that cannot be
 * read becomes an input problem, and the reader goes on with the next row. A header row that cannot be read ends
 * the file with one problem, as no row could be interpreted without it. An I/O error (no such file) rejects.
 */
export function csvReader(path: string, displayPath: string, model: SpecModel, cls?: string, options: CsvReaderOptions = {}): RecordReader {
  let bytesRead = 0;
  return {
    format: 'csv',
    bytesRead: () => bytesRead,
    async *records() {
      const splitter = new RowSplitter(options.maxRowBytes ?? maxRowBytes);
      const rows = new RowInterpreter(displayPath, model, cls);
      const stream = (await openRegularFile(path)).createReadStream({ highWaterMark: options.chunkSize ?? 64 * 1024 });
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytesRead += chunk.length;
        for (const raw of splitter.push(chunk)) {
          const input = rows.read(raw);
          if (input) yield input;
        }
        if (rows.stopped) return;
      }
      for (const raw of splitter.end()) {
        const input = rows.read(raw);
        if (input) yield input;
      }
      if (!rows.started) yield { location: { file: displayPath, record: 1, row: 1 }, problem: emptyFile };
    },
  };
}

/** A row as the splitter finds it: the line where it starts, and its cells or why they cannot be read. */
interface RawRow {
  readonly line: number;
  readonly cells?: readonly string[];
  readonly problem?: InputProblem;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const bom = [0xef, 0xbb, 0xbf] as const;

/** Where the splitter is: at the start of a cell, in an unquoted cell, in a quoted one, just after a quote inside one, after its closing quote. */
type State = 'start' | 'plain' | 'quoted' | 'quote' | 'closed';

/** RFC 4180 over bytes: the structural characters are ASCII, so cells are split before they are decoded. */
class RowSplitter {
  private state: State = 'start';
  private line = 1;
  private rowLine = 1;
  private inRow = false;
  private rowBytes = 0;
  private tooLong = false;
  private strayQuote = false;
  private previousCR = false;
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private cellEnds: number[] = [];
  /** The first bytes of the file, until it is known whether they are a byte-order mark. */
  private head: Uint8Array | undefined = new Uint8Array(0);
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private rows: RawRow[] = [];

  constructor(private readonly limit: number) {}

  push(chunk: Uint8Array): RawRow[] {
    let bytes = chunk;
    if (this.head) {
      bytes = Buffer.concat([this.head, chunk]);
      const prefix = bytes.subarray(0, 3);
      const likeBom = prefix.every((b, i) => b === bom[i]);
      if (likeBom && bytes.length < bom.length) {
        this.head = bytes;
        return [];
      }
      this.head = undefined;
      if (likeBom) bytes = bytes.subarray(bom.length);
    }
    for (let i = 0; i < bytes.length; i++) this.step(bytes[i]!);
    return this.take();
  }

  end(): RawRow[] {
    if (this.head) for (const b of this.head) this.step(b);
    this.head = undefined;
    if (this.state === 'quoted') this.finishRow({ check: 'input.truncated', message: 'the file ends inside a quoted cell of this row (it looks cut short, or a closing quote is missing)' });
    else if (this.inRow) this.finishRow();
    return this.take();
  }

  private step(b: number): void {
    const afterCR = this.previousCR;
    this.previousCR = b === CR;
    if (b === CR || (b === LF && !afterCR)) this.line++;
    if (this.state === 'quote' && b !== QUOTE) this.state = 'closed'; // the quote before this byte closed the cell
    if (this.state === 'quoted' || this.state === 'quote') {
      this.inQuotes(b);
      return;
    }
    if (b === CR || b === LF) {
      if (this.inRow) this.finishRow(); // else a blank line (or the LF of a CRLF): skipped
      return;
    }
    if (!this.inRow) {
      this.inRow = true;
      this.rowLine = this.line;
    }
    this.count();
    if (b === COMMA) {
      this.cellEnds.push(this.length);
      this.state = 'start';
    } else if (this.state === 'start' && b === QUOTE) {
      this.state = 'quoted';
    } else {
      if (b === QUOTE || this.state === 'closed') this.strayQuote = true;
      this.state = 'plain';
      this.append(b);
    }
  }

  /** Inside a quoted cell every byte is content, CR and LF too; a quote ends the cell unless another follows it. */
  private inQuotes(b: number): void {
    this.count();
    if (this.state === 'quote') {
      this.state = 'quoted';
      this.append(QUOTE); // the second of a doubled quote
    } else if (b === QUOTE) {
      this.state = 'quote';
    } else {
      this.append(b);
    }
  }

  private count(): void {
    if (++this.rowBytes > this.limit) this.tooLong = true;
  }

  private append(b: number): void {
    if (this.tooLong) return;
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = b;
  }

  private finishRow(problem?: InputProblem): void {
    this.cellEnds.push(this.length);
    const found = this.tooLong ? tooLongProblem(this.limit) : (problem ?? (this.strayQuote ? strayQuoteProblem : undefined));
    this.rows.push(found ? { line: this.rowLine, problem: found } : this.decodeCells());
    this.state = 'start';
    this.inRow = this.tooLong = this.strayQuote = false;
    this.rowBytes = this.length = 0;
    this.cellEnds = [];
    if (this.buffer.length > 1 << 20) this.buffer = new Uint8Array(1 << 16); // keep memory flat after a long row
  }

  private decodeCells(): RawRow {
    const cells: string[] = [];
    let start = 0;
    try {
      for (const end of this.cellEnds) {
        cells.push(this.decoder.decode(this.buffer.subarray(start, end)));
        start = end;
      }
    } catch {
      return { line: this.rowLine, problem: { check: 'input.invalid-utf8', message: 'the row is not valid UTF-8' } };
    }
    return { line: this.rowLine, cells };
  }

  private take(): RawRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }
}

const strayQuoteProblem: InputProblem = {
  check: 'input.csv-quote',
  message: 'a quote inside a cell that is not quoted as a whole, or text after a closing quote (quote the whole cell and double each quote inside it)',
};

function tooLongProblem(limit: number): InputProblem {
  const size = limit % 2 ** 20 === 0 ? `${limit / 2 ** 20} MB` : `${limit} bytes`;
  return { check: 'input.line-too-long', message: `the row is longer than ${size} and was skipped` };
}

/** How the header maps onto one class: the column of each header cell (undefined: ignored), and what did not match. */
interface Binding {
  readonly columns: readonly (CsvColumn | undefined)[];
  readonly problem: InputProblem | undefined;
  reported: boolean;
}

/** Rows → records: the first row is the header, each later row a record of the class it states (or the file's). */
class RowInterpreter {
  private header: readonly string[] | undefined;
  private typeIndex = -1;
  private record = 0;
  private readonly classes: ReadonlyMap<string, ClassModel>;
  private readonly bindings = new Map<string, Binding>();
  stopped = false;

  /** Whether any row (the header at least) was read. */
  get started(): boolean {
    return this.header !== undefined || this.stopped;
  }

  constructor(
    private readonly file: string,
    private readonly model: SpecModel,
    private readonly cls: string | undefined,
  ) {
    this.classes = new Map(recordClasses(model).map((c) => [c.name, c]));
  }

  read(raw: RawRow): RecordInput | undefined {
    if (this.stopped) return undefined;
    if (!this.header) {
      if (raw.cells) {
        this.header = raw.cells;
        this.typeIndex = raw.cells.indexOf(this.model.conventions.record_type_field);
        return undefined;
      }
      this.stopped = true;
      return { location: this.at(1, raw.line), problem: { check: raw.problem!.check, message: `the header row cannot be read, so no row can: ${raw.problem!.message}` } };
    }
    const location = this.at(++this.record, raw.line);
    if (!raw.cells) return { location, problem: raw.problem! };
    const cells = raw.cells;
    if (cells.length !== this.header.length) {
      return { location, problem: { check: 'input.csv-columns', message: `the row has ${cells.length} cells and the header ${this.header.length}` } };
    }
    const stated = cells[this.typeIndex] ?? '';
    const binding = this.bindingFor(stated || this.cls);
    const { value, invalidJson } = unflattenRow(binding.columns, cells);
    if (invalidJson.length > 0) {
      return { location, problem: { check: 'input.csv-json', message: `not JSON in ${quoted(invalidJson, dataKeepList(this.model))}: each of these cells must hold the JSON text of its value, such as an array [...]` } };
    }
    const record = stated === '' && this.cls !== undefined ? { [this.model.conventions.record_type_field]: this.cls, ...value } : value;
    const problem = binding.reported ? undefined : binding.problem;
    binding.reported = true;
    return { location, value: record, ...(problem ? { problem } : {}) };
  }

  private at(record: number, row: number): RecordLocation {
    return { file: this.file, record, row };
  }

  /** The header bound to a record class's layout; for an unknown class, each cell as text under its header, for the schema to report. */
  private bindingFor(name: string | undefined): Binding {
    const header = this.header!;
    const known = name === undefined ? undefined : this.classes.get(name);
    const key = known?.name ?? '';
    const cached = this.bindings.get(key);
    if (cached) return cached;
    let binding: Binding = { columns: header.map((h): CsvColumn => ({ header: h, path: [h], kind: 'string' })), problem: undefined, reported: true };
    if (known) {
      const layout = new Map(csvLayout(this.model, known).map((c) => [c.header, c]));
      const unknown = [...new Set(header.filter((h) => !layout.has(h)))];
      const repeated = [...new Set(header.filter((h, i) => layout.has(h) && header.indexOf(h) !== i))];
      const columns = header.map((h, i) => (header.indexOf(h) === i ? layout.get(h) : undefined));
      binding = { columns, problem: headerProblem(known.name, unknown, repeated, dataKeepList(this.model)), reported: false };
    }
    this.bindings.set(key, binding);
    return binding;
  }
}

function headerProblem(cls: string, unknown: readonly string[], repeated: readonly string[], keep: KeepList): InputProblem | undefined {
  const parts = [
    ...(unknown.length > 0 ? [`columns that class "${cls}" does not have: ${quoted(unknown, keep)}`] : []),
    ...(repeated.length > 0 ? [`columns given more than once: ${quoted(repeated, keep)} (the first is read)`] : []),
  ];
  return parts.length > 0 ? { check: 'input.csv-header', message: `the header has ${parts.join('; and ')}; their cells are ignored` } : undefined;
}

/** Header names as a message may show them: a name the spec uses is quoted, any other only by its length (a header is data). */
function quoted(headers: readonly string[], keep: KeepList): string {
  return headers.map((h) => maskName(h, keep, 'a column')).join(', ');
}
