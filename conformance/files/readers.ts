import { basename } from 'node:path';
import type { SpecModel } from '../../generator/src/kit.ts';
import type { InputFile } from './inputs.ts';
import { csvReader } from './input/csv.ts';
import { jsonReader } from './input/json.ts';
import { ndjsonReader } from './input/ndjson.ts';
import type { RecordReader } from './input/record-input.ts';

/** The reader for a file, by its format. A CSV file named after a record class (risk.csv) holds that class unless its rows say otherwise. */
export function readerFor(file: InputFile, model: SpecModel, className?: string): RecordReader {
  switch (file.format) {
    case 'csv':
      return csvReader(file.path, file.display, model, className ?? classFromFileName(model, file.path));
    case 'ndjson':
      return ndjsonReader(file.path, file.display);
    case 'json':
      return jsonReader(file.path, file.display);
  }
}

function classFromFileName(model: SpecModel, path: string): string | undefined {
  const name = basename(path).replace(/\.csv$/i, '');
  return model.classes.some((c) => c.name === name && c.kind === 'record') ? name : undefined;
}
