import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../generator/src/paths.ts';

const suiteDir = join(packageRoot(), 'generated', 'conformance');

interface ClassRecords {
  readonly minimal: Record<string, unknown>;
  readonly full: Record<string, unknown>;
  readonly update: Record<string, unknown>;
}

type Entry = Record<string, unknown>;

/** A class's records as the generated suite sends them (generated/conformance/classes/<class>.json). */
export function classRecords(recordType: string): ClassRecords {
  return JSON.parse(readFileSync(join(suiteDir, 'classes', `${recordType}.json`), 'utf8')) as ClassRecords;
}

/** The full record of a class under another uid, at version 1 (its references still name the class files' minimal records). */
export function firstVersion(recordType: string, uid: string): Record<string, unknown> {
  const { full } = classRecords(recordType);
  return renamed(full, String(full['record_uid']), uid);
}

/** Version n (2 or more) of that record: the suite's update, with a change-log entry for every version, a minute apart. */
export function laterVersion(recordType: string, uid: string, n: number): Record<string, unknown> {
  const { update } = classRecords(recordType);
  const record = renamed(update, String(update['record_uid']), uid);
  const [created, modified] = record['change_log'] as [Entry, Entry];
  const start = Date.parse(String(modified['date']));
  const later = Array.from({ length: n - 1 }, (_, i) => ({ ...modified, record_version: i + 2, date: new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z') }));
  return { ...record, version_number: n, change_log: [created, ...later] };
}

function renamed(record: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record).split(JSON.stringify(from)).join(JSON.stringify(to))) as Record<string, unknown>;
}
