import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileStandalone, type StandaloneInput } from '../../src/emit/typescript/standalone.ts';
import { helpersNotNeeded, inlineRuntimeHelpers, MissingRuntimeHelperError, standaloneRuntimeHelpers } from '../../src/emit/typescript/standalone-helpers.ts';

const require = createRequire(import.meta.url);
const runtimeDir = dirname(require.resolve('ajv/dist/runtime/equal'));
const ajvHelper = <T>(name: string): T => (require(`ajv/dist/runtime/${name}`) as { default: T }).default;
const inlined = <T>(name: string): T => new Function(`${standaloneRuntimeHelpers[`ajv/dist/runtime/${name}`]}\nreturn ${name};`)() as T;

type Equal = (a: unknown, b: unknown) => boolean;

describe("ajv's runtime helpers, inlined", () => {
  it('accounts for every runtime module of the installed ajv: inlined, or not needed and why', () => {
    const modules = readdirSync(runtimeDir).filter((f) => f.endsWith('.js')).map((f) => `ajv/dist/runtime/${f.slice(0, -3)}`).sort();
    const accounted = [...Object.keys(standaloneRuntimeHelpers), ...Object.keys(helpersNotNeeded)].sort();
    expect(accounted).toEqual(modules);
  });

  it('equal agrees with the deep-equal ajv uses (fast-deep-equal), value by value', () => {
    const values: unknown[] = [
      null, undefined, 0, -0, 1, 1.5, NaN, '', 'a', 'A', true, false,
      [], [1], [1, 2], [2, 1], [[1]], [null], [undefined], {},
      { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: { b: [1, { c: 'x' }] } }, { a: { b: [1, { c: 'y' }] } },
      { a: undefined }, { b: undefined }, { code: 'x', system: 'https://x.invalid' }, { system: 'https://x.invalid', code: 'x' },
      { length: 0 }, { 0: 1 }, [{ a: 1 }, { b: 2 }], [{ b: 2 }, { a: 1 }],
      new Date(0), new Date(1), /a/g, /a/i, Object.create(null) as unknown, new String('a'), new Number(1),
    ];
    const ours = inlined<Equal>('equal');
    const theirs = ajvHelper<Equal>('equal');
    for (const a of values) for (const b of [...values, structuredCloneOr(a)]) expect([a, b, ours(a, b)]).toEqual([a, b, theirs(a, b)]);
  });

  it('ucs2length counts code points as ajv does, a lone surrogate as one', () => {
    const ours = inlined<(s: string) => number>('ucs2length');
    const theirs = ajvHelper<(s: string) => number>('ucs2length');
    for (const s of ['', 'abc', 'é', '😀', 'a😀b', '\ud800', '\udc00', '\ud800a', 'a\udc00\ud800', '😀😀\ud83d']) expect(ours(s)).toBe(theirs(s));
  });

  it('replaces each require of a helper by its function, and puts the functions it uses first, in a fixed order', () => {
    const code = 'const func1 = require("ajv/dist/runtime/ucs2length").default;const func0 = require("ajv/dist/runtime/equal").default;';
    const { code: replaced, prelude } = inlineRuntimeHelpers(code);
    expect(replaced).toBe('const func1 = ucs2length;const func0 = equal;');
    expect(prelude).toBe(`${standaloneRuntimeHelpers['ajv/dist/runtime/equal']}\n${standaloneRuntimeHelpers['ajv/dist/runtime/ucs2length']}`);
  });

  it('refuses a helper it does not inline, with an error that names it (a bug to fix, never shipped)', () => {
    const code = 'const func0 = require("ajv/dist/runtime/equal").default;';
    expect(() => inlineRuntimeHelpers(code, {})).toThrow(MissingRuntimeHelperError);
    expect(() => inlineRuntimeHelpers(code, {})).toThrow(/ajv\/dist\/runtime\/equal/);
    expect(() => inlineRuntimeHelpers('require("fs")')).toThrow(/still contains require/);
  });

  it('compiles an enum of 250 codes, object consts and unique items into one module with no require, which validates as ajv does', async () => {
    const codes = Array.from({ length: 250 }, (_, i) => `code_${i}`);
    const input: StandaloneInput = {
      schemas: [
        { $id: 'https://x.invalid/wide.json', type: 'string', enum: codes, maxLength: 8 },
        { $id: 'https://x.invalid/pair.json', const: { code: 'a', system: 'https://x.invalid' } },
        { $id: 'https://x.invalid/set.json', type: 'array', uniqueItems: true, items: { type: 'object' } },
      ] as never,
      exports: { validateWide: 'https://x.invalid/wide.json', validatePair: 'https://x.invalid/pair.json', validateSet: 'https://x.invalid/set.json' },
    };
    const { js } = compileStandalone(input);
    expect(js).not.toMatch(/\brequire\(/);
    const file = join(mkdtempSync(join(tmpdir(), 'asc-mods-helpers-')), 'standalone.js');
    writeFileSync(file, js);
    const m = (await import(file)) as Record<string, (v: unknown) => boolean>;
    expect([m['validateWide']!('code_249'), m['validateWide']!('code_250'), m['validateWide']!('code_2499')]).toEqual([true, false, false]);
    expect([m['validatePair']!({ system: 'https://x.invalid', code: 'a' }), m['validatePair']!({ code: 'b', system: 'https://x.invalid' })]).toEqual([true, false]);
    expect([m['validateSet']!([{ a: 1 }, { a: 2 }]), m['validateSet']!([{ a: 1, b: 2 }, { b: 2, a: 1 }])]).toEqual([true, false]);
  });
});

function structuredCloneOr(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}
