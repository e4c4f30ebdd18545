import { describe, expect, it } from 'vitest';
import { compileStandaloneConcurrently } from '../../src/emit/typescript/standalone-async.ts';
import type { StandaloneInput } from '../../src/emit/typescript/standalone.ts';

describe('precompiling on a worker thread', () => {
  it('gives the validators it compiles', async () => {
    const input: StandaloneInput = { schemas: [{ $id: 'https://x.invalid/a.json', type: 'string', maxLength: 3 } as never], exports: { validateA: 'https://x.invalid/a.json' } };
    const { js, dts } = await compileStandaloneConcurrently(input);
    expect(js).toContain('export const validateA');
    expect(js).toContain('function ucs2length');
    expect(dts).toContain('export declare const validateA: CompiledValidator;');
  }, 60_000);

  it('rejects with what went wrong when compiling fails, rather than crashing', async () => {
    const input: StandaloneInput = { schemas: [{ $id: 'https://x.invalid/a.json', type: 'string', notAKeyword: 1 } as never], exports: { validateA: 'https://x.invalid/a.json' } };
    await expect(compileStandaloneConcurrently(input)).rejects.toThrow(/unknown keyword: "notAKeyword"/);
  }, 60_000);
});
