import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecFile } from '../../src/source/load.ts';

/**
 * Hostile paths given as the spec: each is refused as a located file-unreadable diagnostic, within a second, and
 * never read (before, a FIFO hung `check` for ever and /dev/zero grew to 10 GB in 30 s).
 */
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-load-'));
const fifo = join(dir, 'pipe.yaml');
execFileSync('mkfifo', [fifo]);
symlinkSync(join(dir, 'loop.yaml'), join(dir, 'loop.yaml'));
symlinkSync(join(dir, 'nothing.yaml'), join(dir, 'dangling.yaml'));
const locked = join(dir, 'locked.yaml');
writeFileSync(locked, 'format: asc-mods/1\n');
chmodSync(locked, 0o000);
const big = join(dir, 'big.yaml');
writeFileSync(big, '#'.repeat(2048) + '\n');
/** Root may read any file whatever its mode, so a permission test means nothing there (CI runs as root). */
const asRoot = process.getuid?.() === 0;

describe('loadSpecFile refuses what is not a regular file', () => {
  it.each([
    { given: fifo, want: 'it is a FIFO (named pipe), not a regular file' },
    { given: '/dev/zero', want: 'it is a device, not a regular file' },
    { given: '/dev/null', want: 'it is a device, not a regular file' },
    { given: dir, want: 'it is a directory, not a regular file' },
    { given: join(dir, 'loop.yaml'), want: 'it is a symbolic link that loops' },
    { given: join(dir, 'dangling.yaml'), want: 'no such file' },
  ])('$given: $want', async ({ given, want }) => {
    const result = await loadSpecFile(given, 'spec.yaml');
    expect(result.ioError).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.source.range.start])).toEqual([['file-unreadable', `cannot read spec.yaml: ${want}`, { line: 1, column: 1 }]]);
  }, 2000);

  it.skipIf(asRoot)('says permission denied for a file it may not read (skipped as root, who may read any file)', async () => {
    const result = await loadSpecFile(locked, 'spec.yaml');
    expect(result.diagnostics.map((d) => d.message)).toEqual(['cannot read spec.yaml: permission denied']);
  });

  it('reads up to the cap, and refuses a file larger than it', async () => {
    expect((await loadSpecFile(big, 'spec.yaml', 4096)).ioError).toBe(false);
    const refused = await loadSpecFile(big, 'spec.yaml', 1024);
    expect(refused.diagnostics.map((d) => d.message)).toEqual(['cannot read spec.yaml: it is larger than the limit of 1024 bytes']);
  });

  it('caps what it reads from a file whose size says 0 (as under /proc)', async () => {
    const result = await loadSpecFile('/proc/self/status', 'status', 16);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['cannot read status: it is larger than the limit of 16 bytes']);
  });
});
