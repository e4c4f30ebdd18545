import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../files/inputs.ts';
import { tempDir } from '../../../generator/test/support/generated.ts';
import { validateListed, validatePaths, validRecord } from './support.ts';

/**
 * Hostile folders and paths: only regular files are read, each once, and everything else is a located finding,
 * at once. Before, a FIFO hung validate for ever, and a folder with a link to itself was read 41 times with 40
 * false duplicate-version errors.
 */
/** Root may read any file whatever its mode, so a permission test means nothing there (CI runs as root). */
const asRoot = process.getuid?.() === 0;

function exportFolder(): string {
  const dir = tempDir('inputs');
  writeFileSync(join(dir, 'a.ndjson'), JSON.stringify(validRecord('subject_of_care')) + '\n');
  return dir;
}

const listed = async (paths: readonly string[]) => {
  const { files, failures } = await collectInputs(paths.map((p) => ({ path: p, display: p })));
  return { files: files.map((f) => f.display), failures: failures.map((f) => `${f.check ?? 'input.unreadable'} ${f.display} ${f.message}`) };
};

describe('collectInputs reads only regular files, each once', () => {
  it('reads a folder holding a link to itself once, and says so', async () => {
    const dir = exportFolder();
    symlinkSync('.', join(dir, 'self'));
    expect(await listed([dir])).toEqual({
      files: [`${dir}/a.ndjson`],
      failures: [`input.repeated ${dir}/self leads back to the folder ${dir} that holds it (a loop); its files are read once`],
    });
    const result = await validatePaths([dir]);
    expect(result.totals).toMatchObject({ records: 1, valid: 1, invalid: 0, unreadable: 0 });
    expect(result.checks.map((c) => `${c.severity} ${c.check} ${c.count}`)).toEqual(['warning input.repeated 1']);
    expect(result.files.map((f) => [f.file, f.records])).toEqual([[`${dir}/self`, 0], [`${dir}/a.ndjson`, 1]]);
  }, 5000);

  it('reads a file reached by two paths (a link, a hard link, named twice) once', async () => {
    const dir = exportFolder();
    symlinkSync('a.ndjson', join(dir, 'b.ndjson'));
    linkSync(join(dir, 'a.ndjson'), join(dir, 'c.ndjson'));
    const got = await listed([dir, join(dir, 'a.ndjson')]);
    expect(got.files).toEqual([`${dir}/a.ndjson`]);
    expect(got.failures).toEqual([
      `input.repeated ${dir}/b.ndjson is the same file as ${dir}/a.ndjson, which is read once`,
      `input.repeated ${dir}/c.ndjson is the same file as ${dir}/a.ndjson, which is read once`,
      `input.repeated ${dir}/a.ndjson is the same file as ${dir}/a.ndjson, which is read once`,
    ]);
  });

  it('refuses a FIFO, a device and links to nothing or to themselves as located findings, without waiting', async () => {
    const dir = exportFolder();
    execFileSync('mkfifo', [join(dir, 'pipe.ndjson')]);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    symlinkSync('nothing.csv', join(dir, 'dangling.csv'));
    symlinkSync('loop.json', join(dir, 'loop.json'));
    execFileSync('mkfifo', [join(dir, 'pipe-without-a-record-extension')]);
    expect((await listed([dir, '/dev/null'])).failures).toEqual([
      `input.unreadable ${dir}/dangling.csv cannot be read (it is a symbolic link to nothing)`,
      `input.unreadable ${dir}/loop.json cannot be read (it is a symbolic link that loops)`,
      `input.not-a-file ${dir}/pipe.ndjson is a FIFO (named pipe), not a regular file, and was not read`,
      `input.not-a-file ${dir}/zero.json is a device, not a regular file, and was not read`,
      `input.not-a-file /dev/null is a device, not a regular file, and was not read`,
    ]);
    const result = await validatePaths([dir]);
    expect(result.totals).toMatchObject({ records: 5, valid: 1, unreadable: 4 });
    expect(result.checks.find((c) => c.check === 'input.not-a-file')?.samples[0]?.location).toEqual({ file: `${dir}/pipe.ndjson`, record: 1 });
  }, 5000);

  it('refuses a file swapped for a FIFO after it was listed, without waiting, in every format', async () => {
    const dir = exportFolder();
    writeFileSync(join(dir, 'b.json'), JSON.stringify(validRecord('risk')));
    writeFileSync(join(dir, 'c.csv'), 'record_type\nrisk\n');
    const listed = await collectInputs([{ path: dir, display: dir }]);
    expect(listed.files.map((f) => f.format)).toEqual(['ndjson', 'json', 'csv']);
    for (const file of listed.files) {
      rmSync(file.path);
      execFileSync('mkfifo', [file.path]);
    }
    // Before, each reader reopened the path blocking, and a FIFO with no writer waited for ever.
    const result = await validateListed(listed);
    expect(result.totals).toMatchObject({ records: 3, unreadable: 3 });
    const samples = result.checks.find((c) => c.check === 'input.not-a-file')?.samples ?? [];
    expect(samples.map((s) => `${s.location.file} ${s.message}`)).toEqual(
      ['a.ndjson', 'b.json', 'c.csv'].map((f) => `${dir}/${f} is a FIFO (named pipe), not a regular file, and was not read`),
    );
  }, 5000);

  it.skipIf(asRoot)('says a file or folder it may not open cannot be read (skipped as root, who may open any)', async () => {
    const dir = exportFolder();
    chmodSync(join(dir, 'a.ndjson'), 0o000);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o000);
    expect((await listed([dir])).failures).toEqual([
      `input.unreadable ${dir}/a.ndjson cannot be read (permission denied)`,
      `input.unreadable ${dir}/locked is a folder that cannot be listed (permission denied)`,
    ]);
  });
});
