import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/source/parse.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const located = (text: string | Uint8Array) =>
  parseSpec('t.yaml', typeof text === 'string' ? bytes(text) : text).diagnostics.map((d) => `${d.code} ${d.source.range.start.line}:${d.source.range.start.column}`);

describe('parse: bytes → YAML document', () => {
  it.each([
    { given: 'a: 1\n', want: [] },
    { given: '\uFEFFa: 1\n', want: [] },
    { given: 'a: 1\r\nb: 2\r\n', want: [] },
    { given: '', want: [] },
    { given: 'a: 1\n\tb: 2\n', want: ['yaml-syntax 2:1'] },
    { given: 'a: 1\nb: "open\nc: 3\n', want: ['yaml-syntax 2:4'] },
    { given: "a: 1\nb: 'open\n", want: ['yaml-syntax 2:4'] },
    { given: 'a: 1\na: 2\n', want: ['duplicate-key 2:1'] },
    { given: 'a: [1, 2\n', want: ['yaml-syntax 2:1'] },
    { given: 'a: 1\n---\nb: 2\n', want: ['yaml-syntax 2:1'] },
    { given: 'a: !custom x\n', want: ['yaml-syntax 1:4'] },
    { given: 'a: 1\nb: 2\n  c: 3\n', want: ['yaml-syntax 2:4'] },
  ])('$given → $want', ({ given, want }) => {
    expect(located(given)).toEqual(want);
  });

  it('reports invalid UTF-8 at its line and column', () => {
    const data = new Uint8Array([...bytes('a: 1\nb: x'), 0xc3, 0x28, ...bytes('\n')]);
    expect(located(data)).toEqual(['invalid-encoding 2:5']);
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a truncated sequence', [0xe2, 0x82]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('rejects %s', (_what, bad) => {
    expect(located(new Uint8Array([0x61, ...bad]))).toEqual(['invalid-encoding 1:2']);
  });

  it('strips a byte-order mark so that columns start at 1', () => {
    expect(located('\uFEFFa: 1\na: 2\n')).toEqual(['duplicate-key 2:1']);
  });

  it('keeps __proto__ as an ordinary key', () => {
    const result = parseSpec('t.yaml', bytes('__proto__: {polluted: true}\n'));
    expect(Object.keys(result.data as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i += 1) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    expect(located(lines.join('\n') + '\n')).toEqual(['yaml-syntax 1:1']);
  });

  it('reports every syntax error in the file, not just the first', () => {
    expect(located('a: 1\n\tb: 2\nc: 3\nc: 4\n')).toEqual(['yaml-syntax 2:1', 'duplicate-key 4:1']);
  });
});
