import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { GeneratedFile } from './files.ts';

/** The file that marks a directory as asc-mods output: only such a directory has orphans removed from it. */
export const markerFile = 'README.md';

export interface DriftReport {
  /** Files whose content differs from what the spec gives. */
  readonly stale: readonly string[];
  /** Files the spec gives that are not on disk. */
  readonly missing: readonly string[];
  /** Files on disk that the spec no longer gives. */
  readonly orphaned: readonly string[];
}

export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

export class NotGeneratedDirectoryError extends Error {}

/** Compare the files on disk with the files the spec gives, writing nothing. */
export async function compareGenerated(outDir: string, files: readonly GeneratedFile[]): Promise<DriftReport> {
  const existing = new Set(await listFiles(outDir));
  const stale: string[] = [];
  const missing: string[] = [];
  for (const file of files) {
    if (!existing.has(file.path)) missing.push(file.path);
    else if (!sameContent(await readFile(join(outDir, file.path)), file.content)) stale.push(file.path);
    existing.delete(file.path);
  }
  return { stale, missing, orphaned: [...existing].sort() };
}

/** Write the files that changed and remove the ones the spec no longer gives. Unchanged files are not touched. */
export async function writeGenerated(outDir: string, files: readonly GeneratedFile[]): Promise<WriteReport> {
  const existingList = await listFiles(outDir);
  if (existingList.length > 0 && !existingList.includes(markerFile)) {
    throw new NotGeneratedDirectoryError(`${outDir} has files but no ${markerFile} from asc-mods; refusing to write or delete there`);
  }
  const drift = await compareGenerated(outDir, files);
  const changed = new Set([...drift.stale, ...drift.missing]);
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const file of files) {
    if (!changed.has(file.path)) {
      unchanged.push(file.path);
      continue;
    }
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
    written.push(file.path);
  }
  for (const orphan of drift.orphaned) {
    await rm(join(outDir, orphan));
    await removeEmptyParents(outDir, dirname(join(outDir, orphan)));
  }
  return { written, unchanged, removed: drift.orphaned };
}

/** Whether the bytes on disk are the file's content (text compared as its UTF-8 encoding). */
function sameContent(onDisk: Buffer, content: string | Uint8Array): boolean {
  return onDisk.equals(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
}

/** Every file below dir, as POSIX paths relative to it, sorted; none when dir does not exist. */
async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

async function removeEmptyParents(root: string, dir: string): Promise<void> {
  while (dir !== root && dir.startsWith(root)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}
