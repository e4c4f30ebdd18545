import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { SpecModel } from '../../../../generator/src/model/types.ts';
import { csvReader, type CsvReaderOptions } from '../../../files/input/csv.ts';
import type { RecordInput } from '../../../files/input/record-input.ts';

const dir = mkdtempSync(join(tmpdir(), 'asc-mods-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** Write content to a fresh file in a temporary folder removed after the tests; its path. */
export function tempFile(content: string | Uint8Array): string {
  const path = join(dir, `${++files}.csv`);
  writeFileSync(path, content);
  return path;
}

/** Every record the CSV reader yields for this content, and bytesRead when each was yielded. */
export async function readCsv(
  model: SpecModel,
  content: string | Uint8Array,
  cls?: string,
  options: CsvReaderOptions = {},
): Promise<{ records: RecordInput[]; bytes: number[]; total: number }> {
  const reader = csvReader(tempFile(content), 'data.csv', model, cls, options);
  const records: RecordInput[] = [];
  const bytes: number[] = [];
  for await (const record of reader.records()) {
    records.push(record);
    bytes.push(reader.bytesRead());
  }
  return { records, bytes, total: reader.bytesRead() };
}
