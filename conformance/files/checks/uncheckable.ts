import type { CheckedRecord } from '../checked.ts';
import type { RecordInput } from '../input/record-input.ts';

/** Kinds of exception named in a finding; the exception's own message is never shown (it may quote the data). */
const namedKinds = new Set(['RangeError', 'TypeError', 'SyntaxError', 'ReferenceError', 'URIError', 'EvalError']);

/**
 * A record whose checking threw: one finding for it (`input.uncheckable`), where it is, and nothing else. Such a
 * record is a defect of the validator, not of the data; it is counted as unreadable, and the run goes on.
 */
export function uncheckable(input: RecordInput, error: unknown): CheckedRecord {
  const kind = error instanceof Error && namedKinds.has(error.name) ? error.name : 'an exception';
  const deep = error instanceof RangeError && /call stack/i.test(error.message);
  const message = deep ? 'the record is nested too deeply to check' : `the record could not be checked (${kind}); the rest of the file was checked`;
  const fix = deep ? 'Export records in the layout the spec defines (no MODS record is nested more than a few levels).' : 'Please report this record\'s shape (not its values) to the asc-mods maintainers.';
  return { location: input.location, provider: input.provider, unreadable: true, findings: [{ check: 'input.uncheckable', severity: 'error', location: input.location, path: '', message, fix }] };
}
