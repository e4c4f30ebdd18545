import { describe, expect, it } from 'vitest';
import { ifMatchAccepts } from '../reference/if-match.ts';

describe('If-Match (RFC 9110)', () => {
  it.each([
    ['"2"', true],
    ['*', true],
    [' * ', true],
    ['"1", "2"', true],
    ['"1","3"', false],
    ['W/"2"', false],
    ['"1", W/"2"', false],
    ['"2,3"', false],
    ['', false],
  ])('%j against the current "2" is %s', (header, want) => expect(ifMatchAccepts(header, '"2"')).toBe(want));
});
