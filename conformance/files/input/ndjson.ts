import { decodeJson } from './decode-json.ts';
import { maxLineBytes, readLines } from './lines.ts';
import type { RecordInput, RecordReader } from './record-input.ts';

/** NDJSON: one record per line, any size of file. Blank lines are skipped; every other line is a record or a problem. */
export function ndjsonReader(path: string, displayPath: string): RecordReader {
  let bytesRead = 0;
  return {
    format: 'ndjson',
    bytesRead: () => bytesRead,
    async *records(): AsyncGenerator<RecordInput> {
      let record = 0;
      for await (const line of readLines(path, (n) => (bytesRead += n))) {
        if (line.bytes !== undefined && isBlank(line.bytes)) continue;
        record += 1;
        const location = { file: displayPath, record, line: line.number };
        if (line.bytes === undefined) {
          yield { location, problem: { check: 'input.line-too-long', message: `the line is longer than ${maxLineBytes / 1024 / 1024} MB and was skipped` } };
          continue;
        }
        const decoded = decodeJson(line.bytes);
        if ('problem' in decoded) {
          const truncated = line.unterminated && decoded.problem.check === 'input.not-json';
          yield { location, problem: truncated ? { check: 'input.truncated', message: 'the last line ends before its record does (the file looks cut short)' } : decoded.problem };
        } else {
          yield { location, value: decoded.value, text: decoded.text, bytes: line.bytes };
        }
      }
    },
  };
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}
