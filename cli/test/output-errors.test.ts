import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';

/**
 * Output that cannot be written (a full disk, a report folder that is a file or may not be written) is exit 2 with
 * one clear line. Before: `--format json > /dev/full` printed a stack trace and exited 1, and `--report-dir`
 * naming a file gave "internal error".
 */
const dir = tempDir('output-errors');
const records = join(dir, 'records.ndjson');
await runCli(['examples', '--count', '3', '--out', records]);
const aFile = join(dir, 'a-file');
writeFileSync(aFile, 'in the way\n');
const oneLine = /^asc-mods: cannot write [^\n]+: [^\n]+ \([A-Z]+\)\n$/;

describe('output that cannot be written: exit 2, one line', () => {
  it('validate --format json to a full disk (stdout on /dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'validate', records, '--format', 'json'], { cwd: repoRoot, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('asc-mods: cannot write standard output: no space left on the device (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  }, 60_000);

  it.each([
    { what: 'a file', where: aFile, words: 'a file of that name is in the way (EEXIST)' },
    { what: 'a path through a file', where: join(aFile, 'reports'), words: 'a path in it is a file, not a folder (ENOTDIR)' },
  ])('validate --report-dir naming $what', async ({ where, words }) => {
    const { code, stderr } = await runCli(['validate', records, '--report-dir', where]);
    expect(code).toBe(2);
    expect(stderr).toBe(`asc-mods: cannot write the reports to ${where}: ${words}\n`);
  });

  it('validate --report-dir in a folder that may not be written', async () => {
    const { code, stderr } = await runCli(['validate', records, '--report-dir', '/sys/asc-mods-reports']);
    expect(code).toBe(2);
    expect(stderr).toMatch(oneLine);
  });

  it('examples --out to a full disk, and generate --out naming a file', async () => {
    const examples = await runCli(['examples', '--count', '5000', '--out', '/dev/full']);
    expect(examples.code).toBe(2);
    expect(examples.stderr).toBe('asc-mods: cannot write /dev/full: no space left on the device (ENOSPC)\n');
    const generate = await runCli(['generate', '--out', join(aFile, 'generated')]);
    expect(generate.code).toBe(2);
    expect(generate.stderr).toMatch(oneLine);
  }, 60_000);

  it('conform --report-dir naming a file', async () => {
    const server = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ classes: [{ record_type: 'subject_of_care', elements: [] }] }));
    try {
      const { code, stderr } = await runCli(['conform', '--base-url', `http://127.0.0.1:${(server.address() as AddressInfo).port}`, '--manifest', manifest, '--report-dir', aFile]);
      expect(code).toBe(2);
      expect(stderr).toBe(`asc-mods: cannot write the reports to ${aFile}: a file of that name is in the way (EEXIST)\n`);
    } finally {
      server.close();
    }
  }, 60_000);
});
