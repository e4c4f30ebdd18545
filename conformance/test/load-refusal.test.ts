import { describe, expect, it } from 'vitest';
import { BatchRefused } from '../load/target.ts';

describe('a batch the database refuses', () => {
  it("keeps the engine's words up to the first colon or quote, where engines start quoting the data", () => {
    const duck = new BatchRefused(3, new Error('Invalid Input Error: Malformed JSON at byte 13 of input: no low surrogate in string.  Input: "{"name":"Planted Person"}"'));
    expect(duck.message).toBe('Invalid Input Error');
    expect(duck.batch).toBe(3);
    const pg = Object.assign(new Error('invalid input syntax for type bigint: "Planted Person"'), { code: '22P02' });
    expect(new BatchRefused(1, pg).message).toBe('invalid input syntax for type bigint, SQLSTATE 22P02');
    expect(new BatchRefused(1, new Error("value 'Planted' too long")).message).toBe('value');
    expect(new BatchRefused(1, new Error('line one\nPlanted on line two')).message).toBe('line one');
    expect(new BatchRefused(1, 'not an error').message).toBe('not an error');
    expect(new BatchRefused(1, new Error(': starts with a colon')).message).toBe('an error');
  });
});
