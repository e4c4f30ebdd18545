import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
