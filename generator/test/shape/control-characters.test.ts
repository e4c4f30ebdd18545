import { describe, expect, it } from 'vitest';
import { controlCharacters } from '../../src/shape/control-characters.ts';
import { checkSpecFile } from '../../src/pipeline.ts';
import { kitchenSinkPath, realSpecPath } from '../support/paths.ts';

/** Before: a NUL in a description was copied raw into types.ts, the schemas and the site. */
describe('control characters in spec text', () => {
  it.each([
    { name: 'plain text, tabs and line breaks pass', given: { a: 'x\ty\nz', b: ['é — ✓'] }, want: [] },
    { name: 'a NUL in a value', given: { groups: [{ description: 'a\u0000b' }] }, want: ['/groups/0/description value U+0000'] },
    { name: 'ESC, as from "\\e"', given: { a: { b: '\u001b[2J' } }, want: ['/a/b value U+001B'] },
    { name: 'a carriage return, DEL and a C1 control', given: { a: 'x\ry', b: 'x\u007f', c: 'x\u0085' }, want: ['/a value U+000D', '/b value U+007F', '/c value U+0085'] },
    { name: 'a right-to-left override and a line separator', given: { a: 'x\u202ey', b: 'x\u2028' }, want: ['/a value U+202E', '/b value U+2028'] },
    { name: 'a key', given: { 'a\u0007': 'x' }, want: ['/a\u0007 key U+0007'] },
  ])('$name', ({ given, want }) => {
    expect(controlCharacters(given).map((f) => `${f.pointer} ${f.at ?? 'value'} ${/U\+[0-9A-F]{4}/.exec(f.message)?.[0]}`)).toEqual(want);
  });

  it.each([realSpecPath, kitchenSinkPath])('%s has none', async (path) => {
    expect((await checkSpecFile(path)).diagnostics.filter((d) => d.code === 'control-character')).toEqual([]);
  });
});
