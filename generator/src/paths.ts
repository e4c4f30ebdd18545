import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The root of the asc-mods package, found from this module's location (works from source and from dist/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'asc-mods') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('asc-mods: cannot find the package root');
    dir = parent;
  }
}

/** The embedded default: the standard as this package ships it. */
export function defaultSpecPath(): string {
  return join(packageRoot(), 'spec', 'mods.yaml');
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** The reference supplier's own attestations (conform --reference reads them). */
export function referenceAttestationsPath(): string {
  return join(packageRoot(), 'conformance', 'reference', 'attestations.yaml');
}
