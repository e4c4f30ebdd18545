import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareGenerated, NotGeneratedDirectoryError, writeGenerated } from '../../src/emit/write.ts';
import { tempDir } from '../support/generated.ts';

const files = [
  { path: 'README.md', content: 'marker\n' },
  { path: 'a/one.json', content: '{}\n' },
  { path: 'a/b/two.ts', content: 'export {};\n' },
];

describe('write stage', () => {
  it('writes every file into an empty directory, then finds nothing to do', async () => {
    const dir = tempDir('write');
    expect(await writeGenerated(dir, files)).toEqual({ written: ['README.md', 'a/one.json', 'a/b/two.ts'], unchanged: [], removed: [] });
    expect(readFileSync(join(dir, 'a/b/two.ts'), 'utf8')).toBe('export {};\n');
    expect(await writeGenerated(dir, files)).toEqual({ written: [], unchanged: ['README.md', 'a/one.json', 'a/b/two.ts'], removed: [] });
    expect(await compareGenerated(dir, files)).toEqual({ stale: [], missing: [], orphaned: [] });
  });

  it('reports stale, missing and orphaned files without writing, then mends them', async () => {
    const dir = tempDir('drift');
    await writeGenerated(dir, files);
    writeFileSync(join(dir, 'a/one.json'), '{"edited": true}\n');
    mkdirSync(join(dir, 'old'), { recursive: true });
    writeFileSync(join(dir, 'old/gone.json'), '{}\n');
    const withNew = [...files, { path: 'c/new.json', content: '[]\n' }];
    expect(await compareGenerated(dir, withNew)).toEqual({ stale: ['a/one.json'], missing: ['c/new.json'], orphaned: ['old/gone.json'] });
    expect(readFileSync(join(dir, 'a/one.json'), 'utf8')).toBe('{"edited": true}\n');
    expect(await writeGenerated(dir, withNew)).toEqual({ written: ['a/one.json', 'c/new.json'], unchanged: ['README.md', 'a/b/two.ts'], removed: ['old/gone.json'] });
    expect(existsSync(join(dir, 'old'))).toBe(false);
    expect(await compareGenerated(dir, withNew)).toEqual({ stale: [], missing: [], orphaned: [] });
  });

  it('refuses to write into a directory with files that is not its own', async () => {
    const dir = tempDir('foreign');
    writeFileSync(join(dir, 'precious.txt'), 'keep me\n');
    await expect(writeGenerated(dir, files)).rejects.toBeInstanceOf(NotGeneratedDirectoryError);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n');
  });
});
