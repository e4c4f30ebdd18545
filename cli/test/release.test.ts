import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../generator/test/support/cli.ts';
import { tempDir } from '../../generator/test/support/generated.ts';
import { repoRoot } from '../../generator/test/support/paths.ts';

/** A copy of spec/ to release into, so that the shipped spec and its releases are never touched. */
function specCopy(): string {
  const dir = tempDir('release');
  cpSync(join(repoRoot, 'spec'), join(dir, 'spec'), { recursive: true });
  return join(dir, 'spec', 'mods.yaml');
}

const release = (spec: string, ...args: string[]) => runCli(['release', ...args, '--spec', spec]);

describe('asc-mods release', () => {
  it('sets the release in the spec (that line only), keeps a copy, records its status', async () => {
    const spec = specCopy();
    const before = readFileSync(spec, 'utf8');
    const run = await release(spec, '0.13.0', '--status', 'draft');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Released 0.13.0 (draft)');
    const after = readFileSync(spec, 'utf8');
    expect(after).toBe(before.replace(/^  release: 0\.12\.0$/m, '  release: 0.13.0'));
    expect(readFileSync(join(spec, '..', 'releases', '0.13.0.yaml'), 'utf8')).toBe(after);
    expect(readFileSync(join(spec, '..', 'releases', 'status.yaml'), 'utf8')).toMatch(/^0\.13\.0: draft$/m);
    // And diff --release-check agrees with what release did.
    const publish = await release(spec, '0.13.0', '--status', 'published');
    expect(publish.stdout).toContain('Release 0.13.0: draft -> published');
    expect(readFileSync(join(spec, '..', 'releases', 'status.yaml'), 'utf8')).toMatch(/^0\.13\.0: published$/m);
  });

  it('refuses a number that does not rise as much as the changes call for, and writes nothing', async () => {
    const spec = specCopy();
    // Removing an element breaks senders and consumers: from 0.12.0 that calls for a minor rise (the 0.x rule).
    const text = readFileSync(spec, 'utf8');
    const removed = text.replace(/      - name: preferred_name\n(?: {8}.*\n)+/, '');
    expect(removed).not.toBe(text);
    writeFileSync(spec, removed);
    const patch = await release(spec, '0.12.1');
    expect(patch.code).toBe(1);
    expect(patch.stderr).toMatch(/0\.12\.0 -> 0\.12\.1 does not rise enough: the \d+ changes since 0\.12\.0 call for a minor release/);
    expect(existsSync(join(spec, '..', 'releases', '0.12.1.yaml'))).toBe(false);
    expect(readFileSync(spec, 'utf8')).toBe(removed);
    const minor = await release(spec, '0.13.0');
    expect(minor.code, minor.stderr).toBe(0);
  });

  it('refuses a kept release, a lower number, a bad version or status (exit 2 or 1, nothing written)', async () => {
    const spec = specCopy();
    const again = await release(spec, '0.12.0');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('0.12.0 is already released');
    expect((await release(spec, '0.11.5')).code).toBe(1);
    expect((await release(spec, 'one')).code).toBe(2);
    expect((await release(spec, '0.13.0', '--status', 'final')).stderr).toContain('--status must be draft, published or retired');
    expect((await release(spec, '0.13.0', '--status', 'retired')).code).toBe(2);
    expect(existsSync(join(spec, '..', 'releases', '0.13.0.yaml'))).toBe(false);
  });
});
