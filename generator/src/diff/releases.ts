import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** spec/releases/<version>.yaml: a copy of the spec as released, kept so that any two releases can be diffed. */
export function releaseFiles(specDir: string): { version: string; path: string }[] {
  let names: string[];
  try {
    names = readdirSync(join(specDir, 'releases'));
  } catch {
    return [];
  }
  return names
    .map((n) => /^(\d+)\.(\d+)\.(\d+)\.yaml$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: `${m[1]}.${m[2]}.${m[3]}`, path: join(specDir, 'releases', m[0]), key: [Number(m[1]), Number(m[2]), Number(m[3])] }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!)
    .map(({ version, path }) => ({ version, path }));
}

/** Where a release stands: shared for feedback (draft), in force (published), or withdrawn (retired). */
export type ReleaseStatus = 'draft' | 'published' | 'retired';
export const releaseStatuses: readonly ReleaseStatus[] = ['draft', 'published', 'retired'];

/** spec/releases/status.yaml: each kept release's status; a release not listed there is published (as all were before). */
export const statusFileName = 'status.yaml';

export function releaseStatusPath(specDir: string): string {
  return join(specDir, 'releases', statusFileName);
}

/** Each kept release's status, read from spec/releases/status.yaml (absent: every release published). */
export function readReleaseStatuses(specDir: string): Map<string, ReleaseStatus> {
  const out = new Map<string, ReleaseStatus>();
  let text: string;
  try {
    text = readFileSync(releaseStatusPath(specDir), 'utf8');
  } catch {
    return out;
  }
  const parsed: unknown = parse(text);
  if (parsed === null || typeof parsed !== 'object') return out;
  for (const [version, status] of Object.entries(parsed as Record<string, unknown>)) {
    if (/^\d+\.\d+\.\d+$/.test(version) && releaseStatuses.includes(status as ReleaseStatus)) out.set(version, status as ReleaseStatus);
  }
  return out;
}

/** status.yaml's text for these statuses: one `version: status` line each, oldest first, with a comment saying what it is. */
export function releaseStatusText(statuses: ReadonlyMap<string, ReleaseStatus>): string {
  const key = (v: string) => v.split('.').map(Number) as [number, number, number];
  const versions = [...statuses.keys()].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return [
    '# The status of each release kept in this folder, written by `asc-mods release`: draft (shared for feedback),',
    '# published (in force) or retired (withdrawn). A release not listed here is published.',
    ...versions.map((v) => `${v}: ${statuses.get(v)}`),
    '',
  ].join('\n');
}
