import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/source/code-frame.ts';

const text = 'first: 1\nsecond: two\n\tthird: 3\n';
const range = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });

describe('code frame', () => {
  it.each([
    { name: 'underlines a range on one line, after the line before', range: range(2, 9, 2, 12), want: '1 | first: 1\n2 | second: two\n  |         ^^^' },
    { name: 'underlines to the end of the line when the range spans lines', range: range(2, 1, 3, 4), want: '1 | first: 1\n2 | second: two\n  | ^^^^^^^^^^^' },
    { name: 'shows a tab as one space so the caret lines up', range: range(3, 1, 3, 2), want: '2 | second: two\n3 |  third: 3\n  | ^' },
    { name: 'has no line before the first', range: range(1, 1, 1, 6), want: '1 | first: 1\n  | ^^^^^' },
    { name: 'is empty past the end of the text', range: range(9, 1, 9, 1), want: '' },
  ])('$name', ({ range: r, want }) => {
    expect(codeFrame(text, r)).toBe(want);
  });

  it('shows control characters as visible ones, one each, so that none reaches the terminal and the caret lines up', () => {
    expect(codeFrame('a: "x\u0000\u001b[2J\u202ey\u007f"\n', range(1, 4, 1, 13))).toBe('1 | a: "x\u2400\u241b[2J\ufffdy\u2421"\n  |    ^^^^^^^^^');
  });
});
