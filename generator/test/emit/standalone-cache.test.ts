import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reuseStandalone, stampStandalone, standaloneKey } from '../../src/emit/typescript/standalone-cache.ts';
import type { StandaloneInput } from '../../src/emit/typescript/standalone.ts';
import { runCli } from '../support/cli.ts';
import { repoRoot } from '../support/paths.ts';

const input: StandaloneInput = { schemas: [{ $id: 'https://x.invalid/a.json', type: 'string' } as never], exports: { validateA: 'https://x.invalid/a.json' } };
const compiled = stampStandalone({ js: '// banner\n"use strict";\nexport const validateA = () => true;\n', dts: '' }, standaloneKey(input));

describe('reusing precompiled validators', () => {
  it('reuses code stamped with this input\'s key whose text is untouched', () => {
    expect(reuseStandalone(compiled.js, input, standaloneKey(input))?.js).toBe(compiled.js);
  });

  it('recompiles when the schemas differ, when the text was edited, or when there is no stamp', () => {
    const other: StandaloneInput = { ...input, schemas: [{ $id: 'https://x.invalid/a.json', type: 'number' } as never] };
    expect(reuseStandalone(compiled.js, other, standaloneKey(other))).toBeUndefined();
    expect(reuseStandalone(compiled.js.replace('=> true', '=> false'), input, standaloneKey(input))).toBeUndefined();
    expect(reuseStandalone('// banner\nexport const validateA = () => true;\n', input, standaloneKey(input))).toBeUndefined();
    expect(reuseStandalone(undefined, input, standaloneKey(input))).toBeUndefined();
  });

  it('generate --check still finds a hand-edited standalone.js stale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-mods-standalone-cache-'));
    cpSync(join(repoRoot, 'generated'), dir, { recursive: true });
    const file = join(dir, 'typescript', 'standalone.js');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"use strict";', '"use strict"; /* edited */'));
    const { code, stdout } = await runCli(['generate', '--check', '--out', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('stale');
    expect(stdout).toContain('typescript/standalone.js');
  }, 120_000);
});
