import { describe, expect, it } from 'vitest';
import { copyText } from '../load/postgres.ts';

describe("rows in COPY's text format", () => {
  it('escapes what COPY reads specially and writes a null as \\N', () => {
    expect([...copyText([['a\tb', null, 'back\\slash', 'two\nlines\r']])]).toEqual(['a\\tb\t\\N\tback\\\\slash\ttwo\\nlines\\r\n']);
  });

  it('sends whole rows in pieces of at least the size asked, the last one shorter', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [String(i), `row ${i}`, i % 7 === 0 ? null : 'x'.repeat(i % 50)]);
    const pieces = [...copyText(rows, 4096)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.length).toBeLessThan(rows.length / 10);
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(4096);
    for (const piece of pieces) expect(piece.endsWith('\n')).toBe(true);
    expect(pieces.join('')).toBe(rows.map((r) => `${r.map((c) => (c === null ? '\\N' : c)).join('\t')}\n`).join(''));
    expect([...copyText([])]).toEqual([]);
  });
});
