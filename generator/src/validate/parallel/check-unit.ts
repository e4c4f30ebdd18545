import type { CheckedRecord } from '../checked.ts';
import type { RecordChecker } from '../checker.ts';
import { decodeJson } from '../input/decode-json.ts';
import type { LineUnit } from './units.ts';
import { isBlank } from './units.ts';

/** Check every record of a unit of NDJSON lines, with their final locations: the work a worker thread does. */
export function checkUnit(unit: LineUnit, file: string, checker: RecordChecker): CheckedRecord[] {
  const out: CheckedRecord[] = [];
  const bytes = unit.bytes;
  let start = unit.first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = unit.lineOffset;
  let record = unit.recordOffset;
  while (start < bytes.length) {
    let nl = bytes.indexOf(10, start);
    const lastLine = nl === -1;
    if (lastLine) nl = bytes.length;
    line += 1;
    let end = nl;
    if (end > start && bytes[end - 1] === 13) end -= 1;
    if (!isBlank(bytes, start, end)) {
      record += 1;
      const location = { file, record, line };
      const decoded = decodeJson(bytes.subarray(start, end));
      if ('problem' in decoded) {
        const truncated = unit.unterminated && lastLine && decoded.problem.check === 'input.not-json';
        out.push(checker.check({ location, problem: truncated ? { check: 'input.truncated', message: 'the last line ends before its record does (the file looks cut short)' } : decoded.problem }));
      } else {
        out.push(checker.check({ location, value: decoded.value }));
      }
    }
    start = nl + 1;
  }
  return out;
}
