import { isUtf8 } from 'node:buffer';
import type { CheckedRecord } from '../checked.ts';
import type { RecordChecker } from '../checker.ts';
import { decodeJson, parseJson } from '../input/decode-json.ts';
import type { InputProblem } from '../input/record-input.ts';
import { type LineUnit, isBlank } from './units.ts';

/**
 * Check every record of a unit of NDJSON lines, with their final locations, handing each to `sink` as soon as it is
 * checked: the work a worker thread does.
 */
export function checkUnit(unit: LineUnit, file: string, checker: RecordChecker, sink: (checked: CheckedRecord) => void): void {
  const bytes = unit.bytes;
  const from = unit.first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Almost every unit is valid UTF-8: then it is decoded once and its lines parsed from the text, rather than each
  // line being checked and decoded on its own. A unit with a bad byte is read line by line, to locate it.
  if (isUtf8(bytes.subarray(from))) checkText(unit, from, file, checker, sink);
  else checkBytes(unit, from, file, checker, sink);
}

/** Text is decoded a piece of up to this many bytes at a time: small enough to be a short-lived young object. */
const pieceBytes = 64 * 1024;

function checkText(unit: LineUnit, from: number, file: string, checker: RecordChecker, sink: (checked: CheckedRecord) => void): void {
  const bytes = unit.bytes;
  let line = unit.lineOffset;
  let record = unit.recordOffset;
  while (from < bytes.length) {
    // A piece ends after the last newline within pieceBytes (or holds one whole longer line).
    let to = from + pieceBytes >= bytes.length ? bytes.length : bytes.lastIndexOf(10, from + pieceBytes) + 1;
    if (to <= from) to = (bytes.indexOf(10, from) + 1 || bytes.length);
    const text = bytes.toString('utf8', from, to);
    const lastPiece = to === bytes.length;
    let start = 0;
    while (start < text.length) {
      let nl = text.indexOf('\n', start);
      const lastLine = nl === -1;
      if (lastLine) nl = text.length;
      line += 1;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
      if (!isBlankText(text, start, end)) {
        record += 1;
        sink(checkDecoded(unit, lastPiece && lastLine, parseJson(text.slice(start, end)), { file, record, line }, checker));
      }
      start = nl + 1;
    }
    from = to;
  }
}

function checkBytes(unit: LineUnit, from: number, file: string, checker: RecordChecker, sink: (checked: CheckedRecord) => void): void {
  const bytes = unit.bytes;
  let line = unit.lineOffset;
  let record = unit.recordOffset;
  let start = from;
  while (start < bytes.length) {
    let nl = bytes.indexOf(10, start);
    const lastLine = nl === -1;
    if (lastLine) nl = bytes.length;
    line += 1;
    let end = nl;
    if (end > start && bytes[end - 1] === 13) end -= 1;
    if (!isBlank(bytes, start, end)) {
      record += 1;
      sink(checkDecoded(unit, lastLine, decodeJson(bytes.subarray(start, end)), { file, record, line }, checker));
    }
    start = nl + 1;
  }
}

function checkDecoded(unit: LineUnit, lastLine: boolean, decoded: { value: unknown } | { problem: InputProblem }, location: { file: string; record: number; line: number }, checker: RecordChecker): CheckedRecord {
  if (!('problem' in decoded)) return checker.check({ location, value: decoded.value });
  const truncated = unit.unterminated && lastLine && decoded.problem.check === 'input.not-json';
  return checker.check({ location, problem: truncated ? { check: 'input.truncated', message: 'the last line ends before its record does (the file looks cut short)' } : decoded.problem });
}

function isBlankText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
