import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { tempDir } from '../support/generated.ts';
import { fixturesDir, repoRoot } from '../support/paths.ts';

const run = runCli;

describe('asc-mods generate', () => {
  it('reports that the committed generated/ is up to date with --check', async () => {
    const { code, stdout } = await run(['generate', '--check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^generated\/ is up to date with spec\/mods\.yaml \(\d+ files, checked in \d+ ms\)\n$/);
  });

  it('writes another spec to --out, and --check then lists a stale, a missing and an orphaned file', async () => {
    const out = tempDir('gen');
    const spec = join(fixturesDir, 'kitchen-sink.yaml');
    const first = await run(['generate', spec, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/files from .*kitchen-sink\.yaml — \d+ written, 0 unchanged, 0 removed/);
    writeFileSync(join(out, 'json-schema', 'widget.schema.json'), '{}\n');
    writeFileSync(join(out, 'orphan.json'), '{}\n');
    const { rmSync } = await import('node:fs');
    rmSync(join(out, 'openapi', 'mods.openapi.json'));
    const check = await run(['generate', spec, '--out', out, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale     ');
    expect(check.stdout).toMatch(/stale +\S*json-schema\/widget\.schema\.json/);
    expect(check.stdout).toMatch(/missing +\S*openapi\/mods\.openapi\.json/);
    expect(check.stdout).toMatch(/orphaned +\S*orphan\.json/);
    expect(check.stdout).toContain('3 files differ');
    const again = await run(['generate', spec, '--out', out]);
    expect(again.stdout).toMatch(/2 written, \d+ unchanged, 1 removed/);
    expect((await run(['generate', spec, '--out', out, '--check'])).code).toBe(0);
  });

  it('generates nothing from a spec with errors, and says why', async () => {
    const out = tempDir('bad');
    const { code, stdout } = await run(['generate', join(fixturesDir, 'diagnostics', 'duplicate-code.yaml'), '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toContain('error duplicate-code');
    expect(stdout).toContain('nothing generated: fix the errors above first');
  });

  it('refuses (exit 2) to write into a directory that is not asc-mods output', async () => {
    const out = tempDir('foreign');
    cpSync(join(repoRoot, 'README.md'), join(out, 'NOTES.md'));
    const { code, stderr } = await run(['generate', join(fixturesDir, 'kitchen-sink.yaml'), '--out', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/has files but no README\.md from asc-mods; refusing to write or delete there/);
    expect(readFileSync(join(out, 'NOTES.md'), 'utf8')).toBe(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
  });

  it('exits 2 when the spec cannot be read', async () => {
    const { code, stdout } = await run(['generate', 'missing.yaml', '--out', tempDir('none')]);
    expect(code).toBe(2);
    expect(stdout).toContain('file-unreadable');
  });
});
