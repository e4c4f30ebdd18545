import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DataFinding } from '../files/result.ts';

/**
 * Every finding of a validate run as one flat table, one row a finding, not capped: what a performance or BI manager
 * takes into Excel or Power BI, filters by provider or rule, and sends back to the provider as the list of records to
 * fix. Its row count is the run's findings total. Nothing in it is read from the data other than what the result
 * already holds, masked: the file and where in it, the record's uid when it is UUID- or ULID-shaped, the class, the
 * JSON Pointer, the masked value.
 */
export interface FindingColumn {
  readonly key: string;
  readonly label: string;
  readonly width: number;
}

export const findingColumns: readonly FindingColumn[] = [
  { key: 'provider', label: 'Provider', width: 14 },
  { key: 'file', label: 'File', width: 30 },
  { key: 'line', label: 'Line or row', width: 10 },
  { key: 'record', label: 'Record', width: 9 },
  { key: 'uid', label: 'Record uid', width: 38 },
  { key: 'class', label: 'Class', width: 22 },
  { key: 'element', label: 'Element (JSON Pointer)', width: 30 },
  { key: 'rule', label: 'Rule', width: 28 },
  { key: 'requirement', label: 'Requirement', width: 16 },
  { key: 'severity', label: 'Severity', width: 9 },
  { key: 'authority', label: 'Authority', width: 10 },
  { key: 'message', label: 'Message', width: 60 },
  { key: 'value', label: 'Value (masked)', width: 18 },
  { key: 'fix', label: 'Fix', width: 60 },
];

/** A finding as the table's cells, in the order of findingColumns. */
export function findingRow(finding: DataFinding, provider: string): string[] {
  const l = finding.location;
  return [
    provider,
    l.file,
    l.line !== undefined ? String(l.line) : l.row !== undefined ? String(l.row) : '',
    l.record > 0 ? String(l.record) : '',
    finding.uid ?? '',
    finding.recordType ?? '',
    finding.path === '' ? '/' : finding.path,
    finding.check,
    finding.requirement ?? '',
    finding.severity,
    finding.authority ?? 'published',
    finding.message,
    finding.value ?? '',
    finding.fix,
  ];
}

/** Rows a worksheet holds below its header: Excel's limit is 1,048,576 rows. Beyond, the table goes on in "Findings 2". */
export const rowsPerSheet = 1_048_575;

/**
 * The findings of a run as they are counted, kept in a file in the report folder (one JSON array a line) so that
 * memory stays flat however many there are; the CSV and the workbook are written from it once the run is over, and
 * it is removed.
 */
export class FindingsSpool {
  rows = 0;
  private buffer = '';
  private fd: number | undefined;

  private constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** A spool in `dir` (which must exist), named so that it cannot be mistaken for a report. */
  static open(dir: string): FindingsSpool {
    return new FindingsSpool(join(dir, `.findings-${process.pid}.spool`));
  }

  add(finding: DataFinding, provider: string): void {
    this.buffer += `${JSON.stringify(findingRow(finding, provider))}\n`;
    this.rows += 1;
    if (this.buffer.length >= 1 << 20) this.flush();
  }

  /** Every row, in the order added (after close). */
  async *read(): AsyncGenerator<string[]> {
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line !== '') yield JSON.parse(line) as string[];
  }

  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  remove(): void {
    this.close();
    rmSync(this.path, { force: true });
  }

  private flush(): void {
    if (this.buffer === '' || this.fd === undefined) return;
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }
}
